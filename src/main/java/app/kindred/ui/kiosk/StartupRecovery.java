package app.kindred.ui.kiosk;

import app.kindred.content.ContentLibrary;
import app.kindred.persist.Recovery;
import app.kindred.persist.SessionJournal;
import app.kindred.session.DeckMemory;
import app.kindred.session.MonotonicClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the kiosk finds at start-up in the journal a crash left behind. File I/O: call it off the
 * event thread. Logs outcomes for a technician, never names or words.
 */
final class StartupRecovery {
    private static final Logger LOG = Logger.getLogger(StartupRecovery.class.getName());

    private StartupRecovery() {
    }

    /**
     * @param staleAfter a journal last written longer ago than this is wiped unseen: had Kindred kept
     *                   running, the idle guard would have cleared that couple by now, and whoever
     *                   stands at the kiosk today must not see their names or words
     */
    static Recovery find(SessionJournal journal, ContentLibrary library, MonotonicClock clock, DeckMemory memory,
            Duration staleAfter) {
        if (journal == null) {
            return nothing();
        }
        try {
            Duration age = age(journal);
            if (age != null && age.compareTo(staleAfter) > 0) {
                journal.wipe();
                LOG.info(() -> "start-up: a session journal last written " + age.toMinutes()
                        + " min ago was wiped unseen (older than the idle time)");
                return nothing();
            }
            Recovery r = journal.recover(library, clock, memory);
            if (r.outcome() == Recovery.Outcome.QUARANTINED) {
                // For a technician; the couple simply gets a fresh welcome screen.
                LOG.warning("start-up: " + r.message());
            } else if (r.outcome() == Recovery.Outcome.RECOVERED) {
                LOG.info("start-up: a session interrupted by a crash is back, paused");
            }
            return r;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "start-up: the session journal could not be checked; starting clean", e);
            return nothing();
        }
    }

    /** How long ago the journal was last written, or null if there is none. */
    private static Duration age(SessionJournal journal) {
        try {
            Instant written = Files.getLastModifiedTime(journal.journalFile()).toInstant();
            Duration age = Duration.between(written, Instant.now());
            return age.isNegative() ? Duration.ZERO : age;
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            LOG.log(Level.FINE, "journal age unknown", e);
            return null;
        }
    }

    private static Recovery nothing() {
        return new Recovery(Recovery.Outcome.NOTHING, null, null, List.of());
    }
}
