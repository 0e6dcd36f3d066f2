package app.kindred.ui.lock;

import java.awt.Component;
import java.awt.Point;
import java.awt.Window;
import java.awt.event.MouseEvent;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;
import javax.swing.JRootPane;
import javax.swing.SwingUtilities;

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
     * Records a press anywhere in {@code window}: on a control, on a panel, or on the empty window
     * itself (a tap where no component is comes from the frame, not from the view it shows).
     * Presses in other windows are not ours and change nothing.
     *
     * @return true when it completes the gesture
     */
    public boolean tap(MouseEvent m, Window window, int corner) {
        Component source = m.getComponent();
        if (m.getID() != MouseEvent.MOUSE_PRESSED || source == null || window == null || !window.isShowing()) {
            return false;
        }
        Window of = source instanceof Window w ? w : SwingUtilities.getWindowAncestor(source);
        if (of != window) {
            return false;
        }
        JRootPane root = SwingUtilities.getRootPane(window);
        Point p = SwingUtilities.convertPoint(source, m.getPoint(), root == null ? window : root);
        return tap(p.x, p.y, corner);
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
