package app.kindred.persist;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Removes a file that held a couple's names or words (a take-home PDF in the outbox) as the journal
 * is removed: overwritten with zeros, synced, then deleted. Best effort against undelete; on a
 * flash disk the old blocks may still exist until the drive reuses them.
 */
public final class Shred {
    private Shred() {
    }

    /** Zeroes and deletes {@code file}; nothing happens if it does not exist. */
    public static void destroy(Path file) throws IOException {
        AtomicFiles.destroy(file);
    }
}
