package app.kindred.content;

import java.time.Duration;
import java.util.List;

/**
 * One step of an exercise.
 *
 * @param deck       id of the prompt deck to draw from when the phase starts, or null
 * @param level      deck level to draw from, 1-based; 0 means "climb the deck's levels"
 * @param reflection a question the couple may answer privately in writing, or null
 */
public record Phase(
        String title,
        Duration duration,
        Active active,
        String instructions,
        List<String> stems,
        String deck,
        int level,
        String reflection) {

    public Phase {
        stems = List.copyOf(stems);
    }

    /** Time this phase takes in a run: an EACH phase runs once per role. */
    public Duration plannedDuration() {
        return active == Active.EACH ? duration.multipliedBy(2) : duration;
    }
}
