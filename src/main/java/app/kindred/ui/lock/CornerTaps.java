package app.kindred.ui.lock;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;

/**
 * The touch gesture for the console: five taps in the top-left corner within three seconds. A
 * corner nobody taps by accident, reachable on any touch screen without a keyboard.
 */
public final class CornerTaps {
    public static final int TAPS = 5;
    public static final Duration WINDOW = Duration.ofSeconds(3);

    private final LongSupplier nanoClock;
    private final Deque<Long> taps = new ArrayDeque<>();

    public CornerTaps(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /**
     * Records a press at (x, y); returns true when it completes the gesture.
     *
     * @param corner the side of the corner square in pixels (already scaled for the UI scale)
     */
    public boolean tap(int x, int y, int corner) {
        if (x < 0 || y < 0 || x >= corner || y >= corner) {
            taps.clear();
            return false;
        }
        long now = nanoClock.getAsLong();
        taps.addLast(now);
        while (now - taps.peekFirst() > WINDOW.toNanos()) {
            taps.removeFirst();
        }
        if (taps.size() >= TAPS) {
            taps.clear();
            return true;
        }
        return false;
    }
}
