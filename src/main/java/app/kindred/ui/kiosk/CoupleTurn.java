package app.kindred.ui.kiosk;

import app.kindred.content.ContentLibrary;
import app.kindred.persist.SessionJournal;
import app.kindred.session.Participants;
import app.kindred.session.SessionEngine;
import app.kindred.session.SessionEvent;
import app.kindred.session.SessionScheduler;
import app.kindred.ui.Edt;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * The current couple's session, from the choice (or a crash) to the wipe: its engine, the scheduler
 * that wakes it in real time, the crash journal it writes to. Events reach the kiosk on the event
 * thread, and only while this is still the current session. No Swing here but the hop to the event
 * thread; what is shown is {@link KioskApp}'s business.
 */
final class CoupleTurn {
    private static final Logger LOG = Logger.getLogger(CoupleTurn.class.getName());

    private final KioskOptions options;
    private final Consumer<SessionEvent> events;
    private SessionEngine engine;
    private SessionScheduler scheduler;
    private SessionJournal journal;
    private long couplesServed;

    /** @param events what the kiosk does with an event of the current session (on the event thread) */
    CoupleTurn(KioskOptions options, Consumer<SessionEvent> events) {
        this.options = options;
        this.events = events;
    }

    /** The current couple's engine, or null between couples. */
    SessionEngine engine() {
        return engine;
    }

    /** A new session for these names and this programme, journaled, not yet started. */
    SessionEngine begin(Choice choice, Participants names, ContentLibrary library) {
        return begin(choice, names, library, options.session().mode());
    }

    /** The same, in this mode: {@code ROOM} for a kiosk following a workshop (only the facilitator drives it). */
    SessionEngine begin(Choice choice, Participants names, ContentLibrary library, app.kindred.session.Mode mode) {
        end();
        // A different prompt draw for every couple, still reproducible from the configured seed.
        var settings = options.session().withSeed(options.session().seed() ^ (0x9E3779B97F4A7C15L * ++couplesServed))
                .withMode(mode);
        SessionEngine e = new SessionEngine(choice.programme(), library, names, settings, options.clock());
        if (journal() != null) {
            e.setJournal(journal());
        }
        adopt(e);
        return e;
    }

    /** Makes {@code e} (new, or back from a crash) the current session; its events go to the kiosk. */
    void adopt(SessionEngine e) {
        engine = e;
        e.addListener(ev -> Edt.run(() -> {
            if (engine == e) {
                events.accept(ev);
            }
        }));
    }

    /** Starts waking the engine at its deadlines (real time only; tests poll a fake clock). */
    void startClock() {
        if (options.realTime() && engine != null && scheduler == null) {
            scheduler = new SessionScheduler(engine).start();
        }
    }

    /** The session is over for this kiosk (its record stays with the engine until the wipe). */
    void end() {
        if (scheduler != null) {
            scheduler.close();
            scheduler = null;
        }
        engine = null;
    }

    /** Forgets the couple's words and names: the engine's, the journal's and its private file. */
    void wipe() {
        if (engine != null) {
            engine.wipeWords();
        }
        end();
        if (journal() != null) {
            journal().wipe();
        }
    }

    /** Ends the session and waits (at most {@code limit}) for the journal's last writes, the wipe included. */
    void close(Duration limit) {
        end();
        SessionJournal open = journalIfOpen();
        if (open != null && !open.flush(limit)) {
            LOG.warning("close: the session journal's last writes were not done after " + limit.toSeconds() + " s");
        }
    }

    /** The journal if something opened it, without opening it. */
    synchronized SessionJournal journalIfOpen() {
        return journal;
    }

    /** Asked for on the event thread (a session starts) and once off it (start-up recovery). */
    synchronized SessionJournal journal() {
        if (journal == null && options.journal() != null) {
            journal = options.journal().get();
        }
        return journal;
    }
}
