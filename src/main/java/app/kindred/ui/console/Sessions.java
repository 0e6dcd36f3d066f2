package app.kindred.ui.console;

import app.kindred.content.ContentLibrary;
import app.kindred.content.Programme;
import app.kindred.session.SessionEngine;

/**
 * Where the console gets a session: the app builds an engine with the system clock, its scheduler
 * and the journal; tests build one on a fake clock.
 */
public interface Sessions {
    ContentLibrary library();

    /** A new session of this programme, ready to start. */
    SessionEngine create(Programme programme);

    /** The session is no longer shown: stop its scheduler; with {@code forget}, wipe its journal too. */
    void retire(SessionEngine engine, boolean forget);
}
