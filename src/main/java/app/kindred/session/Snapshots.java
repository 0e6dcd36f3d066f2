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

    static SessionSnapshot build(SessionEngine e, long now) {
        List<PlannedItem> agenda = e.agenda();
        Participants people = e.participants();
        List<AgendaItem> agendaView = agenda(e, now);
        Duration planned = Duration.ofNanos(agenda.stream().mapToLong(PlannedItem::plannedNanos).sum());
        Duration used = Duration.ofNanos(usedTotal(e, now));
        if (agenda.isEmpty()) {
            return new SessionSnapshot(e.isFinished() ? SessionStatus.FINISHED : SessionStatus.READY, now,
                    e.programme().title(), 0, 0, null, null, -1, 0, 0, false, 0, 0, List.of(), e.programme().title(),
                    List.of(), false, null, List.of(), null, null, false, Duration.ZERO, Duration.ZERO, Duration.ZERO,
                    null, false, null, planned, used, agendaView, people, e.isEndedEarly(), e.isOfferReschedule());
        }
        PlannedItem item = e.currentItem();
        PlannedStep step = e.step();
        Exercise ex = item.exercise();
        Phase ph = step.phase();
        PhaseClock clock = e.phaseClock();
        long budget = e.isInStep() ? clock.budget() : step.plannedNanos();
        long remaining = e.isInStep() ? clock.remaining(now) : (e.isFinished() ? 0 : step.plannedNanos());
        long extension = e.isInStep() ? budget - step.plannedNanos() : 0;
        PromptDrawer.Draw draw = e.prompts().get(item.agendaKey() + "/" + e.stepPos());
        Duration timeOutLeft = e.isInTimeOut() ? Duration.ofNanos(Math.max(0, e.timeOutDeadline() - now)) : null;
        int round = step.round();
        return new SessionSnapshot(
                status(e, item, budget, remaining),
                now,
                e.programme().title(),
                e.itemPos(),
                agenda.size(),
                ex,
                item.isBreak() ? item.item().breakText() : null,
                step.phaseIndex(),
                ex == null ? 0 : ex.phases().size(),
                round,
                round > 0,
                e.stepPos(),
                item.steps().size(),
                ribbon(item, e.stepPos(), e.isFinished()),
                SessionEngine.stepTitle(item, step),
                RoleText.active(step, ex, people),
                step.switchesRoles(),
                ph == null ? null : RoleText.fill(ph.instructions(), people, round),
                ph == null ? List.of() : RoleText.fill(ph.stems(), people, round),
                ph == null ? null : RoleText.fill(ph.reflection(), people, round),
                draw == null ? null : draw.prompt(),
                draw != null && draw.ranOut(),
                Duration.ofNanos(remaining),
                Duration.ofNanos(step.plannedNanos()),
                Duration.ofNanos(extension),
                timeOutLeft,
                e.isInTimeOut() && e.isTimeOutElapsed(),
                e.isFinished() ? null : next(e, people),
                planned,
                used,
                agendaView,
                people,
                e.isEndedEarly(),
                e.isOfferReschedule());
    }

    private static SessionStatus status(SessionEngine e, PlannedItem item, long budget, long remaining) {
        if (!e.isStarted()) {
            return SessionStatus.READY;
        }
        if (e.isFinished()) {
            return SessionStatus.FINISHED;
        }
        if (e.isInTimeOut()) {
            return SessionStatus.TIME_OUT;
        }
        if (e.isPaused()) {
            return SessionStatus.PAUSED;
        }
        if (item.isBreak()) {
            return SessionStatus.BREAK;
        }
        long w = e.warningNanos();
        if (w > 0 && budget > w && remaining <= w) {
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
            out.add(new RibbonStep(SessionEngine.stepTitle(item, s), s.turn(), s.actingPerson(), s.round(), st));
        }
        return out;
    }

    private static UpNext next(SessionEngine e, Participants people) {
        List<PlannedItem> agenda = e.agenda();
        PlannedItem item = e.currentItem();
        boolean newItem;
        PlannedItem nextItem;
        PlannedStep nextStep;
        if (e.stepPos() + 1 < item.steps().size()) {
            newItem = false;
            nextItem = item;
            nextStep = item.steps().get(e.stepPos() + 1);
        } else if (e.itemPos() + 1 < agenda.size()) {
            newItem = true;
            nextItem = agenda.get(e.itemPos() + 1);
            nextStep = nextItem.steps().get(0);
        } else {
            return null;
        }
        return new UpNext(newItem, nextItem.isBreak(), nextItem.title(), SessionEngine.stepTitle(nextItem, nextStep),
                RoleText.active(nextStep, nextItem.exercise(), people), nextStep.switchesRoles(),
                Duration.ofNanos(nextStep.plannedNanos()));
    }

    private static List<AgendaItem> agenda(SessionEngine e, long now) {
        List<AgendaItem> out = new ArrayList<>();
        List<PlannedItem> agenda = e.agenda();
        for (int i = 0; i < agenda.size(); i++) {
            PlannedItem it = agenda.get(i);
            long used = usedBy(e, it, now);
            AgendaItem.State st;
            if (!e.isStarted()) {
                st = AgendaItem.State.UPCOMING;
            } else if (i < e.itemPos() || (i == e.itemPos() && e.isFinished())) {
                boolean ran = !e.recorder().runsOf(it.agendaKey()).isEmpty();
                st = ran ? AgendaItem.State.DONE : AgendaItem.State.PASSED;
            } else if (i == e.itemPos()) {
                st = AgendaItem.State.CURRENT;
            } else {
                st = AgendaItem.State.UPCOMING;
            }
            out.add(new AgendaItem(i, it.title(), it.isBreak(), Duration.ofNanos(it.plannedNanos()),
                    Duration.ofNanos(used), st));
        }
        return out;
    }

    static long usedBy(SessionEngine e, PlannedItem it, long now) {
        long used = e.recorder().runsOf(it.agendaKey()).stream().mapToLong(r -> r.actual().toNanos()).sum();
        if (e.isInStep() && e.currentItem() == it) {
            used += e.phaseClock().used(now);
        }
        return used;
    }

    static long usedTotal(SessionEngine e, long now) {
        long total = 0;
        for (PlannedItem it : e.agenda()) {
            total += usedBy(e, it, now);
        }
        for (PlannedItem it : e.droppedItems()) {
            total += usedBy(e, it, now);
        }
        return total;
    }
}
