package app.kindred.session;

import app.kindred.content.ContentLibrary;
import app.kindred.content.Programme;
import app.kindred.content.ProgrammeItem;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a running session knows, in one place, guarded by its {@link SessionEngine}'s lock.
 * The engine changes it; {@link Snapshots}, {@link SessionRecords} and {@link Checkpoints} read it.
 */
final class SessionState {
    final Programme programme;
    final Participants participants;
    final SessionSettings settings;
    final String sessionId;
    final long warningNanos;
    final PromptDrawer drawer;
    final SessionRecorder recorder = new SessionRecorder();
    final PhaseClock phase = new PhaseClock();
    private final Instant wallOrigin;
    private final long wallOriginNanos;

    /** The agenda in its current order; dropped items move to {@link #dropped}. */
    final List<PlannedItem> agenda = new ArrayList<>();
    final List<PlannedItem> dropped = new ArrayList<>();
    /** Prompt drawn per step, keyed {@code agendaKey/step}, kept for back and restart. */
    final Map<String, PromptDrawer.Draw> prompts = new HashMap<>();

    /** Where the session is in its life: one value instead of five booleans that had to agree. */
    Stage stage = Stage.READY;
    boolean endedEarly;
    boolean offerReschedule;
    /** A step run is open (started, not finished). */
    boolean inStep;
    int itemPos;
    int stepPos;
    /** The calm-down of the current time-out has run out (the couple may still be away). */
    boolean timeOutElapsed;
    /** The current step's warning has fired (or it has none). */
    boolean warned;
    long timeOutStart;
    long timeOutDeadline;
    Instant startedAt;
    Instant endedAt;
    /** Increases with every change; the journal keeps the newest. */
    long sequence;
    PlannedItem lastEnteredItem;

    SessionState(Programme programme, ContentLibrary library, Participants participants, SessionSettings settings,
            String sessionId, Instant wallNow, long clockNow) {
        this.programme = programme;
        this.participants = participants;
        this.settings = settings;
        this.sessionId = sessionId;
        this.warningNanos = settings.warning().toNanos();
        this.drawer = new PromptDrawer(library, settings.deckMemory(), settings.seed());
        // Whole seconds: the record is read by people; the monotonic clock keeps the exact time.
        this.wallOrigin = wallNow.truncatedTo(ChronoUnit.SECONDS);
        this.wallOriginNanos = clockNow;
        List<ProgrammeItem> items = programme.items();
        for (int i = 0; i < items.size(); i++) {
            agenda.add(PlannedItem.of(i, items.get(i), library));
        }
    }

    enum Stage {
        READY,
        RUNNING,
        PAUSED,
        /** A time-out taken while the step ran: ending it runs the step on. */
        TIME_OUT,
        /** A time-out taken while paused: ending it leaves the step paused. */
        TIME_OUT_FROM_PAUSE,
        FINISHED
    }

    boolean started() {
        return stage != Stage.READY;
    }

    boolean finished() {
        return stage == Stage.FINISHED;
    }

    /** The step's clock is stopped by pause (also during a time-out taken while paused). */
    boolean paused() {
        return stage == Stage.PAUSED || stage == Stage.TIME_OUT_FROM_PAUSE;
    }

    boolean inTimeOut() {
        return stage == Stage.TIME_OUT || stage == Stage.TIME_OUT_FROM_PAUSE;
    }

    PlannedItem currentItem() {
        return agenda.get(itemPos);
    }

    PlannedStep step() {
        return currentItem().steps().get(stepPos);
    }

    String promptKey() {
        return currentItem().agendaKey() + "/" + stepPos;
    }

    /** Items at or before the current one have begun; only later ones may be moved or dropped. */
    int firstMovable() {
        return started() ? itemPos + 1 : 0;
    }

    long timeOutUsed(long now) {
        return inTimeOut() ? now - timeOutStart : 0;
    }

    /** The time of day of a monotonic reading, for the record only. */
    Instant wallAt(long nanos) {
        return wallOrigin.plusNanos(nanos - wallOriginNanos).truncatedTo(ChronoUnit.SECONDS);
    }

    static String stepTitle(PlannedItem item, PlannedStep step) {
        return step.isBreak() ? item.item().breakText() : step.phase().title();
    }

    /**
     * How long before the end of a step of {@code budgetNanos} its warning comes: the setting, or
     * for a step no longer than that a third of the step, so a short step still gets a cue near
     * its end (issue 19). 0 when warnings are off.
     */
    long warningFor(long budgetNanos) {
        return warningNanos == 0 ? 0 : budgetNanos > warningNanos ? warningNanos : budgetNanos / 3;
    }
}
