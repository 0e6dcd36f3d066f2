package app.kindred.session;

import app.kindred.content.ContentLibrary;
import app.kindred.content.Exercise;
import app.kindred.content.Programme;
import app.kindred.session.SessionEvent.Type;
import app.kindred.session.SessionRecord.PhaseOutcome;
import app.kindred.session.SessionRecord.WrittenWords;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
    private final ControlPolicy policy;
    private final SessionState st;

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
        SessionSettings chosen = settings == null ? SessionSettings.defaults() : settings;
        this.clock = clock;
        this.policy = ControlPolicy.forMode(chosen.mode());
        this.st = new SessionState(programme, library, participants == null ? Participants.defaults() : participants,
                chosen, sessionId, wall.instant(), clock.nanoTime());
        this.dispatch = new EventDispatch(sessionId);
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
            Checkpoints.restore(e.st, cp, words == null ? List.of() : words, clock.nanoTime());
            e.dirty = true;
            e.wordsDirty = true;
        }
        return e;
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
        return st.sessionId;
    }

    public ControlPolicy policy() {
        return policy;
    }

    public SessionSettings settings() {
        return st.settings;
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

    /** The session now, without firing events (they fire on the next poll or command). */
    public synchronized SessionSnapshot snapshot() {
        return snapshotAt(clock.nanoTime());
    }

    /**
     * The next monotonic time at which something will happen (warning, end of step, end of the
     * calm-down), or {@link Long#MAX_VALUE} when nothing will happen until a command.
     */
    public synchronized long nextDeadlineNanos() {
        if (!st.started() || st.finished()) {
            return Long.MAX_VALUE;
        }
        if (st.inTimeOut()) {
            return st.timeOutElapsed ? Long.MAX_VALUE : st.timeOutDeadline;
        }
        if (st.paused() || !st.phase.running()) {
            return Long.MAX_VALUE;
        }
        long deadline = st.phase.deadline();
        if (!st.warned) {
            return Math.min(deadline, deadline - st.warningFor(st.phase.budget()));
        }
        return deadline;
    }

    /** True while a step's clock is counting down (not paused, not in a time-out, not finished). */
    public synchronized boolean counting() {
        return st.started() && !st.finished() && !st.inTimeOut() && !st.paused() && st.phase.running();
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
        boolean live = st.started() && !st.finished();
        return switch (c) {
            case START -> !st.started();
            case PAUSE -> live && !st.paused() && !st.inTimeOut();
            case RESUME -> live && st.paused() && !st.inTimeOut();
            case EXTEND -> live;
            case SHORTEN -> live && st.phase.remaining(clock.nanoTime()) > 0;
            case SKIP, BACK, RESTART_PHASE -> live && !st.inTimeOut();
            case END_EARLY -> live;
            case TIME_OUT -> live && !st.inTimeOut() && !st.currentItem().isBreak();
            case END_TIME_OUT -> live && st.inTimeOut();
            case JUMP_TO -> !st.finished() && !st.inTimeOut() && !st.agenda.isEmpty();
            case REORDER -> !st.finished() && st.agenda.size() - st.firstMovable() >= 2;
            case DROP -> !st.finished() && st.agenda.size() - st.firstMovable() >= 1;
            case REDRAW_PROMPT -> live && !st.inTimeOut() && st.step().phase() != null && st.step().phase().deck() != null;
        };
    }

    /** Whether this actor may use the command now: the policy permits it and the state allows it. */
    public boolean allowed(Command c, Actor actor) {
        return policy.permits(c, actor) && canDo(c);
    }

    public boolean start() {
        return apply(Command.START, now -> {
            st.stage = SessionState.Stage.RUNNING;
            st.startedAt = st.wallAt(now);
            if (st.agenda.isEmpty()) {
                finish(now, false);
            } else {
                enter(Math.min(st.itemPos, st.agenda.size() - 1), 0, now);
            }
            return true;
        });
    }

    public boolean pause() {
        return apply(Command.PAUSE, now -> {
            st.phase.freeze(now);
            st.stage = SessionState.Stage.PAUSED;
            mark(Type.PAUSED, now);
            return true;
        });
    }

    public boolean resume() {
        return apply(Command.RESUME, now -> {
            st.stage = SessionState.Stage.RUNNING;
            st.phase.unfreeze(now);
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
            st.phase.extend(d.toNanos());
            st.recorder.extended(d.toNanos());
            if (st.phase.remaining(now) > st.warningFor(st.phase.budget())) {
                st.warned = false;
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
            long taken = st.phase.shorten(d.toNanos(), now);
            st.recorder.shortened(taken);
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
            int item = st.itemPos;
            int step = st.stepPos - 1;
            if (step < 0 && item > 0) {
                item--;
                step = st.agenda.get(item).steps().size() - 1;
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
            enter(st.itemPos, st.stepPos, now);
            return true;
        });
    }

    /** Ends the session now. */
    public boolean endEarly() {
        return apply(Command.END_EARLY, now -> {
            if (st.inTimeOut()) {
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
            st.stage = st.paused() ? SessionState.Stage.TIME_OUT_FROM_PAUSE : SessionState.Stage.TIME_OUT;
            st.phase.freeze(now);
            st.timeOutElapsed = false;
            st.timeOutStart = now;
            st.timeOutDeadline = now + st.settings.timeOutLength().toNanos();
            st.recorder.timeOutStarted(st.currentItem().agendaKey(), st.step().phase().title(), st.wallAt(now));
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
                if (!st.paused()) {
                    st.phase.unfreeze(now);
                }
            } else {
                st.offerReschedule = true;
                leave(PhaseOutcome.ENDED_EARLY, now);
                finish(now, true);
            }
            return true;
        });
    }

    /** Jumps to the start of the agenda item at {@code position} (before START: starts there). */
    public boolean jumpTo(int position) {
        return apply(Command.JUMP_TO, now -> {
            if (position < 0 || position >= st.agenda.size()) {
                return false;
            }
            if (!st.started()) {
                st.itemPos = position;
                st.stepPos = 0;
                mark(Type.CHANGED, now);
                return true;
            }
            leave(PhaseOutcome.JUMPED, now);
            enter(position, 0, now);
            return true;
        });
    }

    /**
     * Brings the session to a step and time decided elsewhere: a kiosk following a room's hub. Starts
     * the session if needed, enters {@code item}/{@code step} when it is not the current one (a late
     * joiner, a facilitator's next or back), pauses or resumes, and sets the time left to exactly
     * {@code remaining}. Corrections of the time left are not recorded as extensions. Refused during a
     * couple's own time-out (their clock stands still alone) and once finished.
     *
     * @return whether anything changed
     */
    public boolean follow(int item, int step, Duration remaining, boolean pause) {
        if (remaining == null || remaining.isNegative()) {
            return false;
        }
        return apply(Command.JUMP_TO, now -> {
            if (item < 0 || item >= st.agenda.size() || step < 0 || step >= st.agenda.get(item).steps().size()) {
                return false;
            }
            boolean changed = false;
            if (!st.started()) {
                st.stage = SessionState.Stage.RUNNING;
                st.startedAt = st.wallAt(now);
            }
            if (!st.inStep || st.itemPos != item || st.stepPos != step) {
                leave(PhaseOutcome.JUMPED, now);
                st.stage = pause ? SessionState.Stage.PAUSED : SessionState.Stage.RUNNING;
                enter(item, step, now);
                changed = true;
            } else if (pause != st.paused()) {
                if (pause) {
                    st.phase.freeze(now);
                    mark(Type.PAUSED, now);
                } else {
                    st.phase.unfreeze(now);
                    mark(Type.RESUMED, now);
                }
                st.stage = pause ? SessionState.Stage.PAUSED : SessionState.Stage.RUNNING;
                changed = true;
            }
            long delta = remaining.toNanos() - st.phase.remaining(now);
            if (delta > 0) {
                st.phase.extend(delta);
            } else if (delta < 0) {
                st.phase.shorten(-delta, now);
            }
            if (delta != 0) {
                if (st.phase.remaining(now) > st.warningNanos) {
                    st.warned = false;
                }
                mark(Type.CHANGED, now);
                changed = true;
            }
            return changed;
        });
    }

    /** Moves an agenda item that has not begun yet to another position after the current item. */
    public boolean moveItem(int from, int to) {
        return apply(Command.REORDER, now -> {
            int min = st.firstMovable();
            if (from < min || to < min || from >= st.agenda.size() || to >= st.agenda.size() || from == to) {
                return false;
            }
            st.agenda.add(to, st.agenda.remove(from));
            mark(Type.CHANGED, now);
            return true;
        });
    }

    /** Takes an item that has not begun off the agenda (it is listed as dropped in the record). */
    public boolean dropItem(int position) {
        return apply(Command.DROP, now -> {
            if (position < st.firstMovable() || position >= st.agenda.size()) {
                return false;
            }
            st.dropped.add(st.agenda.remove(position));
            if (!st.started()) {
                st.itemPos = Math.max(0, Math.min(st.itemPos - (position < st.itemPos ? 1 : 0), st.agenda.size() - 1));
            }
            mark(Type.CHANGED, now);
            return true;
        });
    }

    /** Draws another prompt for the current step (never one drawn before in this session). */
    public boolean redrawPrompt() {
        return apply(Command.REDRAW_PROMPT, now -> {
            PromptDrawer.Draw d = st.drawer.draw(st.step().phase().deck(), st.step().phase().level());
            if (d.prompt() == null) {
                PromptDrawer.Draw old = st.prompts.get(st.promptKey());
                d = new PromptDrawer.Draw(old == null ? null : old.prompt(), true);
            }
            st.prompts.put(st.promptKey(), d);
            st.recorder.prompt(d.prompt(), d.ranOut());
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
        return changeWords(() -> st.recorder.replaceWords(id, w -> w.withText(text)));
    }

    public boolean setOnSummary(String id, boolean onSummary) {
        return changeWords(() -> st.recorder.replaceWords(id, w -> w.withOnSummary(onSummary)));
    }

    public boolean removeWords(String id) {
        return changeWords(() -> st.recorder.removeWords(id));
    }

    public synchronized List<WrittenWords> words() {
        return st.recorder.words();
    }

    /** Forgets every written word (the journal sink deletes the private file). */
    public void wipeWords() {
        changeWords(() -> {
            st.recorder.clearWords();
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
            if (!st.agenda.isEmpty() && !st.currentItem().isBreak()) {
                exerciseId = st.currentItem().exercise().id();
                if (q == null && kind == WrittenWords.Kind.REFLECTION && st.step().phase() != null) {
                    q = RoleText.fill(st.step().phase().reflection(), st.participants, st.step());
                }
            }
            w = st.recorder.addWords(kind, author, exerciseId, q, TypedText.words(text).strip(), onSummary);
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
        return SessionRecords.build(st, clock.nanoTime(), true);
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
        while (st.started() && !st.finished()) {
            if (st.inTimeOut()) {
                if (!st.timeOutElapsed && now >= st.timeOutDeadline) {
                    st.timeOutElapsed = true;
                    mark(Type.TIME_OUT_ELAPSED, st.timeOutDeadline);
                    dirty = true;
                }
                return;
            }
            if (st.paused() || !st.phase.running()) {
                return;
            }
            long deadline = st.phase.deadline();
            long warning = st.warningFor(st.phase.budget());
            if (!st.warned && now >= deadline - warning) {
                st.warned = true;
                mark(Type.WARNING, deadline - warning);
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
        if (!st.inStep) {
            return;
        }
        long actual = outcome == PhaseOutcome.COMPLETED ? st.phase.budget() : st.phase.used(at);
        st.recorder.end(outcome, actual);
        mark(Type.PHASE_ENDED, at);
        st.inStep = false;
    }

    private void goNext(long at) {
        if (st.stepPos + 1 < st.currentItem().steps().size()) {
            enter(st.itemPos, st.stepPos + 1, at);
        } else if (st.itemPos + 1 < st.agenda.size()) {
            enter(st.itemPos + 1, 0, at);
        } else {
            finish(at, false);
        }
    }

    private void enter(int item, int step, long at) {
        PlannedItem next = st.agenda.get(item);
        if (st.lastEnteredItem != next) {
            if (st.lastEnteredItem != null) {
                markItem(st.lastEnteredItem, false, at);
            }
        }
        boolean newItem = st.lastEnteredItem != next;
        st.itemPos = item;
        st.stepPos = step;
        st.lastEnteredItem = next;
        if (newItem) {
            markItem(next, true, at);
        }
        PlannedStep s = st.step();
        PromptDrawer.Draw draw = st.prompts.get(st.promptKey());
        if (draw == null && s.phase() != null && s.phase().deck() != null) {
            draw = st.drawer.draw(s.phase().deck(), s.phase().level());
            st.prompts.put(st.promptKey(), draw);
        }
        st.phase.start(at, s.plannedNanos(), !st.paused());
        st.warned = st.warningNanos == 0;
        st.recorder.begin(next, s, draw == null ? null : draw.prompt(), draw != null && draw.ranOut(), st.wallAt(at));
        st.inStep = true;
        if (s.switchesRoles()) {
            mark(Type.SWITCH_ROLES, at);
        }
        mark(Type.PHASE_STARTED, at);
    }

    private void markItem(PlannedItem item, boolean starts, long at) {
        Type t = item.isBreak() ? (starts ? Type.BREAK_STARTED : Type.BREAK_ENDED)
                : (starts ? Type.EXERCISE_STARTED : Type.EXERCISE_ENDED);
        marks.add(new Mark(t, at, st.agenda.indexOf(item), starts ? 0 : -1, item.title()));
    }

    private void finish(long at, boolean early) {
        if (st.lastEnteredItem != null) {
            markItem(st.lastEnteredItem, false, at);
        }
        st.stage = SessionState.Stage.FINISHED;
        st.endedEarly = early;
        st.endedAt = st.wallAt(at);
        mark(Type.PROGRAMME_ENDED, at);
    }

    private void closeTimeOut(long now, boolean resumed) {
        st.stage = st.stage == SessionState.Stage.TIME_OUT_FROM_PAUSE ? SessionState.Stage.PAUSED : SessionState.Stage.RUNNING;
        st.timeOutElapsed = false;
        st.recorder.timeOutEnded(now - st.timeOutStart, resumed);
        mark(Type.TIME_OUT_ENDED, now);
    }

    private void mark(Type type, long at) {
        String title = st.agenda.isEmpty() ? st.programme.title() : SessionState.stepTitle(st.currentItem(), st.step());
        marks.add(new Mark(type, at, st.itemPos, st.stepPos, title));
        if (type != Type.WORDS_CHANGED) {
            dirty = true;
        }
    }


    /** Ends a change: turns marks into events with one snapshot, and prepares the journal's copy. */
    private void commit(long now) {
        if (marks.isEmpty() && !dirty && !wordsDirty) {
            return;
        }
        st.sequence++;
        SessionSnapshot snap = snapshotAt(now);
        for (Mark m : marks) {
            dispatch.post(new SessionEvent(m.type(), m.at(), m.item(), m.step(), m.title(), snap));
        }
        marks.clear();
        if (dispatch.journaling()) {
            dispatch.offer(dirty ? Checkpoints.take(st, now) : null, wordsDirty ? st.recorder.words() : null);
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
        return Snapshots.build(st, now);
    }
}
