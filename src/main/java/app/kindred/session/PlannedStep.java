package app.kindred.session;

import app.kindred.content.Active;
import app.kindred.content.Phase;

/**
 * One countdown of a run: a phase (or one half of an EACH phase, or one phase of the swapped
 * round), or a whole break.
 *
 * @param phaseIndex    index into the exercise's phases; -1 for a break
 * @param phase         the phase, null for a break
 * @param round         0, or 1 for the repeat with roles swapped
 * @param turn          which role acts: A, B or BOTH (EACH is already split into A then B)
 * @param plannedNanos  planned length after scaling to the programme item's duration
 * @param switchesRoles this step begins with the partners switching roles (the UI shows "Switch")
 */
record PlannedStep(int phaseIndex, Phase phase, int round, Active turn, long plannedNanos, boolean switchesRoles) {
    boolean isBreak() {
        return phase == null;
    }

    /** The person holding a role in a round: in the swapped round, partner B holds role A. */
    static Partner holder(Active role, int round) {
        Partner p = role == Active.B ? Partner.B : Partner.A;
        return round % 2 == 0 ? p : p.other();
    }

    /** The one person acting, or null when both act. */
    Partner actingPerson() {
        return turn == Active.A || turn == Active.B ? holder(turn, round) : null;
    }
}
