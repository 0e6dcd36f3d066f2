package app.kindred.persist;

import app.kindred.KindredProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where Kindred keeps what it writes. One root, chosen in this order: the {@code kindred.home}
 * system property, the {@code KINDRED_HOME} environment variable, {@code $XDG_DATA_HOME/kindred},
 * {@code ~/.local/share/kindred}. Tests point it at a temporary folder.
 */
public record DataFolders(Path root) {

    public static DataFolders fromEnvironment() {
        String prop = System.getProperty(KindredProperties.HOME);
        if (prop != null && !prop.isBlank()) {
            return new DataFolders(Path.of(prop));
        }
        String env = System.getenv("KINDRED_HOME");
        if (env != null && !env.isBlank()) {
            return new DataFolders(Path.of(env));
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return new DataFolders(Path.of(xdg, "kindred"));
        }
        return new DataFolders(Path.of(System.getProperty("user.home"), ".local", "share", "kindred"));
    }

    /** The running session's journal. */
    public Path journal() {
        return dir("journal", false);
    }

    /** A couple's written words while their turn lasts; owner-only, wiped with the turn. */
    public Path privateDir() {
        return dir("private", true);
    }

    /** Print jobs waiting to be accepted by a printer. */
    public Path outbox() {
        return dir("outbox", false);
    }

    /** Files that could not be read (a corrupt journal), kept for a technician. */
    public Path quarantine() {
        return dir("quarantine", false);
    }

    /** Session records kept after a turn, always without names or words (for group summaries). */
    public Path records() {
        return dir("records", false);
    }

    public Path logs() {
        return dir("logs", false);
    }

    /** Copies of the kiosk's fonts that Java's font system reads directly (see ui.FontFolder). */
    public Path fonts() {
        return dir("fonts", false);
    }

    /** Temporary PDFs of the current couple; wiped with their turn. */
    public Path temp() {
        return dir("tmp", true);
    }

    public Path settingsFile() {
        ensure(root, false);
        return root.resolve("settings.properties");
    }

    private Path dir(String name, boolean ownerOnly) {
        Path p = root.resolve(name);
        ensure(p, ownerOnly);
        return p;
    }

    private static void ensure(Path p, boolean ownerOnly) {
        try {
            Files.createDirectories(p);
            if (ownerOnly && Files.getFileStore(p).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + p, e);
        }
    }
}
