package app.kindred.content;

import java.time.Duration;
import java.util.List;

/**
 * An exercise as loaded from {@code exercises/ID.yaml}.
 *
 * @param swap   after the last phase, all phases run again with the partners' roles exchanged
 * @param origin the file it came from, for messages
 */
public record Exercise(
        String id,
        String title,
        String summary,
        List<String> sources,
        Roles roles,
        boolean swap,
        List<String> handouts,
        List<Phase> phases,
        SourceFile origin) {

    public Exercise {
        sources = List.copyOf(sources);
        handouts = List.copyOf(handouts);
        phases = List.copyOf(phases);
    }

    /** Total planned length of one run, counting EACH phases twice and the swapped repeat. */
    public Duration totalDuration() {
        Duration once = phases.stream().map(Phase::plannedDuration).reduce(Duration.ZERO, Duration::plus);
        return swap ? once.multipliedBy(2) : once;
    }
}
