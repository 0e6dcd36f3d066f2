package app.kindred.ui.kiosk;

import app.kindred.content.ContentLibrary;
import app.kindred.content.Exercise;
import app.kindred.content.Handout;
import app.kindred.content.ProgrammeItem;
import app.kindred.persist.Recovery;
import app.kindred.session.Partner;
import app.kindred.session.Participants;
import app.kindred.session.SessionEngine;
import app.kindred.session.SessionEvent;
import app.kindred.session.SessionScheduler;
import app.kindred.session.SessionSnapshot;
import app.kindred.ui.Chimes;
import app.kindred.ui.CommandAction;
import app.kindred.ui.Edt;
import app.kindred.ui.KioskFrame;
import app.kindred.ui.Navigator;
import app.kindred.ui.PartnerLook;
import app.kindred.ui.Text;
import java.awt.Dimension;
import java.awt.GraphicsDevice;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.Timer;

/**
 * The couple's kiosk, wired: one frame, the screens in the order a couple meets them, the session
 * engine of the current couple, the idle guard and the privacy wipe. Build and use it on the event
 * thread. See docs/UI.md for how screens, actions and the heartbeat fit together.
 */
public final class KioskApp {
    /** Not a static field: java.util.logging starts off the start-up path (see app.Logging). */
    private static Logger log() {
        return Logger.getLogger(KioskApp.class.getName());
    }
    private static final Duration EXTEND_BY = Duration.ofMinutes(1);

    private final KioskOptions options;
    private final KioskFrame frame;
    private final Navigator navigator = new Navigator();
    private final Couple couple = new Couple();
    private final Chimes chimes;
    private final IdleGuard idle;
    private final Timer heartbeat;
    private final ExerciseScreen.Controls controls;
    private TimeOutPrompt timeOut;
    private RecoveryPrompt recoveryPrompt;
    /** A session came back after a crash and the couple has not yet said "Carry on" or "Start over". */
    private boolean recoveryPending;
    private final CompletableFuture<Recovery.Outcome> recovery = new CompletableFuture<>();
    private volatile ContentLibrary library;
    private SessionEngine engine;
    private SessionScheduler scheduler;
    private long goodbyeAt = -1;
    /** When the packs of the last hour were sent, oldest first (for {@link KioskLimits#packsPerHour()}). */
    private final java.util.ArrayDeque<Long> printedAt = new java.util.ArrayDeque<>();
    /** The current step's planned length with its extensions, for the walk-away check when it ends. */
    private Duration stepLength = Duration.ZERO;
    private long couplesServed;
    private app.kindred.persist.SessionJournal journal;

    private KioskApp(KioskOptions options) {
        Edt.check();
        this.options = options;
        this.chimes = options.chimes() == null ? new Chimes(true) : options.chimes();
        frame = new KioskFrame(Text.get("app.title"), navigator);
        controls = new ExerciseScreen.Controls(
                // One key, P, pauses and resumes; the button shows whichever of the two applies.
                session("pause", this::pauseOrResume, s -> s != null && (canDo(app.kindred.session.Command.PAUSE)
                        || canDo(app.kindred.session.Command.RESUME))).key("P"),
                session("resume", () -> engine.resume(), s -> s != null && canDo(app.kindred.session.Command.RESUME)),
                // Not under the time-out card, which offers only going on or ending (the engine would allow it).
                // At most so many per step: an unattended session cannot be kept alive for ever.
                session("extend", () -> engine.extend(EXTEND_BY), s -> s != null && s.status() != app.kindred.session.SessionStatus.TIME_OUT
                        && extensionsUsed(s) < options.limits().extensionsPerStep()
                        && canDo(app.kindred.session.Command.EXTEND)).key("PLUS", "shift EQUALS", "EQUALS", "ADD"),
                session("next", () -> engine.skip(), s -> s != null && canDo(app.kindred.session.Command.SKIP)).key("N"),
                session("timeOut", () -> engine.timeOut(), s -> s != null && canDo(app.kindred.session.Command.TIME_OUT)).key("T"),
                session("write", this::openReflection, s -> s != null && s.reflectionQuestion() != null
                        && engine.words().size() < options.limits().reflectionsPerSession()));
        registerScreens();
        idle = new IdleGuard(options.clock(), options.idleAfter(), options.idleAnswer(), options.limits().walkAwayMargin(),
                frame, this::backToWelcome);
        idle.onAnswered(this::restoreOverlay);
        idle.onPrompt(() -> chimes.play(Chimes.Cue.WARNING));
        heartbeat = new Timer(1000, e -> beat());
        heartbeat.setRepeats(false);
        options.library().whenComplete((lib, err) -> {
            if (err != null) {
                log().log(Level.WARNING, "content could not be loaded", err);
                return;
            }
            library = lib;
            Edt.run(() -> {
                if (navigator.built(ChooseScreen.ID)) {
                    navigator.screen(ChooseScreen.ID, ChooseScreen.class).setLibrary(lib);
                }
            });
        });
        // Reading the journal is file I/O (and Jackson): off the event thread, once the content is there.
        options.library().whenCompleteAsync((lib, err) -> {
            if (err != null) {
                recovery.complete(Recovery.Outcome.NOTHING);
                return;
            }
            Recovery found = StartupRecovery.find(journal(), lib, options.clock(), options.session().deckMemory(),
                    options.idleAfter().plus(options.idleAnswer()));
            Edt.run(() -> {
                adopt(found);
                recovery.complete(found.outcome());
            });
        });
    }

    /** Builds the kiosk; content may still be loading (the welcome screen does not need it). */
    public static KioskApp create(KioskOptions options) {
        return new KioskApp(options);
    }

    private void registerScreens() {
        navigator.register(WelcomeScreen.ID, () -> new WelcomeScreen(CommandAction.of("start", () -> navigator.show(WhoScreen.ID))));
        navigator.register(WhoScreen.ID, () -> new WhoScreen(
                CommandAction.of("back", this::backToWelcome),
                CommandAction.of("continue", this::namesEntered)));
        navigator.register(ChooseScreen.ID, () -> {
            ChooseScreen s = new ChooseScreen(CommandAction.of("back", () -> navigator.show(WhoScreen.ID)), this::chosen);
            if (library != null) {
                s.setLibrary(library);
            }
            return s;
        });
        navigator.register(ExerciseScreen.ID, () -> new ExerciseScreen(controls));
        navigator.register(ReflectionScreen.ID, () -> new ReflectionScreen(
                CommandAction.of("saveReflection", this::saveReflection),
                CommandAction.of("skipReflection", this::skipReflection)));
        navigator.register(ReviewScreen.ID, () -> new ReviewScreen(
                CommandAction.of("print", this::print),
                CommandAction.of("skipPrint", this::goodbye),
                (id, on) -> {
                    if (engine != null) {
                        engine.setOnSummary(id, on);
                    }
                }));
        navigator.register(PrintScreen.ID, () -> new PrintScreen(CommandAction.of("done", this::goodbye)));
        navigator.register(GoodbyeScreen.ID, () -> new GoodbyeScreen(CommandAction.of("start", () -> navigator.show(WelcomeScreen.ID))));
    }

    /** Shows the welcome screen and the frame, then starts watching for idleness. */
    public void show(GraphicsDevice device, Dimension windowed) {
        navigator.show(WelcomeScreen.ID);
        frame.show(device, windowed);
        idle.install();
        heartbeat.start();
    }

    /**
     * What start-up found in the journal, completed on the event thread once the kiosk shows it
     * (a recovered session on screen, or nothing). For tests and tools.
     */
    public CompletableFuture<Recovery.Outcome> recovery() {
        return recovery;
    }

    /** Stops timers and the session; the frame is disposed. */
    public void close() {
        heartbeat.stop();
        idle.uninstall();
        endSession();
        frame.dispose();
        // The wipe (and any last checkpoint) is on disk before whoever closed us goes on: quitting
        // Kindred, or a test removing the data folder. At most 2 s: a hung disk must not hang the exit.
        app.kindred.persist.SessionJournal open = journalIfOpen();
        if (open != null && !open.flush(java.time.Duration.ofSeconds(2))) {
            log().warning("close: the session journal's last writes were not done after 2 s");
        }
    }

    // ------------------------------------------------------------------ after a crash

    /** On the event thread: puts a recovered session on screen, paused, with the recovery card over it. */
    private void adopt(Recovery r) {
        if (r.outcome() != Recovery.Outcome.RECOVERED) {
            return;
        }
        SessionEngine recovered = r.engine();
        if (engine != null) {
            // A couple started a new session while the journal was being read: theirs wins.
            log().warning("start-up: a new session began before the recovered one could be shown; it is dropped");
            recovered.wipeWords();
            return;
        }
        engine = recovered;
        SessionSnapshot s = engine.snapshot();
        stepLength = s.planned().plus(s.extension());
        for (PartnerLook p : PartnerLook.values()) {
            Partner partner = Partner.valueOf(p.name());
            if (s.participants().named(partner)) {
                couple.name(p, s.participants().name(partner));
            }
        }
        couple.choose(choiceFor(engine.record().programmeId(), s.programmeTitle()));
        SessionEngine current = engine;
        engine.addListener(ev -> Edt.run(() -> {
            if (engine == current) {
                onEvent(ev);
            }
        }));
        if (options.realTime()) {
            scheduler = new SessionScheduler(engine).start();
        }
        if (s.finished()) {
            review();
        } else {
            navigator.show(ExerciseScreen.ID);
            render(s);
        }
        recoveryPending = true;
        showRecoveryPrompt();
        beatSoon();
    }

    /** The kiosk choice the recovered session was started from (for the review's title and worksheets). */
    private Choice choiceFor(String programmeId, String title) {
        if (library == null) {
            return null;
        }
        Choice sameId = null;
        for (Choice c : Choice.from(library)) {
            if (c.programme().id().equals(programmeId)) {
                if (c.title().equals(title)) {
                    return c;
                }
                sameId = sameId == null ? c : sameId;
            }
        }
        return sameId;
    }

    private RecoveryPrompt recoveryPrompt() {
        if (recoveryPrompt == null) {
            recoveryPrompt = new RecoveryPrompt(session("carryOn", this::carryOn, s -> true),
                    CommandAction.of("startOver", this::startOver));
        }
        return recoveryPrompt;
    }

    private void showRecoveryPrompt() {
        recoveryPrompt().update(engine != null && engine.snapshot().finished());
        frame.showOverlay(recoveryPrompt().panel(), recoveryPrompt().focus());
    }

    /** "Carry on": the clock starts again where it stopped (or the review simply stays). */
    private void carryOn() {
        dismissRecovery();
        if (engine != null && !engine.snapshot().finished()) {
            engine.resume();
        }
    }

    /** "Start over": the same wipe as after a goodbye or an unanswered "Still there?". */
    private void startOver() {
        backToWelcome();
    }

    private void dismissRecovery() {
        recoveryPending = false;
        if (recoveryPrompt != null && recoveryPrompt.showing()) {
            frame.hideOverlay();
        }
    }

    /**
     * After "Still there?" is answered its card goes, and whatever card it covered comes back: the
     * recovery card, or the time-out card while the time-out lasts.
     */
    private void restoreOverlay() {
        if (engine == null || frame.overlayShowing()) {
            return;
        }
        if (recoveryPending) {
            showRecoveryPrompt();
        } else if (engine.snapshot().status() == app.kindred.session.SessionStatus.TIME_OUT) {
            timeOut().update(engine.snapshot());
            frame.showOverlay(timeOut().panel(), timeOut().focus());
        }
    }

    // ------------------------------------------------------------------ the couple's way through

    private void namesEntered() {
        WhoScreen who = navigator.screen(WhoScreen.ID, WhoScreen.class);
        for (PartnerLook p : PartnerLook.values()) {
            couple.name(p, who.name(p));
        }
        navigator.show(ChooseScreen.ID);
    }

    private void chosen(Choice choice) {
        couple.choose(choice);
        endSession();
        Participants names = Participants.of(couple.typedName(PartnerLook.A), couple.typedName(PartnerLook.B));
        // A different prompt draw for every couple, still reproducible from the configured seed.
        var settings = options.session().withSeed(options.session().seed() ^ (0x9E3779B97F4A7C15L * ++couplesServed));
        engine = new SessionEngine(choice.programme(), library, names, settings, options.clock());
        if (journal() != null) {
            engine.setJournal(journal());
        }
        SessionEngine current = engine;
        engine.addListener(ev -> Edt.run(() -> {
            if (engine == current) {
                onEvent(ev);
            }
        }));
        navigator.show(ExerciseScreen.ID);
        engine.start();
        if (options.realTime()) {
            scheduler = new SessionScheduler(engine).start();
        }
        render(engine.snapshot());
        beatSoon();
    }

    /**
     * An engine event, on the event thread. Events from the clock's thread arrive queued, so one may
     * be older than what a button press has shown since: the event decides only the cue (a chime,
     * a card); what is drawn is always the engine's snapshot now, never the event's own.
     */
    private void onEvent(SessionEvent ev) {
        SessionSnapshot s = ev.snapshot();
        SessionEngine current = engine;
        switch (ev.type()) {
            case WARNING -> chimes.play(Chimes.Cue.WARNING);
            case PHASE_STARTED -> {
                if (s.stepIndex() > 0 || s.itemIndex() > 0) {
                    chimes.play(s.switchRoles() ? Chimes.Cue.SWITCH : Chimes.Cue.END);
                    idle.stepChanged(stepLength);
                }
                stepLength = s.planned().plus(s.extension());
            }
            case TIME_OUT_STARTED -> {
                if (current.snapshot().status() == app.kindred.session.SessionStatus.TIME_OUT) {
                    timeOut().update(current.snapshot());
                    frame.showOverlay(timeOut().panel(), timeOut().focus());
                }
            }
            case TIME_OUT_ENDED -> {
                if (frame.overlayShowing() && current.snapshot().status() != app.kindred.session.SessionStatus.TIME_OUT) {
                    frame.hideOverlay();
                }
            }
            case PROGRAMME_ENDED -> {
                chimes.play(Chimes.Cue.END);
                if (frame.overlayShowing()) {
                    frame.hideOverlay();
                }
                if (navigator.current() != null && !ReflectionScreen.ID.equals(navigator.current().id())) {
                    review();
                }
                return;
            }
            default -> {
            }
        }
        render(current.snapshot());
    }

    private void render(SessionSnapshot s) {
        if (recoveryPending && s.status() != app.kindred.session.SessionStatus.PAUSED && !s.finished()) {
            // Resumed some other way (the P key, a time-out): they are clearly back.
            dismissRecovery();
        }
        if (!s.finished()) {
            navigator.screen(ExerciseScreen.ID, ExerciseScreen.class).render(s);
            if (frame.overlayShowing() && s.status() == app.kindred.session.SessionStatus.TIME_OUT) {
                timeOut().update(s);
            }
        }
    }

    /** Built on the first time-out, not at start-up. */
    private TimeOutPrompt timeOut() {
        if (timeOut == null) {
            timeOut = new TimeOutPrompt(session("endTimeOut", () -> engine.endTimeOut(true), s -> true),
                    session("endSession", () -> engine.endTimeOut(false), s -> true));
        }
        return timeOut;
    }

    private void pauseOrResume() {
        if (!engine.pause()) {
            engine.resume();
        }
    }

    private void openReflection() {
        SessionSnapshot s = engine.snapshot();
        ReflectionScreen r = navigator.screen(ReflectionScreen.ID, ReflectionScreen.class);
        r.ask(s.reflectionQuestion(), s.participants());
        navigator.show(ReflectionScreen.ID);
    }

    private void saveReflection() {
        ReflectionScreen r = navigator.screen(ReflectionScreen.ID, ReflectionScreen.class);
        String text = r.typed();
        if (!text.isEmpty() && engine != null) {
            PartnerLook w = r.writer();
            engine.addReflection(w == null ? null : Partner.valueOf(w.name()), r.question(), text, true);
        }
        r.clear();
        afterReflection();
    }

    private void skipReflection() {
        navigator.screen(ReflectionScreen.ID, ReflectionScreen.class).clear();
        afterReflection();
    }

    private void afterReflection() {
        if (engine == null) {
            navigator.show(WelcomeScreen.ID);
        } else if (engine.snapshot().finished()) {
            review();
        } else {
            navigator.show(ExerciseScreen.ID);
            render(engine.snapshot());
        }
    }

    private void review() {
        ReviewScreen r = navigator.screen(ReviewScreen.ID, ReviewScreen.class);
        SessionSnapshot s = engine.snapshot();
        r.show(couple.choice() == null ? s.programmeTitle() : couple.choice().title(), offeredHandouts(),
                engine.words(), s.participants());
        navigator.show(ReviewScreen.ID);
    }

    private List<Handout> offeredHandouts() {
        List<Handout> list = new ArrayList<>();
        if (couple.choice() == null || library == null) {
            return list;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (ProgrammeItem item : couple.choice().programme().items()) {
            if (!item.isBreak()) {
                library.exercise(item.exerciseId()).map(Exercise::handouts).orElse(List.of()).forEach(seen::add);
            }
        }
        for (String id : seen) {
            library.handout(id).ifPresent(list::add);
        }
        return list;
    }

    private void print() {
        ReviewScreen r = navigator.screen(ReviewScreen.ID, ReviewScreen.class);
        PrintScreen p = navigator.screen(PrintScreen.ID, PrintScreen.class);
        p.working();
        navigator.show(PrintScreen.ID);
        long now = options.clock().nanoTime();
        while (!printedAt.isEmpty() && now - printedAt.peekFirst() >= Duration.ofHours(1).toNanos()) {
            printedAt.removeFirst();
        }
        if (printedAt.size() >= options.limits().packsPerHour()) {
            // A rate limit, so a passer-by cannot empty the paper tray; said plainly, nothing rendered.
            log().warning("take-home pack refused: " + printedAt.size() + " packs printed in the last hour");
            p.outcome(TakeHomeService.Outcome.failed(Text.get("print.limit")));
            return;
        }
        printedAt.addLast(now);
        TakeHomeService.Request request = new TakeHomeService.Request(engine.record(), r.chosenHandouts(),
                options.folders().temp());
        options.takeHome().renderAndPrint(request).whenComplete((outcome, err) -> Edt.run(() -> {
            TakeHomeService.Outcome o = outcome;
            if (err != null) {
                log().log(Level.WARNING, "take-home pack failed", err);
                o = TakeHomeService.Outcome.failed(Text.get("print.unknown"));
            }
            if (PrintScreen.ID.equals(navigator.current().id())) {
                p.outcome(o);
            }
        }));
    }

    /** The end of every couple's turn: wipe, then thank them. */
    private void goodbye() {
        wipe();
        navigator.show(GoodbyeScreen.ID);
        goodbyeAt = options.clock().nanoTime();
    }

    /**
     * Every way back to the welcome screen (Back from the names, "Start over" after a crash, an
     * unanswered "Still there?") goes through the one wipe: the next visitor sees nothing of this couple.
     */
    private void backToWelcome() {
        wipe();
        navigator.show(WelcomeScreen.ID);
    }

    /** Forgets everything about the current couple (see {@link PrivacyWipe}). */
    public void wipe() {
        Edt.check();
        if (engine != null) {
            engine.wipeWords();
        }
        endSession();
        if (journal() != null) {
            // The journal holds their names; it goes with the words and the temporary PDFs.
            journal().wipe();
        }
        if (frame.overlayShowing()) {
            frame.hideOverlay();
        }
        List<Path> folders = options.folders() == null ? List.of()
                : List.of(options.folders().temp(), options.folders().privateDir());
        PrivacyWipe.run(navigator, frame.frame().getRootPane(), folders);
        couple.forget();
        recoveryPending = false;
    }

    private void endSession() {
        if (scheduler != null) {
            scheduler.close();
            scheduler = null;
        }
        engine = null;
    }

    // ------------------------------------------------------------------ time

    private void beatSoon() {
        heartbeat.setInitialDelay(0);
        heartbeat.restart();
    }

    /**
     * One heartbeat: refresh the countdown, the time-out card, the idle guard and the goodbye
     * screen from the clock, then sleep until the displayed second changes (at most one second).
     * Public so tests and tools with a fake clock can beat once after moving it.
     */
    public void beat() {
        int delay = 1000;
        SessionEngine e = engine;
        if (e != null) {
            SessionSnapshot s = e.snapshot();
            if (navigator.current() != null && ExerciseScreen.ID.equals(navigator.current().id())) {
                navigator.screen(ExerciseScreen.ID, ExerciseScreen.class).tick(s);
            }
            if (frame.overlayShowing() && s.status() == app.kindred.session.SessionStatus.TIME_OUT) {
                timeOut().update(s);
            }
            if (e.counting()) {
                long ms = s.remaining().toMillis() % 1000;
                delay = (int) (ms == 0 ? 1000 : ms) + 5;
            }
        }
        idle.check(quietAllowed());
        if (goodbyeAt >= 0 && navigator.current() != null && GoodbyeScreen.ID.equals(navigator.current().id())
                && options.clock().nanoTime() - goodbyeAt >= options.goodbyeFor().toNanos()) {
            goodbyeAt = -1;
            navigator.show(WelcomeScreen.ID);
        }
        heartbeat.setInitialDelay(delay);
        heartbeat.restart();
    }

    // ------------------------------------------------------------------ access for the console issue and tests

    public KioskFrame frame() {
        return frame;
    }

    public Navigator navigator() {
        return navigator;
    }

    public Couple couple() {
        return couple;
    }

    public IdleGuard idleGuard() {
        return idle;
    }

    /** The current couple's engine, or null between couples. */
    public SessionEngine engine() {
        return engine;
    }

    public Chimes chimes() {
        return chimes;
    }

    /** The journal if something opened it, without opening it. */
    private synchronized app.kindred.persist.SessionJournal journalIfOpen() {
        return journal;
    }

    /** Asked for on the event thread (a session starts) and once off it (start-up recovery). */
    private synchronized app.kindred.persist.SessionJournal journal() {
        if (journal == null && options.journal() != null) {
            journal = options.journal().get();
        }
        return journal;
    }

    /**
     * How long the screen may go untouched before "Still there?": null while the exercise clock runs
     * (the walk-away check at step changes covers that); a pause or a time-out gets its own length
     * plus the margin, so a couple taking the break they were told to take is never wiped.
     */
    private Duration quietAllowed() {
        SessionEngine e = engine;
        if (e == null) {
            return idle.idleAfter();
        }
        SessionSnapshot s = e.snapshot();
        if (e.counting()) {
            return null;
        }
        return switch (s.status()) {
            case TIME_OUT -> options.session().timeOutLength().plus(idle.margin());
            case PAUSED -> idle.idleAfter().plus(idle.margin());
            default -> idle.idleAfter();
        };
    }

    private static int extensionsUsed(SessionSnapshot s) {
        return (int) (s.extension().toSeconds() / EXTEND_BY.toSeconds());
    }

    private boolean canDo(app.kindred.session.Command c) {
        return engine != null && engine.allowed(c, app.kindred.session.Actor.PARTICIPANT);
    }

    private CommandAction<SessionSnapshot> session(String id, Runnable run,
            java.util.function.Predicate<SessionSnapshot> when) {
        return CommandAction.<SessionSnapshot>of(id, () -> {
            if (engine != null) {
                run.run();
                if (engine != null) {
                    render(engine.snapshot());
                }
            }
        }).enabledWhen(when);
    }
}
