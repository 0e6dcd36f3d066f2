package app.kindred.content;

import java.time.Duration;

/**
 * One item of a programme's agenda: an exercise or a break.
 *
 * @param exerciseId the exercise to run, or null for a break
 * @param breakText  what a break shows on the room view, or null for an exercise
 * @param duration   the planned length of this item (for an exercise, its phases are scaled to fit)
 */
public record ProgrammeItem(String exerciseId, String breakText, Duration duration) {
    public static ProgrammeItem exercise(String id, Duration duration) {
        return new ProgrammeItem(id, null, duration);
    }

    public static ProgrammeItem pause(String text, Duration duration) {
        return new ProgrammeItem(null, text, duration);
    }

    public boolean isBreak() {
        return exerciseId == null;
    }
}
