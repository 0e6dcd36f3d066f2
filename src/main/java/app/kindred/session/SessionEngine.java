package app.kindred.session;

import app.kindred.content.ContentLibrary;
import app.kindred.content.Exercise;
import app.kindred.content.Programme;
import app.kindred.content.ProgrammeItem;
import app.kindred.session.SessionEvent.Type;
import app.kindred.session.SessionRecord.PhaseOutcome;
import app.kindred.session.SessionRecord.WrittenWords;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongPredicate;

/**
 * Runs one session: a programme (or one exercise, via {@link ContentLibrary#single}) for a couple or
 * a room. Keeps time as deadlines on an injected {@link MonotonicClock}; nothing counts ticks.
 *
 * <p>Use: build it, add listeners, {@link #start()}, and let a {@link SessionScheduler} call
 * {@link #poll()} at each deadline (tests call {@code poll()} after advancing a {@link FakeClock}).
 * Screens render {@link #snapshot()} and send commands; every command first brings the session up
 * to date, returns whether it was applied, and fires its events before returning. Which commands are
 * possible now: {@link #canDo(Command)}; who may use them: {@link #allowed(Command, Actor)}.
 *
 * <p>Thread-safe: commands may come from the EDT while the scheduler thread polls. Listeners run
 * outside the engine's lock, in order, on one of the calling threads.
 */
public final class SessionEngine {
    private final MonotonicClock clock;
    private final long wallOriginNanos;
    private final Instant wallOrigin;
    private final ContentLibrary library;
    private final Programme programme;
    private final Participants participants;
    private final SessionSettings settings;
    private final ControlPolicy policy;
    private final String sessionId;
    private final PromptDrawer drawer;
    private final SessionRecorder recorder = new SessionRecorder();
    private final PhaseClock phase = new PhaseClock();
    private final long warningNanos;

    private final List<PlannedItem> agenda = new ArrayList<>();
    private final List<PlannedItem> dropped = new ArrayList<>();
    private final Map<String, PromptDrawer.Draw> prompts = new HashMap<>();

    private boolean started;
    private boolean finished;
    private boolean endedEarly;
    private boolean offerReschedule;
    private boolean inStep;
    private int itemPos;
    private int stepPos;
    private boolean paused;
    private boolean inTimeOut;
    private boolean timeOutElapsed;
    private boolean pausedBeforeTimeOut;
    private boolean warned;
    private long timeOutStart;
    private long timeOutDeadline;
    private Instant startedAt;
    private Instant endedAt;
    private long sequence;
    private PlannedItem lastEnteredItem;

    private final List<Mark> marks = new ArrayList<>();
    private boolean dirty;
    private boolean wordsDirty;
    private final EventDispatch dispatch;
    private volatile Runnable wakeUp = () -> { };

    /** An event noted during a change; turned into a {@link SessionEvent} once the change is complete. */
    private record Mark(Type type, long at, int item, int step, String title) {
    }

    public SessionEngine(Programme programme, ContentLibrary library, Participants participants,
            SessionSettings settings, MonotonicClock clock) {
        this(programme, library, participants, settings, clock, Clock.systemUTC(), UUID.randomUUID().toString());
    }

    /**
     * @param wall only used to stamp the record with times of day; time-keeping uses {@code clock}
     * @throws IllegalArgumentException if the programme names an exercise the library lacks
     */
    public SessionEngine(Programme programme, ContentLibrary library, Participants participants,
            SessionSettings settings, MonotonicClock clock, Clock wall, String sessionId) {
        this.programme = programme;
        this.library = library;
        this.participants = participants == null ? Participants.defaults() : participants;
        this.settings = settings == null ? SessionSettings.defaults() : settings;
        this.clock = clock;
        this.wallOriginNanos = clock.nanoTime();
        // Whole seconds: the record is read by people; the monotonic clock keeps the exact time.
        this.wallOrigin = wall.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        this.sessionId = sessionId;
        this.dispatch = new EventDispatch(sessionId);
        this.policy = ControlPolicy.forMode(this.settings.mode());
        this.warningNanos = this.settings.warning().toNanos();
        this.drawer = new PromptDrawer(library, this.settings.deckMemory(), this.settings.seed());
        List<ProgrammeItem> items = programme.items();
        for (int i = 0; i < items.size(); i++) {
            agenda.add(PlannedItem.of(i, items.get(i), library));
        }
    }

    /** One exercise as a one-item programme. */
    public static SessionEngine forExercise(Exercise exercise, ContentLibrary library, Participants participants,
            SessionSettings settings, MonotonicClock clock) {
        return new SessionEngine(ContentLibrary.single(exercise), library, participants, settings, clock);
    }

    /**
     * Brings a session back from a journal after a crash: same agenda, same step, same remaining time,
     * same prompts; paused, for the facilitator (or the couple) to resume. A time-out that was running
     * is closed (recorded as not resumed) and the session waits paused.
     *
     * @param words  the couple's words from the private file, or an empty list
     * @param memory the kiosk's deck memory, or null
     * @throws IllegalStateException if the checkpoint does not fit the library (content changed)
     */
    public static SessionEngine restore(SessionCheckpoint cp, List<WrittenWords> words, ContentLibrary library,
            MonotonicClock clock, DeckMemory memory) {
        if (cp.version() != SessionCheckpoint.VERSION) {
            throw new IllegalStateException("journal version " + cp.version() + " is not supported");
        }
        SessionSettings settings = new SessionSettings(cp.mode(), Duration.ofNanos(cp.warningNanos()),
                Duration.ofNanos(cp.timeOutNanos()), memory, cp.seed() ^ cp.sequence());
        SessionEngine e;
        try {
            e = new SessionEngine(Checkpoints.programme(cp), library, cp.participants(), settings, clock,
                    Clock.systemUTC(), cp.sessionId());
        } catch (IllegalArgumentException ex) {
            throw new IllegalStateException(ex.getMessage(), ex);
        }
        synchronized (e) {
            e.restoreFrom(cp, words == null ? List.of() : words, clock.nanoTime());
        }
        return e;
    }

    private void restoreFrom(SessionCheckpoint cp, List<WrittenWords> words, long now) {
        Map<Integer, PlannedItem> byKey = new HashMap<>();
        agenda.forEach(it -> byKey.put(it.agendaKey(), it));
        agenda.clear();
        cp.agenda().forEach(it -> agenda.add(byKey.get(it.key())));
        cp.dropped().forEach(it -> dropped.add(byKey.get(it.key())));
        started = cp.started();
        finished = cp.finished();
        endedEarly = cp.endedEarly();
        offerReschedule = cp.offerReschedule();
        itemPos = cp.itemPos();
        stepPos = cp.stepPos();
        if (!agenda.isEmpty() && (itemPos < 0 || itemPos >= agenda.size() || stepPos < 0
                || stepPos >= currentItem().steps().size())) {
            throw new IllegalStateException("the journal points at step " + (stepPos + 1) + " of item "
                    + (itemPos + 1) + ", which the current content does not have");
        }
        startedAt = cp.startedAt();
        endedAt = cp.record() == null ? null : cp.record().ended();
        for (SessionCheckpoint.DrawnPrompt d : cp.prompts()) {
            prompts.put(d.itemKey() + "/" + d.step(), new PromptDrawer.Draw(d.prompt(), d.ranOut()));
        }
        drawer.restore(cp.drawnKeys(), cp.climbs());
        SessionRecord rec = cp.record();
        SessionRecord.PhaseRun running = null;
        int runningKey = -1;
        if (rec != null) {
            for (SessionRecord.ItemRun it : rec.items()) {
                for (SessionRecord.PhaseRun r : it.phases()) {
                    if (r.outcome() == PhaseOutcome.RUNNING) {
                        running = r;
                        runningKey = it.position() - 1;
                    }
                }
            }
            recorder.restore(new SessionRecord(rec.format(), rec.sessionId(), rec.programmeId(), rec.programmeTitle(),
                    rec.mode(), rec.partnerA(), rec.partnerB(), rec.started(), rec.ended(), rec.endedEarly(),
                    rec.planned(), rec.actual(), rec.items(), rec.timeOuts(), words), running, runningKey);
        }
        if (started && !finished && !agenda.isEmpty()) {
            if (running == null) {
                throw new IllegalStateException("the journal has no running step");
            }
            phase.restoreFrozen(cp.budgetNanos(), cp.usedNanos());
            inStep = true;
            lastEnteredItem = currentItem();
            paused = true;
            warned = cp.warned();
            if (cp.inTimeOut()) {
                inTimeOut = true;
                timeOutStart = now - cp.timeOutUsedNanos();
                closeTimeOut(now, false);
                marks.clear();
            }
        } else if (finished && !agenda.isEmpty()) {
            lastEnteredItem = currentItem();
        }
        sequence = cp.sequence();
        dirty = true;
        wordsDirty = true;
    }

    // ------------------------------------------------------------------ listeners and wiring

    public void addListener(SessionListener l) {
        dispatch.addListener(l);
    }

    public void removeListener(SessionListener l) {
        dispatch.removeListener(l);
    }

    /** Sends every change to a journal; the current state is journaled at once. */
    public void setJournal(SessionJournalSink sink) {
        synchronized (this) {
            dispatch.setJournal(sink);
            dirty = true;
            wordsDirty = true;
            commit(clock.nanoTime());
        }
        deliver();
    }

    /** Called (from any thread) whenever the next deadline may have moved; the scheduler wakes up. */
    void setWakeUp(Runnable r) {
        wakeUp = r == null ? () -> { } : r;
    }

    public String sessionId() {
        return sessionId;
    }

    public ControlPolicy policy() {
        return policy;
    }

    public SessionSettings settings() {
        return settings;
    }

    public MonotonicClock clock() {
        return clock;
    }

    // ------------------------------------------------------------------ time

    /** Fires every event that is due and returns the current snapshot. Safe to call at any time. */
    public SessionSnapshot poll() {
        SessionSnapshot s;
        synchronized (this) {
            long now = clock.nanoTime();
            advance(now);
            commit(now);
            s = snapshotAt(now);
        }
        deliver();
        return s;
    }

    /** The same as {@link #poll()}: brings the session up to date. */
    public SessionSnapshot update() {
        return poll();
    }

    /** The session now, without firing events (they fire on the next poll or command). */
    public synchronized SessionSnapshot snapshot() {
        return snapshotAt(clock.nanoTime());
    }

    /**
     * The next monotonic time at which something will happen (warning, end of step, end of the
     * calm-down), or {@link Long#MAX_VALUE} when nothing will happen until a command.
     */
    public synchronized long nextDeadlineNanos() {
        if (!started || finished) {
            return Long.MAX_VALUE;
        }
        if (inTimeOut) {
            return timeOutElapsed ? Long.MAX_VALUE : timeOutDeadline;
        }
        if (paused || !phase.running()) {
            return Long.MAX_VALUE;
        }
        long deadline = phase.deadline();
        if (!warned) {
            return Math.min(deadline, deadline - warningNanos);
        }
        return deadline;
    }

    /** True while a step's clock is counting down (not paused, not in a time-out, not finished). */
    public synchronized boolean counting() {
        return started && !finished && !inTimeOut && !paused && phase.running();
    }

    /** Sends a fresh checkpoint to the journal (the scheduler does it every second while running). */
    public void checkpoint() {
        synchronized (this) {
            dirty = true;
            commit(clock.nanoTime());
        }
        deliver();
    }

    // ------------------------------------------------------------------ commands

    /** Whether the command is possible in the current state (as of the last poll or command). */
    public synchronized boolean canDo(Command c) {
        boolean live = started && !finished;
        return switch (c) {
            case START -> !started;
            case PAUSE -> live && !paused && !inTimeOut;
            case RESUME -> live && paused && !inTimeOut;
            case EXTEND -> live;
            case SHORTEN -> live && phase.remaining(clock.nanoTime()) > 0;
            case SKIP, BACK, RESTART_PHASE -> live && !inTimeOut;
            case END_EARLY -> live;
            case TIME_OUT -> live && !inTimeOut && !currentItem().isBreak();
            case END_TIME_OUT -> live && inTimeOut;
            case JUMP_TO -> !finished && !inTimeOut && !agenda.isEmpty();
            case REORDER -> !finished && agenda.size() - firstMovable() >= 2;
            case DROP -> !finished && agenda.size() - firstMovable() >= 1;
            case REDRAW_PROMPT -> live && !inTimeOut && step().phase() != null && step().phase().deck() != null;
        };
    }

    /** Whether this actor may use the command now: the policy permits it and the state allows it. */
    public boolean allowed(Command c, Actor actor) {
        return policy.permits(c, actor) && canDo(c);
    }

    public boolean start() {
        return apply(Command.START, now -> {
            started = true;
            startedAt = wallAt(now);
            if (agenda.isEmpty()) {
                finish(now, false);
            } else {
                enter(Math.min(itemPos, agenda.size() - 1), 0, now);
            }
            return true;
        });
    }

    public boolean pause() {
        return apply(Command.PAUSE, now -> {
            phase.freeze(now);
            paused = true;
            mark(Type.PAUSED, now);
            return true;
        });
    }

    public boolean resume() {
        return apply(Command.RESUME, now -> {
            paused = false;
            phase.unfreeze(now);
            mark(Type.RESUMED, now);
            return true;
        });
    }

    /** Adds exactly {@code d} to the current step (also while paused or in a time-out). */
    public boolean extend(Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            return false;
        }
        return apply(Command.EXTEND, now -> {
            phase.extend(d.toNanos());
            recorder.extended(d.toNanos());
            if (phase.remaining(now) > warningNanos) {
                warned = false;
            }
            mark(Type.CHANGED, now);
            return true;
        });
    }

    /** Takes up to {@code d} off what is left of the current step; at zero, the step ends now. */
    public boolean shorten(Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            return false;
        }
        return apply(Command.SHORTEN, now -> {
            long taken = phase.shorten(d.toNanos(), now);
            recorder.shortened(taken);
            mark(Type.CHANGED, now);
            advance(now);
            return true;
        });
    }

    /** Ends the current step now and starts the next (or ends the programme after the last). */
    public boolean skip() {
        return apply(Command.SKIP, now -> {
            leave(PhaseOutcome.SKIPPED, now);
            goNext(now);
            return true;
        });
    }

    /** Goes back one step, with its full time; from the very first step it restarts that step. */
    public boolean back() {
        return apply(Command.BACK, now -> {
            int item = itemPos;
            int step = stepPos - 1;
            if (step < 0 && item > 0) {
                item--;
                step = agenda.get(item).steps().size() - 1;
            }
            leave(step < 0 ? PhaseOutcome.RESTARTED : PhaseOutcome.WENT_BACK, now);
            enter(item, Math.max(step, 0), now);
            return true;
        });
    }

    /** Runs the current step again from its full planned time, with the same prompt. */
    public boolean restartPhase() {
        return apply(Command.RESTART_PHASE, now -> {
            leave(PhaseOutcome.RESTARTED, now);
            enter(itemPos, stepPos, now);
            return true;
        });
    }

    /** Ends the session now. */
    public boolean endEarly() {
        return apply(Command.END_EARLY, now -> {
            if (inTimeOut) {
                closeTimeOut(now, false);
            }
            leave(PhaseOutcome.ENDED_EARLY, now);
            finish(now, true);
            return true;
        });
    }

    /** Stops the phase clock and starts the calm-down period ({@link SessionSettings#timeOutLength()}). */
    public boolean timeOut() {
        return apply(Command.TIME_OUT, now -> {
            pausedBeforeTimeOut = paused;
            phase.freeze(now);
            inTimeOut = true;
            timeOutElapsed = false;
            timeOutStart = now;
            timeOutDeadline = now + settings.timeOutLength().toNanos();
            recorder.timeOutStarted(currentItem().agendaKey(), step().phase().title(), wallAt(now));
            mark(Type.TIME_OUT_STARTED, now);
            return true;
        });
    }

    /**
     * Ends a time-out (also before the calm-down ran out): {@code resume} continues the phase where it
     * stopped (still paused if it was paused before); otherwise the session ends and the snapshot says
     * to offer rescheduling.
     */
    public boolean endTimeOut(boolean resume) {
        return apply(Command.END_TIME_OUT, now -> {
            closeTimeOut(now, resume);
            if (resume) {
                paused = pausedBeforeTimeOut;
                if (!paused) {
                    phase.unfreeze(now);
                }
            } else {
                offerReschedule = true;
                leave(PhaseOutcome.ENDED_EARLY, now);
                finish(now, true);
            }
            return true;
        });
    }

    /** Jumps to the start of the agenda item at {@code position} (before START: starts there). */
    public boolean jumpTo(int position) {
        return apply(Command.JUMP_TO, now -> {
            if (position < 0 || position >= agenda.size()) {
                return false;
            }
            if (!started) {
                itemPos = position;
                stepPos = 0;
                mark(Type.CHANGED, now);
                return true;
            }
            leave(PhaseOutcome.JUMPED, now);
            enter(position, 0, now);
            return true;
        });
    }

    /** Moves an agenda item that has not begun yet to another position after the current item. */
    public boolean moveItem(int from, int to) {
        return apply(Command.REORDER, now -> {
            int min = firstMovable();
            if (from < min || to < min || from >= agenda.size() || to >= agenda.size() || from == to) {
                return false;
            }
            agenda.add(to, agenda.remove(from));
            mark(Type.CHANGED, now);
            return true;
        });
    }

    /** Takes an item that has not begun off the agenda (it is listed as dropped in the record). */
    public boolean dropItem(int position) {
        return apply(Command.DROP, now -> {
            if (position < firstMovable() || position >= agenda.size()) {
                return false;
            }
            dropped.add(agenda.remove(position));
            if (!started) {
                itemPos = Math.max(0, Math.min(itemPos - (position < itemPos ? 1 : 0), agenda.size() - 1));
            }
            mark(Type.CHANGED, now);
            return true;
        });
    }

    /** Draws another prompt for the current step (never one drawn before in this session). */
    public boolean redrawPrompt() {
        return apply(Command.REDRAW_PROMPT, now -> {
            PromptDrawer.Draw d = drawer.draw(step().phase().deck(), step().phase().level());
            if (d.prompt() == null) {
                PromptDrawer.Draw old = prompts.get(promptKey());
                d = new PromptDrawer.Draw(old == null ? null : old.prompt(), true);
            }
            prompts.put(promptKey(), d);
            recorder.prompt(d.prompt(), d.ranOut());
            mark(Type.CHANGED, now);
            return true;
        });
    }

    // ------------------------------------------------------------------ the couple's words

    /**
     * Adds a written reflection; {@code author} null means written together. {@code question} may be
     * null to use the current phase's reflection question.
     */
    public WrittenWords addReflection(Partner author, String question, String text, boolean onSummary) {
        return addWords(WrittenWords.Kind.REFLECTION, author, question, text, onSummary);
    }

    public WrittenWords addCommitment(Partner author, String text, boolean onSummary) {
        return addWords(WrittenWords.Kind.COMMITMENT, author, null, text, onSummary);
    }

    public boolean editWords(String id, String text) {
        return changeWords(() -> recorder.replaceWords(id, w -> w.withText(text)));
    }

    public boolean setOnSummary(String id, boolean onSummary) {
        return changeWords(() -> recorder.replaceWords(id, w -> w.withOnSummary(onSummary)));
    }

    public boolean removeWords(String id) {
        return changeWords(() -> recorder.removeWords(id));
    }

    public synchronized List<WrittenWords> words() {
        return recorder.words();
    }

    /** Forgets every written word (the journal sink deletes the private file). */
    public void wipeWords() {
        changeWords(() -> {
            recorder.clearWords();
            return true;
        });
    }

    private WrittenWords addWords(WrittenWords.Kind kind, Partner author, String question, String text,
            boolean onSummary) {
        WrittenWords w;
        synchronized (this) {
            long now = clock.nanoTime();
            advance(now);
            String exerciseId = null;
            String q = question;
            if (!agenda.isEmpty() && !currentItem().isBreak()) {
                exerciseId = currentItem().exercise().id();
                if (q == null && kind == WrittenWords.Kind.REFLECTION && step().phase() != null) {
                    q = RoleText.fill(step().phase().reflection(), participants, step().round());
                }
            }
            w = recorder.addWords(kind, author, exerciseId, q, text == null ? "" : text.strip(), onSummary);
            wordsDirty = true;
            mark(Type.WORDS_CHANGED, now);
            commit(now);
        }
        deliver();
        return w;
    }

    private boolean changeWords(java.util.function.BooleanSupplier change) {
        boolean ok;
        synchronized (this) {
            long now = clock.nanoTime();
            advance(now);
            ok = change.getAsBoolean();
            if (ok) {
                wordsDirty = true;
                mark(Type.WORDS_CHANGED, now);
            }
            commit(now);
        }
        deliver();
        return ok;
    }

    // ------------------------------------------------------------------ record

    /** The session record so far (complete once the programme ended), including the couple's words. */
    public synchronized SessionRecord record() {
        return SessionRecords.build(this, clock.nanoTime(), true);
    }

    // ------------------------------------------------------------------ state machine

    private boolean apply(Command c, LongPredicate action) {
        boolean ok;
        synchronized (this) {
            long now = clock.nanoTime();
            advance(now);
            ok = canDo(c) && action.test(now);
            if (ok) {
                dirty = true;
                // Whatever the command made due (a resumed step with no time left) happens now.
                advance(now);
            }
            commit(now);
        }
        deliver();
        if (ok) {
            wakeUp.run();
        }
        return ok;
    }

    /** Applies everything that became due up to {@code now}: warnings, step ends, calm-down end. */
    private void advance(long now) {
        while (started && !finished) {
            if (inTimeOut) {
                if (!timeOutElapsed && now >= timeOutDeadline) {
                    timeOutElapsed = true;
                    mark(Type.TIME_OUT_ELAPSED, timeOutDeadline);
                    dirty = true;
                }
                return;
            }
            if (paused || !phase.running()) {
                return;
            }
            long deadline = phase.deadline();
            if (!warned && now >= deadline - warningNanos) {
                warned = true;
                mark(Type.WARNING, deadline - warningNanos);
                dirty = true;
            }
            if (now < deadline) {
                return;
            }
            leave(PhaseOutcome.COMPLETED, deadline);
            // The next step starts at the exact deadline, not at "now": late polls never add drift.
            goNext(deadline);
            dirty = true;
        }
    }

    private void leave(PhaseOutcome outcome, long at) {
        if (!inStep) {
            return;
        }
        long actual = outcome == PhaseOutcome.COMPLETED ? phase.budget() : phase.used(at);
        recorder.end(outcome, actual);
        mark(Type.PHASE_ENDED, at);
        inStep = false;
    }

    private void goNext(long at) {
        if (stepPos + 1 < currentItem().steps().size()) {
            enter(itemPos, stepPos + 1, at);
        } else if (itemPos + 1 < agenda.size()) {
            enter(itemPos + 1, 0, at);
        } else {
            finish(at, false);
        }
    }

    private void enter(int item, int step, long at) {
        PlannedItem next = agenda.get(item);
        if (lastEnteredItem != next) {
            if (lastEnteredItem != null) {
                markItem(lastEnteredItem, false, at);
            }
        }
        boolean newItem = lastEnteredItem != next;
        itemPos = item;
        stepPos = step;
        lastEnteredItem = next;
        if (newItem) {
            markItem(next, true, at);
        }
        PlannedStep s = step();
        PromptDrawer.Draw draw = prompts.get(promptKey());
        if (draw == null && s.phase() != null && s.phase().deck() != null) {
            draw = drawer.draw(s.phase().deck(), s.phase().level());
            prompts.put(promptKey(), draw);
        }
        phase.start(at, s.plannedNanos(), !paused);
        warned = warningNanos == 0 || s.plannedNanos() <= warningNanos;
        recorder.begin(next, s, draw == null ? null : draw.prompt(), draw != null && draw.ranOut(), wallAt(at));
        inStep = true;
        if (s.switchesRoles()) {
            mark(Type.SWITCH_ROLES, at);
        }
        mark(Type.PHASE_STARTED, at);
    }

    private void markItem(PlannedItem item, boolean starts, long at) {
        Type t = item.isBreak() ? (starts ? Type.BREAK_STARTED : Type.BREAK_ENDED)
                : (starts ? Type.EXERCISE_STARTED : Type.EXERCISE_ENDED);
        marks.add(new Mark(t, at, agenda.indexOf(item), starts ? 0 : -1, item.title()));
    }

    private void finish(long at, boolean early) {
        if (lastEnteredItem != null) {
            markItem(lastEnteredItem, false, at);
        }
        finished = true;
        endedEarly = early;
        paused = false;
        endedAt = wallAt(at);
        mark(Type.PROGRAMME_ENDED, at);
    }

    private void closeTimeOut(long now, boolean resumed) {
        inTimeOut = false;
        timeOutElapsed = false;
        recorder.timeOutEnded(now - timeOutStart, resumed);
        mark(Type.TIME_OUT_ENDED, now);
    }

    private void mark(Type type, long at) {
        String title = agenda.isEmpty() ? programme.title() : stepTitle(currentItem(), step());
        marks.add(new Mark(type, at, itemPos, stepPos, title));
        if (type != Type.WORDS_CHANGED) {
            dirty = true;
        }
    }

    static String stepTitle(PlannedItem item, PlannedStep step) {
        return step.isBreak() ? item.item().breakText() : step.phase().title();
    }

    /** Ends a change: turns marks into events with one snapshot, and prepares the journal's copy. */
    private void commit(long now) {
        if (marks.isEmpty() && !dirty && !wordsDirty) {
            return;
        }
        sequence++;
        SessionSnapshot snap = snapshotAt(now);
        for (Mark m : marks) {
            dispatch.post(new SessionEvent(m.type(), m.at(), m.item(), m.step(), m.title(), snap));
        }
        marks.clear();
        if (dispatch.journaling()) {
            dispatch.offer(dirty ? Checkpoints.take(this, now) : null, wordsDirty ? recorder.words() : null);
        }
        dirty = false;
        wordsDirty = false;
    }

    /** Delivers queued events and journal writes; always called outside the engine's lock. */
    private void deliver() {
        dispatch.deliver();
    }

    // ------------------------------------------------------------------ views

    private SessionSnapshot snapshotAt(long now) {
        return Snapshots.build(this, now);
    }

    private int firstMovable() {
        return started ? itemPos + 1 : 0;
    }

    PlannedItem currentItem() {
        return agenda.get(itemPos);
    }

    PlannedStep step() {
        return currentItem().steps().get(stepPos);
    }

    private String promptKey() {
        return currentItem().agendaKey() + "/" + stepPos;
    }

    Instant wallAt(long nanos) {
        return wallOrigin.plusNanos(nanos - wallOriginNanos).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    // Package-private read access for Snapshots, SessionRecords and Checkpoints (all under the lock).
    Programme programme() {
        return programme;
    }

    Participants participants() {
        return participants;
    }

    List<PlannedItem> agenda() {
        return agenda;
    }

    List<PlannedItem> droppedItems() {
        return dropped;
    }

    Map<String, PromptDrawer.Draw> prompts() {
        return prompts;
    }

    PromptDrawer drawer() {
        return drawer;
    }

    SessionRecorder recorder() {
        return recorder;
    }

    PhaseClock phaseClock() {
        return phase;
    }

    long warningNanos() {
        return warningNanos;
    }

    boolean isStarted() {
        return started;
    }

    boolean isFinished() {
        return finished;
    }

    boolean isEndedEarly() {
        return endedEarly;
    }

    boolean isOfferReschedule() {
        return offerReschedule;
    }

    boolean isInStep() {
        return inStep;
    }

    boolean isPaused() {
        return paused;
    }

    boolean isInTimeOut() {
        return inTimeOut;
    }

    boolean isTimeOutElapsed() {
        return timeOutElapsed;
    }

    boolean isWarned() {
        return warned;
    }

    long timeOutDeadline() {
        return timeOutDeadline;
    }

    long timeOutUsed(long now) {
        return inTimeOut ? now - timeOutStart : 0;
    }

    int itemPos() {
        return itemPos;
    }

    int stepPos() {
        return stepPos;
    }

    long sequence() {
        return sequence;
    }

    Instant startedAt() {
        return startedAt;
    }

    Instant endedAt() {
        return endedAt;
    }
}
