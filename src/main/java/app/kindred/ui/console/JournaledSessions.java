package app.kindred.ui.console;

import app.kindred.content.ContentLibrary;
import app.kindred.content.Programme;
import app.kindred.persist.SessionJournal;
import app.kindred.persist.SettingsStore;
import app.kindred.session.DeckMemory;
import app.kindred.session.Mode;
import app.kindred.session.Participants;
import app.kindred.session.SessionEngine;
import app.kindred.session.SessionScheduler;
import app.kindred.session.SystemClock;
import java.util.IdentityHashMap;
import java.util.Map;

/** Real sessions for a room: the system clock, a scheduler thread each, and the crash-safe journal. */
final class JournaledSessions implements Sessions {
    private final ContentLibrary library;
    private final SettingsStore settings;
    private final SessionJournal journal;
    private final DeckMemory memory = new DeckMemory();
    private final Map<SessionEngine, SessionScheduler> schedulers = new IdentityHashMap<>();

    JournaledSessions(ContentLibrary library, SettingsStore settings, SessionJournal journal) {
        this.library = library;
        this.settings = settings;
        this.journal = journal;
    }

    DeckMemory memory() {
        return memory;
    }

    @Override
    public ContentLibrary library() {
        return library;
    }

    @Override
    public SessionEngine create(Programme programme) {
        SessionEngine engine = new SessionEngine(programme, library, Participants.defaults(),
                settings.sessionSettings(memory).withMode(Mode.ROOM), SystemClock.INSTANCE);
        engine.setJournal(journal);
        adopt(engine);
        return engine;
    }

    /** Starts the scheduler of an engine made elsewhere (a recovered one). */
    void adopt(SessionEngine engine) {
        schedulers.put(engine, new SessionScheduler(engine).start());
    }

    @Override
    public void retire(SessionEngine engine, boolean forget) {
        SessionScheduler s = schedulers.remove(engine);
        if (s != null) {
            s.close();
        }
        if (forget) {
            journal.wipe();
        }
    }

    void closeAll() {
        schedulers.values().forEach(SessionScheduler::close);
        schedulers.clear();
        journal.flush();
    }
}
