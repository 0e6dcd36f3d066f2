package app.kindred.session;

import app.kindred.session.SessionRecord.WrittenWords;
import java.util.List;

/**
 * Where the engine sends its state so that a crash loses nothing: implemented by
 * {@code app.kindred.persist.SessionJournal}. Called outside the engine's lock, after the events
 * of a change were delivered, never with an older checkpoint after a newer one. Exceptions are
 * logged; they never stop the clock.
 */
public interface SessionJournalSink {
    void checkpoint(SessionCheckpoint checkpoint);

    /** The couple's words changed (an empty list: they were wiped). Keep them private (0600). */
    void words(String sessionId, List<WrittenWords> words);
}
