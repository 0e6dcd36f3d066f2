package app.kindred.session;

import java.time.Duration;

/**
 * One line of the facilitator's agenda: planned minutes against the minutes used so far.
 *
 * @param position 0-based position in the current (possibly reordered) agenda
 * @param used     time this item's phases have run so far, including the current one
 */
public record AgendaItem(int position, String title, boolean isBreak, Duration planned, Duration used, State state) {
    /** PASSED: the session moved beyond it (jump, end) before it ran. */
    public enum State { DONE, CURRENT, UPCOMING, PASSED }
}
