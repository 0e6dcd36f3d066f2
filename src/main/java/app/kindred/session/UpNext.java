package app.kindred.session;

import java.time.Duration;
import java.util.List;

/**
 * What comes after the current step.
 *
 * @param newItem       true when the next step begins another programme item (exercise or break)
 * @param itemTitle     the exercise title or break text of the next step's item
 * @param phaseTitle    the next phase's title (for a break, the break text)
 * @param active        who acts next (empty for a break)
 * @param switchesRoles the next step begins with "switch roles"
 */
public record UpNext(boolean newItem, boolean isBreak, String itemTitle, String phaseTitle,
        List<ActivePerson> active, boolean switchesRoles, Duration planned) {
    public UpNext {
        active = List.copyOf(active);
    }
}
