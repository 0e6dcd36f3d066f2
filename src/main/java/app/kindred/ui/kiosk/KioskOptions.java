package app.kindred.ui.kiosk;

import app.kindred.content.ContentLibrary;
import app.kindred.persist.DataFolders;
import app.kindred.session.MonotonicClock;
import app.kindred.persist.SessionJournal;
import app.kindred.session.SessionSettings;
import app.kindred.ui.Chimes;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * What the kiosk is built from. The app passes the system clock and real services; tests pass a
 * {@code FakeClock}, {@code realTime = false} (they poll the engine themselves) and fakes.
 *
 * @param library     the content, possibly still loading in the background
 * @param realTime    run a session scheduler thread that wakes the engine at its deadlines
 * @param journal     gives the crash journal (and private words file), asked for when the first
 *                    session starts (it loads Jackson, which stays off the first frame's path); null for none
 * @param idleAfter   time without input before "Still there?" (default 3 min)
 * @param idleAnswer  how long "Still there?" waits before the wipe (30 s)
 * @param goodbyeFor  how long the goodbye screen stays before the welcome screen returns
 * @param limits      walk-away margin and caps on extensions, reflections and printing (null: defaults)
 * @param access      single-key shortcuts and the speech mode (null: defaults)
 */
public record KioskOptions(
        CompletableFuture<ContentLibrary> library,
        MonotonicClock clock,
        boolean realTime,
        DataFolders folders,
        TakeHomeService takeHome,
        Chimes chimes,
        SessionSettings session,
        Supplier<SessionJournal> journal,
        Duration idleAfter,
        Duration idleAnswer,
        Duration goodbyeFor,
        KioskLimits limits,
        KioskAccess access) {

    public static final Duration DEFAULT_IDLE = Duration.ofMinutes(3);
    public static final Duration DEFAULT_IDLE_ANSWER = Duration.ofSeconds(30);
    public static final Duration DEFAULT_GOODBYE = Duration.ofSeconds(20);

    public KioskOptions {
        idleAfter = idleAfter == null ? DEFAULT_IDLE : idleAfter;
        idleAnswer = idleAnswer == null ? DEFAULT_IDLE_ANSWER : idleAnswer;
        goodbyeFor = goodbyeFor == null ? DEFAULT_GOODBYE : goodbyeFor;
        session = session == null ? SessionSettings.defaults() : session;
        limits = limits == null ? KioskLimits.defaults() : limits;
        access = access == null ? KioskAccess.defaults() : access;
    }

    /** With the default accessibility choices. */
    public KioskOptions(CompletableFuture<ContentLibrary> library, MonotonicClock clock, boolean realTime,
            DataFolders folders, TakeHomeService takeHome, Chimes chimes, SessionSettings session,
            Supplier<SessionJournal> journal, Duration idleAfter, Duration idleAnswer, Duration goodbyeFor,
            KioskLimits limits) {
        this(library, clock, realTime, folders, takeHome, chimes, session, journal, idleAfter, idleAnswer, goodbyeFor,
                limits, null);
    }

    /** The same with other accessibility choices. */
    public KioskOptions withAccess(KioskAccess a) {
        return new KioskOptions(library, clock, realTime, folders, takeHome, chimes, session, journal, idleAfter,
                idleAnswer, goodbyeFor, limits, a);
    }
}
