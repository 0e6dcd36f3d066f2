package app.kindred.ui.kiosk;

import app.kindred.ui.Navigator;
import app.kindred.ui.Screen;
import app.kindred.ui.Wipeable;
import java.awt.Component;
import java.awt.Container;
import java.awt.Toolkit;
import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.StringSelection;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.text.JTextComponent;
import javax.swing.text.PlainDocument;

/**
 * Forgets a couple: their words in every screen (fresh documents, so no undo brings them back),
 * the clipboard and the X selection, their temporary PDFs, their private files. Runs on
 * the event thread after every goodbye and when the idle prompt is ignored. Logs counts, never words.
 */
public final class PrivacyWipe {
    private static final Logger LOG = Logger.getLogger(PrivacyWipe.class.getName());

    private PrivacyWipe() {
    }

    /**
     * @param folders   folders whose files are theirs alone (temporary PDFs, the private journal)
     */
    public static void run(Navigator navigator, Component root, Collection<Path> folders) {
        for (Screen s : navigator.builtScreens()) {
            if (s instanceof Wipeable w) {
                w.wipe();
            }
        }
        int swept = sweepTextComponents(root);
        // Always, not only when it holds a string we know: a reflection that was skipped (never
        // saved) or text selected in a field (X copies every selection to the primary selection)
        // can be there too, and the next couple's Ctrl+V or middle click must not bring it back.
        blank(Toolkit.getDefaultToolkit().getSystemClipboard());
        Clipboard selection = Toolkit.getDefaultToolkit().getSystemSelection();
        if (selection != null) {
            blank(selection);
        }
        int files = 0;
        for (Path folder : folders) {
            files += deleteContents(folder);
        }
        LOG.info(() -> "wipe: screens cleared, " + swept + " stray text fields emptied, files deleted");
        LOG.log(Level.FINE, "wipe deleted {0} files", files);
    }

    /** Any editable text component a screen forgot to wipe still gets an empty document. */
    private static int sweepTextComponents(Component c) {
        int n = 0;
        if (c instanceof JTextComponent t && t.isEditable() && t.getDocument().getLength() > 0) {
            t.setDocument(new PlainDocument());
            n++;
        }
        if (c instanceof Container parent) {
            for (Component child : parent.getComponents()) {
                n += sweepTextComponents(child);
            }
        }
        return n;
    }

    private static void blank(Clipboard clipboard) {
        try {
            clipboard.setContents(new StringSelection(""), null);
        } catch (IllegalStateException busy) {
            LOG.warning("the clipboard could not be cleared: " + busy.getMessage());
        }
    }

    private static int deleteContents(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return 0;
        }
        int n = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path f : files) {
                if (Files.isDirectory(f)) {
                    n += deleteContents(f);
                }
                Files.deleteIfExists(f);
                n++;
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not empty " + folder, e);
        }
        return n;
    }
}
