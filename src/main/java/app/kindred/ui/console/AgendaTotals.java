package app.kindred.ui.console;

import app.kindred.session.AgendaItem;
import app.kindred.session.SessionSnapshot;
import java.time.Duration;

/**
 * The console's running total: planned minutes against minutes used, and where the session will
 * end if what is left runs as planned. Derived from one engine snapshot; holds no time of its own.
 *
 * @param planned   the agenda's planned length as it stands (dropped items excluded)
 * @param used      time the steps have run so far
 * @param projected used + what is left: the current item's rest (with its extensions) and the
 *                  planned length of every item still to come
 * @param left      projected − used: how long until the session ends
 */
public record AgendaTotals(Duration planned, Duration used, Duration projected, Duration left) {

    public static AgendaTotals of(SessionSnapshot s) {
        Duration planned = Duration.ZERO;
        Duration projected = Duration.ZERO;
        Duration used = Duration.ZERO;
        for (AgendaItem item : s.agenda()) {
            planned = planned.plus(item.planned());
            used = used.plus(item.used());
            projected = projected.plus(switch (item.state()) {
                case DONE, PASSED -> item.used();
                case UPCOMING -> item.planned();
                case CURRENT -> item.used().plus(currentRest(item, s));
            });
        }
        if (s.finished()) {
            projected = used;
        }
        return new AgendaTotals(planned, used, projected, projected.minus(used));
    }

    /**
     * What the current item still needs: its plan minus what it used, plus this step's extension
     * (exact when the earlier steps ran as planned), and never less than the current step's rest.
     */
    private static Duration currentRest(AgendaItem item, SessionSnapshot s) {
        Duration rest = item.planned().minus(item.used()).plus(s.extension());
        Duration step = s.remaining();
        if (rest.compareTo(step) < 0) {
            rest = step;
        }
        return rest.isNegative() ? Duration.ZERO : rest;
    }

    /** Positive when the session will run over its plan, negative when it will finish early. */
    public Duration drift() {
        return projected.minus(planned);
    }
}
