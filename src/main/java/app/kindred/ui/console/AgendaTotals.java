package app.kindred.ui.console;

import app.kindred.content.Active;
import app.kindred.content.Phase;
import app.kindred.session.AgendaItem;
import app.kindred.session.RibbonStep;
import app.kindred.session.SessionSnapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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
     * What the current item still needs: the current step's rest (with its extensions) plus the
     * planned length of the item's steps still to come. Those come from the exercise's phases in
     * ribbon order (an EACH phase is two steps, a swapped exercise runs its phases twice), scaled
     * as the programme scales the item; if the ribbon does not match, the item's plan minus its use.
     */
    private static Duration currentRest(AgendaItem item, SessionSnapshot s) {
        Duration rest = s.remaining();
        if (s.isBreak() || s.exercise() == null) {
            return rest;
        }
        List<Duration> natural = new ArrayList<>();
        int rounds = s.exercise().swap() ? 2 : 1;
        for (int r = 0; r < rounds; r++) {
            for (Phase p : s.exercise().phases()) {
                natural.add(p.duration());
                if (p.active() == Active.EACH) {
                    natural.add(p.duration());
                }
            }
        }
        List<RibbonStep> ribbon = s.ribbon();
        if (natural.size() != ribbon.size()) {
            Duration rough = item.planned().minus(item.used()).plus(s.extension());
            return rough.compareTo(rest) < 0 ? rest : rough;
        }
        long naturalTotal = natural.stream().mapToLong(Duration::toNanos).sum();
        double scale = naturalTotal == 0 ? 1 : (double) item.planned().toNanos() / naturalTotal;
        long upcoming = 0;
        for (int k = 0; k < ribbon.size(); k++) {
            if (ribbon.get(k).state() == RibbonStep.State.UPCOMING) {
                upcoming += Math.round(natural.get(k).toNanos() * scale);
            }
        }
        // Whole seconds, as the engine plans them.
        return rest.plus(Duration.ofSeconds(Math.round(upcoming / 1e9)));
    }

    /** Positive when the session will run over its plan, negative when it will finish early. */
    public Duration drift() {
        return projected.minus(planned);
    }
}
