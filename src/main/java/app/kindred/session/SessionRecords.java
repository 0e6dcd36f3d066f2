package app.kindred.session;

import app.kindred.session.SessionRecord.ItemOutcome;
import app.kindred.session.SessionRecord.ItemRun;
import app.kindred.session.SessionRecord.PhaseOutcome;
import app.kindred.session.SessionRecord.PhaseRun;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Builds the {@link SessionRecord} from the engine's recorder and agenda (called under its lock). */
final class SessionRecords {
    private SessionRecords() {
    }

    static SessionRecord build(SessionState e, long now, boolean withWords) {
        List<ItemRun> items = new ArrayList<>();
        long actualTotal = 0;
        List<PlannedItem> agenda = e.agenda;
        for (int i = 0; i < agenda.size(); i++) {
            PlannedItem it = agenda.get(i);
            List<PhaseRun> runs = new ArrayList<>(e.recorder.runsOf(it.agendaKey()));
            boolean current = e.started() && i == e.itemPos && (e.inStep || e.finished());
            if (e.inStep && i == e.itemPos) {
                runs.add(e.recorder.inProgress(PhaseOutcome.RUNNING, e.phase.used(now)));
            }
            boolean endedHere = e.finished() && e.endedEarly && i == e.itemPos;
            ItemOutcome outcome = SessionRecorder.outcome(runs, false, current && !e.finished(), endedHere);
            long actual = runs.stream().mapToLong(r -> r.actual().toNanos()).sum();
            actualTotal += actual;
            items.add(itemRun(it, outcome, runs, actual));
        }
        for (PlannedItem it : e.dropped) {
            // An item can be dropped after it ran (the facilitator jumped back past it): keep its runs.
            List<PhaseRun> runs = e.recorder.runsOf(it.agendaKey());
            long actual = runs.stream().mapToLong(r -> r.actual().toNanos()).sum();
            actualTotal += actual;
            items.add(itemRun(it, ItemOutcome.DROPPED, runs, actual));
        }
        long planned = agenda.stream().mapToLong(PlannedItem::plannedNanos).sum();
        Participants p = e.participants;
        return new SessionRecord(SessionRecord.FORMAT, e.sessionId, e.programme.id(), e.programme.title(),
                e.settings.mode(), p.nameA(), p.nameB(), e.startedAt, e.endedAt, e.endedEarly,
                Duration.ofNanos(planned), Duration.ofNanos(actualTotal), items, e.recorder.timeOuts(),
                withWords ? e.recorder.words() : List.of());
    }

    private static ItemRun itemRun(PlannedItem it, ItemOutcome outcome, List<PhaseRun> runs, long actual) {
        return new ItemRun(it.agendaKey() + 1, it.isBreak() ? null : it.exercise().id(), it.title(), it.isBreak(),
                Duration.ofNanos(it.plannedNanos()), Duration.ofNanos(actual), outcome, runs);
    }
}
