package app.kindred.session;

import app.kindred.content.Active;
import app.kindred.content.ContentLibrary;
import app.kindred.content.Exercise;
import app.kindred.content.Phase;
import app.kindred.content.ProgrammeItem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A programme item expanded into the steps it runs: EACH phases split in two, swapped exercises
 * repeated with roles exchanged, and every phase scaled in proportion when the programme gives the
 * item a duration of its own (whole seconds; the rounding error goes to keep the exact total).
 *
 * @param agendaKey the item's position in the programme as written; stable across reordering
 */
record PlannedItem(int agendaKey, ProgrammeItem item, Exercise exercise, List<PlannedStep> steps) {
    private static final long SECOND = 1_000_000_000L;

    PlannedItem {
        steps = List.copyOf(steps);
    }

    boolean isBreak() {
        return exercise == null;
    }

    String title() {
        return exercise != null ? exercise.title() : item.breakText();
    }

    long plannedNanos() {
        return steps.stream().mapToLong(PlannedStep::plannedNanos).sum();
    }

    static PlannedItem of(int agendaKey, ProgrammeItem item, ContentLibrary library) {
        if (item.isBreak()) {
            long n = nanos(item.duration());
            return new PlannedItem(agendaKey, item, null, List.of(new PlannedStep(-1, null, 0, Active.BOTH, n, false)));
        }
        Exercise ex = library.exercise(item.exerciseId()).orElseThrow(() -> new IllegalArgumentException(
                "The programme names the exercise \"" + item.exerciseId() + "\", which is not in the library"));
        record Raw(int phaseIndex, Phase phase, int round, Active turn) {
        }
        List<Raw> raw = new ArrayList<>();
        int rounds = ex.swap() ? 2 : 1;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < ex.phases().size(); i++) {
                Phase p = ex.phases().get(i);
                if (p.active() == Active.EACH) {
                    raw.add(new Raw(i, p, r, Active.A));
                    raw.add(new Raw(i, p, r, Active.B));
                } else {
                    raw.add(new Raw(i, p, r, p.active()));
                }
            }
        }
        long natural = raw.stream().mapToLong(s -> nanos(s.phase().duration())).sum();
        long target = item.duration() == null ? natural : nanos(item.duration());
        List<PlannedStep> steps = new ArrayList<>();
        long cum = 0;
        long placed = 0;
        Partner lastActing = null;
        for (int k = 0; k < raw.size(); k++) {
            Raw s = raw.get(k);
            cum += nanos(s.phase().duration());
            long end = target == natural ? cum : scaledEnd(cum, natural, target);
            if (k == raw.size() - 1) {
                end = target;
            }
            long planned = Math.max(SECOND, end - placed);
            placed += planned;
            PlannedStep draft = new PlannedStep(s.phaseIndex(), s.phase(), s.round(), s.turn(), planned, false);
            Partner acting = draft.actingPerson();
            boolean roundStarts = k > 0 && s.round() != raw.get(k - 1).round();
            boolean handOver = acting != null && lastActing != null && acting != lastActing;
            steps.add(new PlannedStep(s.phaseIndex(), s.phase(), s.round(), s.turn(), planned, roundStarts || handOver));
            if (acting != null) {
                lastActing = acting;
            }
            if (roundStarts && acting == null) {
                lastActing = null;
            }
        }
        return new PlannedItem(agendaKey, item, ex, steps);
    }

    /** Cumulative end of a scaled step, rounded to whole seconds so screens show round numbers. */
    private static long scaledEnd(long cum, long natural, long target) {
        double exact = (double) cum * target / natural;
        return Math.round(exact / SECOND) * SECOND;
    }

    static long nanos(Duration d) {
        return d.toNanos();
    }
}
