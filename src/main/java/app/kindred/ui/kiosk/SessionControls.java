package app.kindred.ui.kiosk;

import app.kindred.session.Actor;
import app.kindred.session.Command;
import app.kindred.session.SessionEngine;
import app.kindred.session.SessionSnapshot;
import app.kindred.session.SessionStatus;
import app.kindred.ui.CommandAction;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The couple's commands on the current session (pause, +1 min, next, time-out, write), each one
 * action whose enabled state follows the session, shared by buttons and keys. A command runs only
 * while there is a session, and the screen is drawn again after it.
 */
final class SessionControls {
    static final Duration EXTEND_BY = Duration.ofMinutes(1);

    private final Supplier<SessionEngine> engine;
    private final Runnable afterCommand;
    private final ExerciseScreen.Controls exercise;

    /**
     * @param engine         the current couple's engine, or null between couples
     * @param openReflection opens the reflection screen for the current step
     * @param afterCommand   draws the session again
     */
    SessionControls(Supplier<SessionEngine> engine, KioskLimits limits, Runnable openReflection, Runnable afterCommand) {
        this.engine = engine;
        this.afterCommand = afterCommand;
        exercise = new ExerciseScreen.Controls(
                // One key, P, pauses and resumes; the button shows whichever of the two applies.
                action("pause", SessionControls::pauseOrResume, s -> s != null
                        && (allowed(Command.PAUSE) || allowed(Command.RESUME))).key("P"),
                action("resume", SessionEngine::resume, s -> s != null && allowed(Command.RESUME)),
                // Not under the time-out card, which offers only going on or ending (the engine would
                // allow it); at most so many per step: an unattended session cannot be kept alive for ever.
                action("extend", e -> e.extend(EXTEND_BY), s -> s != null && s.status() != SessionStatus.TIME_OUT
                        && extensionsUsed(s) < limits.extensionsPerStep()
                        && allowed(Command.EXTEND)).key("PLUS", "shift EQUALS", "EQUALS", "ADD"),
                action("next", SessionEngine::skip, s -> s != null && allowed(Command.SKIP)).key("N"),
                action("timeOut", SessionEngine::timeOut, s -> s != null && allowed(Command.TIME_OUT)).key("T"),
                action("write", e -> openReflection.run(), s -> s != null && s.reflectionQuestion() != null
                        && engine.get().words().size() < limits.reflectionsPerSession()),
                // Back one step with its full time (from the first step: that step again), to undo a stray Next.
                action("stepBack", SessionEngine::back, s -> s != null && s.status() != SessionStatus.TIME_OUT
                        && allowed(Command.BACK)).key("B"));
    }

    ExerciseScreen.Controls exercise() {
        return exercise;
    }

    /** A command on the current session (none: nothing happens), the screen drawn again after it. */
    CommandAction<SessionSnapshot> action(String id, Consumer<SessionEngine> run, Predicate<SessionSnapshot> when) {
        return CommandAction.<SessionSnapshot>of(id, () -> {
            SessionEngine e = engine.get();
            if (e != null) {
                run.accept(e);
                afterCommand.run();
            }
        }).enabledWhen(when);
    }

    private static void pauseOrResume(SessionEngine e) {
        if (!e.pause()) {
            e.resume();
        }
    }

    static int extensionsUsed(SessionSnapshot s) {
        return (int) (s.extension().toSeconds() / EXTEND_BY.toSeconds());
    }

    private boolean allowed(Command c) {
        SessionEngine e = engine.get();
        return e != null && e.allowed(c, Actor.PARTICIPANT);
    }
}
