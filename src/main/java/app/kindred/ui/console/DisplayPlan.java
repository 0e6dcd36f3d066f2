package app.kindred.ui.console;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Where the room view and the console go, decided from the screens alone (a pure function, so it is
 * tested with made-up screen bounds). One screen: the console is an overlay over the room view.
 * Two or more: the console stays on the primary screen (the laptop) and the room view goes full
 * screen on the largest other one (the projector); {@code swapped} exchanges them. When a screen
 * comes or goes, the caller plans again with the new list: nothing here holds session state.
 */
public record DisplayPlan(Mode mode, Display room, Display console) {

    public enum Mode {
        /** One screen: the console is drawn over the room view, in the same window. */
        OVERLAY,
        /** Two screens: the room view and the console each fill their own. */
        SEPARATE
    }

    public DisplayPlan {
        Objects.requireNonNull(room);
        Objects.requireNonNull(console);
    }

    public static DisplayPlan plan(List<Display> displays, boolean swapped) {
        if (displays.isEmpty()) {
            throw new IllegalArgumentException("no display to show the room view on");
        }
        if (displays.size() == 1) {
            Display only = displays.get(0);
            return new DisplayPlan(Mode.OVERLAY, only, only);
        }
        Display laptop = displays.stream().filter(Display::primary).findFirst().orElse(displays.get(0));
        // The projector is usually the biggest of the rest; on a tie the first listed wins (stable order).
        Display projector = displays.stream()
                .filter(d -> d != laptop)
                .max(Comparator.comparingLong(Display::area).thenComparing(d -> -displays.indexOf(d)))
                .orElseThrow();
        return swapped
                ? new DisplayPlan(Mode.SEPARATE, laptop, projector)
                : new DisplayPlan(Mode.SEPARATE, projector, laptop);
    }
}
