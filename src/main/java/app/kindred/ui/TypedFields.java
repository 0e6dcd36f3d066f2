package app.kindred.ui;

import app.kindred.session.TypedText;
import java.awt.datatransfer.Clipboard;
import javax.swing.JComponent;
import javax.swing.TransferHandler;
import javax.swing.text.AttributeSet;
import javax.swing.text.BadLocationException;
import javax.swing.text.DocumentFilter;
import javax.swing.text.JTextComponent;
import javax.swing.text.PlainDocument;

/**
 * The couple's text fields (names, reflections): what they accept and what they refuse to give away.
 * Keystrokes, pastes and the on-screen keyboard all pass the same filter ({@link TypedText}); copy,
 * cut and drag are off, so nothing typed at the kiosk reaches the clipboard from Kindred's side (the
 * wipe blanks the clipboard and the X selection anyway). Paste still works.
 */
public final class TypedFields {
    private TypedFields() {
    }

    /** A fresh document for a first name (letters, spaces, apostrophes, hyphens; {@value TypedText#MAX_NAME} at most). */
    public static PlainDocument nameDocument() {
        return document(TypedText.MAX_NAME, true);
    }

    /** A fresh document for written words ({@value TypedText#MAX_WORDS} characters at most). */
    public static PlainDocument wordsDocument() {
        return document(TypedText.MAX_WORDS, false);
    }

    private static PlainDocument document(int max, boolean asName) {
        PlainDocument doc = new PlainDocument();
        doc.setDocumentFilter(new DocumentFilter() {
            @Override
            public void replace(FilterBypass fb, int offset, int length, String text, AttributeSet attrs)
                    throws BadLocationException {
                int room = max - (fb.getDocument().getLength() - length);
                fb.replace(offset, length, TypedText.clean(text, room, asName), attrs);
            }

            @Override
            public void insertString(FilterBypass fb, int offset, String text, AttributeSet attr)
                    throws BadLocationException {
                replace(fb, offset, 0, text, attr);
            }
        });
        return doc;
    }

    /** Turns copy, cut and drag off for a field the couple types into; paste stays. */
    public static <T extends JTextComponent> T keepPrivate(T field) {
        field.setTransferHandler(new PasteOnly(field.getTransferHandler()));
        field.setDragEnabled(false);
        return field;
    }

    /** Imports as the field's own handler does; exports nothing. */
    private static final class PasteOnly extends TransferHandler {
        private final TransferHandler paste;

        PasteOnly(TransferHandler paste) {
            this.paste = paste;
        }

        @Override
        public int getSourceActions(JComponent c) {
            return NONE;
        }

        @Override
        public void exportToClipboard(JComponent c, Clipboard clip, int action) {
            // Copy and cut do nothing: the couple's words never go to the clipboard from here.
        }

        @Override
        public boolean canImport(TransferSupport support) {
            return paste != null && paste.canImport(support);
        }

        @Override
        public boolean importData(TransferSupport support) {
            return paste != null && paste.importData(support);
        }
    }
}
