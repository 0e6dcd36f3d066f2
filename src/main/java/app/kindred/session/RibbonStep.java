package app.kindred.session;

import app.kindred.content.Active;

/**
 * One dot of the step ribbon for the current exercise (or the single step of a break).
 *
 * @param turn    which role acts: A, B or BOTH
 * @param person  the one person acting, or null when both act
 * @param round   0, or 1 in the repeat with roles swapped
 * @param state   done, current or still to come
 */
public record RibbonStep(String title, Active turn, Partner person, int round, State state) {
    public enum State { DONE, CURRENT, UPCOMING }
}
