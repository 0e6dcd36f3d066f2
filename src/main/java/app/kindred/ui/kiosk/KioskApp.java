package app.kindred.ui.kiosk;

import app.kindred.content.ContentLibrary;
import app.kindred.content.Handout;
import app.kindred.persist.Recovery;
import app.kindred.session.Participants;
import app.kindred.session.SessionEngine;
import app.kindred.session.SessionEvent;
import app.kindred.session.SessionSnapshot;
import app.kindred.ui.Chimes;
import app.kindred.ui.CommandAction;
import app.kindred.ui.Edt;
import app.kindred.ui.KioskFrame;
import app.kindred.ui.Navigator;
import app.kindred.ui.PartnerLook;
import app.kindred.ui.Text;
import app.kindred.ui.Widgets;
import java.awt.Dimension;
import java.awt.GraphicsDevice;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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

    private final KioskOptions options;
    private final KioskFrame frame;
    private final Navigator navigator = new Navigator();
    private final SupportCard support;
    private final Couple couple = new Couple();
    private final Chimes chimes;
    private final IdleGuard idle;
    private final Timer heartbeat;
    private final SessionControls controls;
    private final RecoveryFlow recoveryFlow;
    private final PackPrinting packs;
    private final Narration narration;
    /** The couple's "Aa": text size and contrast, reset by the wipe. */
    private final SizeAndContrast look;
    private TimeOutPrompt timeOut;
    private final CompletableFuture<Recovery.Outcome> recovery = new CompletableFuture<>();
    private volatile ContentLibrary library;
    private final CoupleTurn turn;
    private long goodbyeAt = -1;
    /** The current step's planned length with its extensions, for the walk-away check when it ends. */
    private Duration stepLength = Duration.ZERO;

    private KioskApp(KioskOptions options) {
        Edt.check();
        this.options = options;
        this.chimes = options.chimes() == null ? new Chimes(true) : options.chimes();
        frame = new KioskFrame(Text.get("app.title"), navigator);
        narration = new Narration(frame.announcer(), options.access().speech());
        app.kindred.ui.SingleKeys.setEnabled(options.access().singleKeyShortcuts());
        turn = new CoupleTurn(options, this::onEvent);
        controls = new SessionControls(turn::engine, options.limits(), this::openReflection, () -> {
            if (engine() != null) {
                render(engine().snapshot());
            }
        });
        recoveryFlow = new RecoveryFlow(this, frame);
        packs = new PackPrinting(navigator, options.takeHome(), options.clock(), options.limits().packsPerHour(),
                options.folders() == null ? null : options.folders().temp());
        packs.onResult(text -> narration.say(text));
        registerScreens();
        support = new SupportCard(() -> {
            frame.hideOverlay();
            restoreOverlay();
        });
        support.setVenue(null, null);
        javax.swing.JButton supportButton = Widgets.button("kiosk.support", "quiet", new javax.swing.AbstractAction(Text.get("support.button")) {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                openSupport();
            }
        });
        supportButton.setToolTipText(Text.get("support.button.tip"));
        look = new SizeAndContrast(() -> {
            frame.hideOverlay();
            restoreOverlay();
        });
        javax.swing.JButton lookButton = Widgets.button("kiosk.look", "quiet", new javax.swing.AbstractAction(Text.get("look.button")) {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                frame.showOverlay(look.component(), look.initialFocus());
            }
        });
        lookButton.getAccessibleContext().setAccessibleName(Text.get("look.button.name"));
        lookButton.setToolTipText(Text.get("look.button.name"));
        javax.swing.JPanel corner = new javax.swing.JPanel(new net.miginfocom.swing.MigLayout(Widgets.NESTED + ", gap 16lp"));
        corner.setOpaque(false);
        corner.add(lookButton);
        corner.add(supportButton);
        frame.setCornerControl(corner);
        idle = new IdleGuard(options.clock(), options.idleAfter(), options.idleAnswer(), options.limits().walkAwayMargin(),
                frame, this::backToWelcome);
        idle.onAnswered(this::restoreOverlay);
        idle.onPrompt(() -> {
            chimes.play(Chimes.Cue.WARNING);
            narration.say(Text.format("idle.announce", idle.answerWithin().toSeconds()));
        });
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
            Recovery found = StartupRecovery.find(turn.journal(), lib, options.clock(), options.session().deckMemory(),
                    options.idleAfter().plus(options.idleAnswer()));
            Edt.run(() -> {
                recoveryFlow.adopt(found, lib);
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
        navigator.register(ExerciseScreen.ID, () -> {
            ExerciseScreen screen = new ExerciseScreen(controls.exercise());
            screen.setOptInLevels(this::optInLevel);
            return screen;
        });
        navigator.register(ReflectionScreen.ID, () -> new ReflectionScreen(
                CommandAction.of("saveReflection", this::saveReflection),
                CommandAction.of("skipReflection", this::skipReflection)));
        navigator.register(ReviewScreen.ID, () -> new ReviewScreen(
                CommandAction.of("print", () -> packs.print(engine().record(),
                        navigator.screen(ReviewScreen.ID, ReviewScreen.class).chosenHandouts())),
                CommandAction.of("skipPrint", this::goodbye),
                (id, on) -> {
                    if (engine() != null) {
                        engine().setOnSummary(id, on);
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
        frame.dispose();
        // The wipe (and any last checkpoint) is on disk before whoever closed us goes on: quitting
        // Kindred, or a test removing the data folder. At most 2 s: a hung disk must not hang the exit.
        turn.close(Duration.ofSeconds(2));
    }

    // ------------------------------------------------------------------ a session on screen

    /**
     * Makes {@code e} the current couple's session: its events drawn here, its clock woken by a
     * scheduler (in real time), on screen (the review if it has finished), the heartbeat going.
     * Used for a new session and for one back from a crash.
     */
    void takeOver(SessionEngine e) {
        if (turn.engine() != e) {
            turn.adopt(e);
        }
        rejoinRoom(e);
        SessionSnapshot s = e.snapshot();
        stepLength = s.planned().plus(s.extension());
        navigator.screen(ExerciseScreen.ID, ExerciseScreen.class).newSession();
        if (s.finished()) {
            review();
        } else {
            navigator.show(ExerciseScreen.ID);
            if (s.status() == app.kindred.session.SessionStatus.READY && roomLink == null) {
                e.start(); // following a room, the hub starts it (at the room's step)
            }
            render(e.snapshot());
        }
        turn.startClock();
        beatSoon();
    }

    SessionControls controls() {
        return controls;
    }

    /** "Start over" after a crash: the same wipe as after a goodbye or an unanswered "Still there?". */
    void startOver() {
        backToWelcome();
    }

    /**
     * After "Still there?" is answered its card goes, and whatever card it covered comes back: the
     * recovery card, or the time-out card while the time-out lasts.
     */
    /** The venue's helplines (separated by "|") and note for "Need support?"; blank: the generic words. */
    public void setSupport(String helplines, String venueNote) {
        support.setVenue(helplines, venueNote);
    }

    /** Opens "Need support?" over whatever shows; closing it brings back what was there (a time-out, say). */
    void openSupport() {
        frame.showOverlay(support.component(), support.initialFocus());
    }

    private void restoreOverlay() {
        if (engine() == null || frame.overlayShowing()) {
            return;
        }
        if (recoveryFlow.pending()) {
            recoveryFlow.show();
        } else if (engine().snapshot().status() == app.kindred.session.SessionStatus.TIME_OUT) {
            timeOut().update(engine().snapshot());
            frame.showOverlay(timeOut().panel(), timeOut().focus());
        }
    }

    // ------------------------------------------------------------------ the couple's way through

    private void namesEntered() {
        WhoScreen who = navigator.screen(WhoScreen.ID, WhoScreen.class);
        for (PartnerLook p : PartnerLook.values()) {
            couple.name(p, who.name(p));
        }
        if (following()) {
            joinRoomSession();
            return;
        }
        navigator.show(ChooseScreen.ID);
    }

    private void chosen(Choice choice) {
        couple.choose(choice);
        takeOver(turn.begin(choice, Participants.of(couple.typedName(PartnerLook.A), couple.typedName(PartnerLook.B)),
                library));
    }

    /**
     * An engine event, on the event thread. Events from the clock's thread arrive queued, so one may
     * be older than what a button press has shown since: the event decides only the cue (a chime,
     * a card); what is drawn is always the engine's snapshot now, never the event's own.
     */
    private void onEvent(SessionEvent ev) {
        SessionSnapshot s = ev.snapshot();
        SessionEngine current = engine();
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
                narration.ended();
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
        recoveryFlow.seen(s);
        if (!s.finished()) {
            ExerciseScreen screen = navigator.screen(ExerciseScreen.ID, ExerciseScreen.class);
            screen.render(s);
            narration.look(s, screen.turnText());
            if (frame.overlayShowing() && s.status() == app.kindred.session.SessionStatus.TIME_OUT) {
                timeOut().update(s);
            }
        }
    }

    /** Built on the first time-out, not at start-up. */
    private TimeOutPrompt timeOut() {
        if (timeOut == null) {
            timeOut = new TimeOutPrompt(controls.action("endTimeOut", e -> e.endTimeOut(true), s -> true),
                    controls.action("endSession", e -> e.endTimeOut(false), s -> true), this::openSupport);
        }
        return timeOut;
    }

    private void openReflection() {
        SessionSnapshot s = engine().snapshot();
        ReflectionScreen r = navigator.screen(ReflectionScreen.ID, ReflectionScreen.class);
        r.ask(s.reflectionQuestion(), s.participants());
        navigator.show(ReflectionScreen.ID);
    }

    private void saveReflection() {
        ReflectionScreen r = navigator.screen(ReflectionScreen.ID, ReflectionScreen.class);
        String text = r.typed();
        if (!text.isEmpty() && engine() != null) {
            PartnerLook w = r.writer();
            engine().addReflection(w == null ? null : w.partner(), r.question(), text, true);
        }
        r.clear();
        afterReflection();
    }

    private void skipReflection() {
        navigator.screen(ReflectionScreen.ID, ReflectionScreen.class).clear();
        afterReflection();
    }

    private void afterReflection() {
        if (engine() == null) {
            navigator.show(WelcomeScreen.ID);
        } else if (engine().snapshot().finished()) {
            review();
        } else {
            navigator.show(ExerciseScreen.ID);
            render(engine().snapshot());
        }
    }

    private void review() {
        ReviewScreen r = navigator.screen(ReviewScreen.ID, ReviewScreen.class);
        SessionSnapshot s = engine().snapshot();
        r.show(couple.choice() == null ? s.programmeTitle() : couple.choice().title(), offeredHandouts(),
                engine().words(), s.participants());
        navigator.show(ReviewScreen.ID);
    }

    /** The deck level a prompt comes from, if the couple must choose it first; else null. */
    private app.kindred.content.DeckLevel optInLevel(app.kindred.content.Prompt p) {
        ContentLibrary lib = library;
        return lib == null ? null : lib.deck(p.deckId()).filter(d -> d.isOptIn(p.level()))
                .map(d -> d.levels().get(p.level() - 1)).orElse(null);
    }

    /** The worksheets of every exercise they did and of the programme itself (a library may not be there yet). */
    private List<Handout> offeredHandouts() {
        return couple.choice() == null || library == null ? List.of() : library.takeHomeHandouts(couple.choice().programme());
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
        closeRoomLink();
        // The engine's words, and the journal that holds their names, go with the temporary PDFs.
        turn.wipe();
        if (frame.overlayShowing()) {
            frame.hideOverlay();
        }
        List<Path> folders = options.folders() == null ? List.of()
                : List.of(options.folders().temp(), options.folders().privateDir());
        PrivacyWipe.run(navigator, frame.frame().getRootPane(), folders);
        couple.forget();
        recoveryFlow.forget();
        narration.forget();
        look.reset();
    }

    // ------------------------------------------------------------------ following a workshop (issue 17)

    private RoomFollow room;
    private app.kindred.net.KioskLink roomLink;
    private boolean roomAsking;

    /** Follows a workshop from now on: after their names, each couple joins the room's current step. */
    public void followRoom(RoomFollow r) {
        Edt.check();
        room = r;
    }

    /** Whether couples join the room's programme (paired with a hub) instead of choosing an exercise. */
    public boolean following() {
        return room != null && room.joined();
    }

    /** The current couple's link to the room, or null. */
    public app.kindred.net.KioskLink roomLink() {
        return roomLink;
    }

    /**
     * "Leave the workshop": the current couple (if any) is wiped as at a goodbye, the pairing is
     * forgotten, and the kiosk runs on its own again from the welcome screen.
     */
    public void leaveRoom() {
        Edt.check();
        backToWelcome();
        if (room != null) {
            room.leave();
        }
    }

    /** Asks the room what it runs (off the event thread), then starts the couple's session on its step. */
    private void joinRoomSession() {
        RoomFollow r = room;
        Participants names = Participants.of(couple.typedName(PartnerLook.A), couple.typedName(PartnerLook.B));
        if (roomAsking) {
            return; // a second press while the room is asked
        }
        roomAsking = true;
        CompletableFuture.supplyAsync(() -> {
            try {
                return r.programme();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }).whenComplete((id, err) -> Edt.run(() -> {
            roomAsking = false;
            roomProgrammeKnown(r, id, names);
        }));
    }

    private void roomProgrammeKnown(RoomFollow r, String id, Participants names) {
        if (room != r || !r.joined() || navigator.current() == null || !WhoScreen.ID.equals(navigator.current().id())) {
            return; // they went back, or the kiosk left the workshop meanwhile
        }
        app.kindred.content.Programme p = library == null || id == null ? null : library.programme(id).orElse(null);
        if (p == null) {
            log().warning("following a room: its programme " + id + " is not known here; the couple chooses on their own");
            navigator.show(ChooseScreen.ID);
            return;
        }
        Choice choice = new Choice("programme." + p.id(), p.title(), p.summary(),
                app.kindred.content.Durations.roundMinutes(p.length()), true, p);
        couple.choose(choice);
        SessionEngine e = turn.begin(choice, names, library, app.kindred.session.Mode.ROOM);
        roomLink = r.link(e, id);
        takeOver(e);
    }

    /**
     * A room session back from the journal after a crash (its engine in room mode) rejoins the room
     * it followed: the link brings it to the room's current step, as it does a late joiner.
     */
    private void rejoinRoom(SessionEngine e) {
        if (following() && roomLink == null && e.policy().needsFacilitator(app.kindred.session.Command.SKIP)) {
            log().info("a room session back from the journal rejoins the workshop");
            roomLink = room.link(e, e.record().programmeId());
        }
    }

    /** The couple's link to the room closes with their session (off the event thread: it may wait 2 s). */
    private void closeRoomLink() {
        app.kindred.net.KioskLink l = roomLink;
        roomLink = null;
        if (l != null) {
            CompletableFuture.runAsync(l::close);
        }
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
        SessionEngine e = engine();
        if (e != null) {
            SessionSnapshot s = e.snapshot();
            if (navigator.current() != null && ExerciseScreen.ID.equals(navigator.current().id())) {
                ExerciseScreen screen = navigator.screen(ExerciseScreen.ID, ExerciseScreen.class);
                screen.tick(s);
                narration.look(s, screen.turnText());
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

    /** Whether the current journal can write (on unless a disk is full or read-only). */
    public app.kindred.persist.CrashProtection crashProtection() {
        app.kindred.persist.SessionJournal j = turn.journalIfOpen();
        return j == null ? app.kindred.persist.CrashProtection.ON : j.crashProtection();
    }

    /** The current couple's engine, or null between couples. */
    public SessionEngine engine() {
        return turn.engine();
    }

    public Chimes chimes() {
        return chimes;
    }

    /**
     * The facilitator saved settings that change the running kiosk at once: the chimes on or off and
     * their volume, the speech mode's voice (null: off), single-key shortcuts, the idle times.
     */
    public void applySettings(boolean chimesOn, int volume, app.kindred.ui.SpeechService speech, boolean singleKeys,
            Duration idleAfter, Duration idleAnswer) {
        Edt.check();
        chimes.setMuted(!chimesOn);
        chimes.setVolume(volume);
        narration.setSpeech(speech);
        app.kindred.ui.SingleKeys.setEnabled(singleKeys);
        idle.setTimes(idleAfter, idleAnswer);
    }

    /** The speech mode's voice now, or null when it is off. */
    public app.kindred.ui.SpeechService speech() {
        return narration.speech();
    }

    /** Says a milestone (the print result, from {@link PackPrinting}). */
    void announce(String text) {
        narration.say(text);
    }

    /**
     * How long the screen may go untouched before "Still there?": null while the exercise clock runs
     * (the walk-away check at step changes covers that); a pause or a time-out gets its own length
     * plus the margin, so a couple taking the break they were told to take is never wiped.
     */
    private Duration quietAllowed() {
        SessionEngine e = engine();
        if (e == null) {
            return idle.idleAfter();
        }
        SessionSnapshot s = e.snapshot();
        if (e.counting()) {
            return null;
        }
        if (recoveryFlow.pending()) {
            return idle.idleAfter(); // paused by the crash, not by them: nobody may be there at all
        }
        if (roomLink != null && s.status() == app.kindred.session.SessionStatus.PAUSED) {
            return null; // the facilitator holds the room (a talk, a question): the next step's walk-away check covers it
        }
        return switch (s.status()) {
            case TIME_OUT -> options.session().timeOutLength().plus(idle.margin());
            case PAUSED -> idle.idleAfter().plus(idle.margin());
            default -> idle.idleAfter();
        };
    }
}
