package app.kindred.ui;

import com.formdev.flatlaf.fonts.roboto.FlatRobotoFont;
import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Roboto as plain files in a folder that Java's font system reads in place of the system's font
 * folders, so that the kiosk's look costs almost nothing at start-up.
 *
 * <p>Why: FlatLaf's way (reading each style out of the jar and registering it) copies the font to
 * a temporary file, which seeds {@code SecureRandom} for the file's name, and registration makes
 * Java open every installed font first to check the name is new: 170–290 ms at every start on a
 * machine with the Noto fonts (397 files), against about 20 ms for a folder of our eight files.
 * Java's logical fonts (Dialog, SansSerif) come from the system's fonts as {@link JavaFontConfig}
 * names them (or from fontconfig), and Swing's fonts are composites of Roboto and those, so a
 * name typed in Chinese or Arabic still shows ({@code FontFolderTest} starts a JVM to check it).
 *
 * <p>{@link #use} must run before anything in the JVM touches AWT fonts, so only
 * {@code Main.main} calls it, first thing, for a kiosk start. Anywhere else (tests, the other
 * commands) the folder is simply not used and {@link Theme} registers Roboto the usual way.
 */
public final class FontFolder {
    /** The Java property naming the font folders; without "append:" or "prepend:" it replaces them. */
    static final String FONT_PATH = "sun.java2d.fontpath";
    private static final String RESOURCES = "/com/formdev/flatlaf/fonts/roboto/";
    /** The flatlaf-fonts-roboto version in pom.xml (FontFolderTest keeps the two the same). */
    static final String VERSION = "roboto-2.137";
    static final String[] FILES = {
        "Roboto-Regular.ttf", "Roboto-Italic.ttf", "Roboto-Bold.ttf", "Roboto-BoldItalic.ttf",
        "Roboto-Light.ttf", "Roboto-LightItalic.ttf", "Roboto-Medium.ttf", "Roboto-MediumItalic.ttf",
    };

    private static volatile boolean requested;
    private static volatile String problem;

    private FontFolder() {
    }

    /**
     * Makes {@code folder} hold this version of Roboto (copied out of the jar the first time into a
     * sub-folder named after the version) and names that as Java's only font folder. Returns false,
     * with a {@link #problem}, when it cannot be written; nothing changes then.
     */
    public static boolean use(Path folder) {
        if (System.getProperty(FONT_PATH) != null) {
            problem = "the font path was already set (" + System.getProperty(FONT_PATH) + "); Roboto is registered instead";
            return false;
        }
        Path versioned = folder.resolve(VERSION);
        try {
            for (String name : FILES) {
                copyIfMissing(name, versioned);
            }
        } catch (IOException | RuntimeException e) {
            problem = "cannot keep the fonts in " + versioned + " (" + e.getMessage() + "); Roboto is registered instead";
            return false;
        }
        System.setProperty(FONT_PATH, versioned.toAbsolutePath().toString());
        requested = true;
        if (System.getProperty(JavaFontConfig.PROPERTY) == null) {
            try {
                Path config = JavaFontConfig.write(folder);
                if (config != null) {
                    System.setProperty(JavaFontConfig.PROPERTY, config.toAbsolutePath().toString());
                }
            } catch (IOException | RuntimeException e) {
                problem = "cannot write Java's font configuration in " + folder + " (" + e.getMessage()
                        + "); fontconfig is asked instead";
            }
        }
        return true;
    }

    /** What {@link #use} could not do (the folder, or Java's font configuration), for the log; or null. */
    public static String problem() {
        return problem;
    }

    /** True if Roboto is served from the folder in this JVM (see {@link #use}). */
    public static boolean serving() {
        return requested;
    }

    /**
     * Looks up the three Roboto families the themes use, so that the font system has found them
     * before FlatLaf asks (the first lookup of a family makes Java open each of the fonts behind its
     * logical fonts, 10-40 ms). Safe on any thread; for a warm-up thread at start-up.
     */
    public static void findFamilies() {
        for (String family : new String[] {FlatRobotoFont.FAMILY, FlatRobotoFont.FAMILY_LIGHT, FlatRobotoFont.FAMILY_SEMIBOLD}) {
            new Font(family, Font.PLAIN, 12).getFamily(Locale.ROOT);
        }
    }

    private static void copyIfMissing(String name, Path folder) throws IOException {
        Path target = folder.resolve(name);
        // Only a check for presence (asking the jar for sizes costs time: docs/TIMINGS.md): files are only ever
        // complete, being written beside the target and renamed over it, and a new Roboto comes
        // with a new version and so a new folder.
        if (Files.isRegularFile(target)) {
            return;
        }
        Files.createDirectories(folder);
        // The ".part" name is not a font file to Java (only .ttf and the like are).
        Path part = folder.resolve(name + ".part" + ProcessHandle.current().pid());
        try (InputStream in = FontFolder.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IOException(name + " is missing from the application");
            }
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
