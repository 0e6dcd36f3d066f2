package app.kindred.session;

import app.kindred.content.Exercise;
import app.kindred.content.Phase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Builds the immutable {@link SessionSnapshot} from the engine's state (called under its lock). */
final class Snapshots {
    private Snapshots() {
    }

    static SessionSnapshot build(SessionState e, long now) {
        List<PlannedItem> agenda = e.agenda;
        Participants people = e.participants;
        List<AgendaItem> agendaView = agenda(e, now);
        Duration planned = Duration.ofNanos(agenda.stream().mapToLong(PlannedItem::plannedNanos).sum());
        Duration used = Duration.ofNanos(usedTotal(e, now));
        if (agenda.isEmpty()) {
            return new SessionSnapshot(e.finished() ? SessionStatus.FINISHED : SessionStatus.READY, now,
                    e.programme.title(), 0, 0, null, null, -1, 0, 0, false, 0, 0, List.of(), e.programme.title(),
                    List.of(), false, null, List.of(), null, null, false, Duration.ZERO, Duration.ZERO, Duration.ZERO,
                    null, false, null, planned, used, agendaView, people, e.endedEarly, e.offerReschedule);
        }
        PlannedItem item = e.currentItem();
        PlannedStep step = e.step();
        Exercise ex = item.exercise();
        Phase ph = step.phase();
        PhaseClock clock = e.phase;
        long budget = e.inStep ? clock.budget() : step.plannedNanos();
        long remaining = e.inStep ? clock.remaining(now) : (e.finished() ? 0 : step.plannedNanos());
        long extension = e.inStep ? budget - step.plannedNanos() : 0;
        PromptDrawer.Draw draw = e.prompts.get(item.agendaKey() + "/" + e.stepPos);
        Duration timeOutLeft = e.inTimeOut() ? Duration.ofNanos(Math.max(0, e.timeOutDeadline - now)) : null;
        int round = step.round();
        return new SessionSnapshot(
                status(e, item, budget, remaining),
                now,
                e.programme.title(),
                e.itemPos,
                agenda.size(),
                ex,
                item.isBreak() ? item.item().breakText() : null,
                step.phaseIndex(),
                ex == null ? 0 : ex.phases().size(),
                round,
                round > 0,
                e.stepPos,
                item.steps().size(),
                ribbon(item, e.stepPos, e.finished()),
                SessionState.stepTitle(item, step),
                RoleText.active(step, ex, people),
                step.switchesRoles(),
                ph == null ? null : RoleText.fill(ph.instructions(), people, step),
                ph == null ? List.of() : RoleText.fill(ph.stems(), people, step),
                ph == null ? null : RoleText.fill(ph.reflection(), people, step),
                draw == null ? null : draw.prompt(),
                draw != null && draw.ranOut(),
                Duration.ofNanos(remaining),
                Duration.ofNanos(step.plannedNanos()),
                Duration.ofNanos(extension),
                timeOutLeft,
                e.inTimeOut() && e.timeOutElapsed,
                e.finished() ? null : next(e, people),
                planned,
                used,
                agendaView,
                people,
                e.endedEarly,
                e.offerReschedule);
    }

    private static SessionStatus status(SessionState e, PlannedItem item, long budget, long remaining) {
        if (!e.started()) {
            return SessionStatus.READY;
        }
        if (e.finished()) {
            return SessionStatus.FINISHED;
        }
        if (e.inTimeOut()) {
            return SessionStatus.TIME_OUT;
        }
        if (e.paused()) {
            return SessionStatus.PAUSED;
        }
        if (item.isBreak()) {
            return SessionStatus.BREAK;
        }
        long w = e.warningFor(budget);
        if (w > 0 && remaining <= w) {
            return SessionStatus.WARNING;
        }
        return SessionStatus.RUNNING;
    }

    private static List<RibbonStep> ribbon(PlannedItem item, int current, boolean finished) {
        List<RibbonStep> out = new ArrayList<>();
        for (int i = 0; i < item.steps().size(); i++) {
            PlannedStep s = item.steps().get(i);
            RibbonStep.State st = i < current || (finished && i == current) ? RibbonStep.State.DONE
                    : i == current ? RibbonStep.State.CURRENT : RibbonStep.State.UPCOMING;
            out.add(new RibbonStep(SessionState.stepTitle(item, s), s.turn(), s.actingPerson(), s.round(), st));
        }
        return out;
    }

    private static UpNext next(SessionState e, Participants people) {
        List<PlannedItem> agenda = e.agenda;
        PlannedItem item = e.currentItem();
        boolean newItem;
        PlannedItem nextItem;
        PlannedStep nextStep;
        if (e.stepPos + 1 < item.steps().size()) {
            newItem = false;
            nextItem = item;
            nextStep = item.steps().get(e.stepPos + 1);
        } else if (e.itemPos + 1 < agenda.size()) {
            newItem = true;
            nextItem = agenda.get(e.itemPos + 1);
            nextStep = nextItem.steps().get(0);
        } else {
            return null;
        }
        return new UpNext(newItem, nextItem.isBreak(), nextItem.title(), SessionState.stepTitle(nextItem, nextStep),
                RoleText.active(nextStep, nextItem.exercise(), people), nextStep.switchesRoles(),
                Duration.ofNanos(nextStep.plannedNanos()));
    }

    private static List<AgendaItem> agenda(SessionState e, long now) {
        List<AgendaItem> out = new ArrayList<>();
        List<PlannedItem> agenda = e.agenda;
        for (int i = 0; i < agenda.size(); i++) {
            PlannedItem it = agenda.get(i);
            long used = usedBy(e, it, now);
            AgendaItem.State st;
            if (!e.started()) {
                st = AgendaItem.State.UPCOMING;
            } else if (i < e.itemPos || (i == e.itemPos && e.finished())) {
                boolean ran = !e.recorder.runsOf(it.agendaKey()).isEmpty();
                st = ran ? AgendaItem.State.DONE : AgendaItem.State.PASSED;
            } else if (i == e.itemPos) {
                st = AgendaItem.State.CURRENT;
            } else {
                st = AgendaItem.State.UPCOMING;
            }
            out.add(new AgendaItem(i, it.title(), it.isBreak(), Duration.ofNanos(it.plannedNanos()),
                    Duration.ofNanos(used), st));
        }
        return out;
    }

    static long usedBy(SessionState e, PlannedItem it, long now) {
        long used = e.recorder.runsOf(it.agendaKey()).stream().mapToLong(r -> r.actual().toNanos()).sum();
        if (e.inStep && e.currentItem() == it) {
            used += e.phase.used(now);
        }
        return used;
    }

    static long usedTotal(SessionState e, long now) {
        long total = 0;
        for (PlannedItem it : e.agenda) {
            total += usedBy(e, it, now);
        }
        for (PlannedItem it : e.dropped) {
            total += usedBy(e, it, now);
        }
        return total;
    }
}
