package app.kindred.ui;

import com.formdev.flatlaf.util.UIScale;
import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.MouseEvent;
import javax.swing.AbstractButton;
import javax.swing.ButtonModel;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import javax.swing.Timer;

/**
 * Drag to scroll, as on a phone: a finger (or a pressed mouse) moved up or down over a list
 * scrolls it, and a quick flick goes on gliding and slows down. A drag never presses what it
 * started on: once the finger has moved past a few points, the card under it lets go, so dragging
 * over a card does not start that exercise. Listens only while the list is on the screen.
 */
final class DragScroll implements AWTEventListener {
    /** How far a finger may wobble before a tap becomes a drag (logical pixels). */
    private static final int SLOP = 10;
    /** Per 15 ms frame: the glide keeps this much of its speed (0.92: a fast flick glides about a second). */
    private static final double FRICTION = 0.92;
    private static final int FRAME_MS = 15;

    private final JViewport viewport;
    private final Timer glide;
    private boolean down;
    private boolean dragging;
    private int startY;
    private int startView;
    private int lastY;
    private long lastAt;
    /** Pixels per millisecond, positive when the content moves up (the view goes down). */
    private double velocity;

    DragScroll(JViewport viewport) {
        this.viewport = viewport;
        glide = new Timer(FRAME_MS, e -> glideStep());
    }

    void start() {
        Toolkit.getDefaultToolkit().addAWTEventListener(this, AWTEvent.MOUSE_EVENT_MASK | AWTEvent.MOUSE_MOTION_EVENT_MASK);
    }

    void stop() {
        Toolkit.getDefaultToolkit().removeAWTEventListener(this);
        glide.stop();
        down = false;
        dragging = false;
    }

    /** True from a press on the list until its release has been handled (tests wait for the lift). */
    boolean held() {
        return down;
    }

    /** True while a finger drags or the list still glides (tests wait for it to settle). */
    boolean moving() {
        return dragging || glide.isRunning();
    }

    @Override
    public void eventDispatched(AWTEvent event) {
        if (!(event instanceof MouseEvent e) || !(e.getSource() instanceof Component c)
                || !SwingUtilities.isDescendingFrom(c, viewport) || !SwingUtilities.isLeftMouseButton(e) && e.getID() != MouseEvent.MOUSE_DRAGGED) {
            return;
        }
        int y = SwingUtilities.convertPoint(c, e.getPoint(), viewport).y;
        switch (e.getID()) {
            case MouseEvent.MOUSE_PRESSED -> {
                glide.stop();
                down = true;
                dragging = false;
                startY = y;
                lastY = y;
                lastAt = e.getWhen();
                startView = viewport.getViewPosition().y;
                velocity = 0;
            }
            case MouseEvent.MOUSE_DRAGGED -> {
                if (!down) {
                    return;
                }
                if (!dragging && Math.abs(y - startY) >= UIScale.scale(SLOP)) {
                    dragging = true;
                    letGo(c);
                }
                if (dragging) {
                    long dt = Math.max(1, e.getWhen() - lastAt);
                    double v = (lastY - y) / (double) dt;
                    velocity = velocity * 0.3 + v * 0.7;
                    lastY = y;
                    lastAt = e.getWhen();
                    scrollTo(startView + (startY - y));
                    letGo(c);
                }
            }
            case MouseEvent.MOUSE_RELEASED -> {
                if (dragging) {
                    letGo(c);
                    // A finger that stopped before lifting does not glide, nor does any with reduce motion
                    // (the list stays where the finger left it).
                    if (e.getWhen() - lastAt < 80 && Math.abs(velocity) > 0.05 && !Motion.reduced()) {
                        glide.start();
                    }
                }
                down = false;
                dragging = false;
            }
            default -> {
            }
        }
    }

    /** The button under the finger forgets it was pressed: releasing it then does nothing. */
    private static void letGo(Component c) {
        Component b = c instanceof AbstractButton ? c : SwingUtilities.getAncestorOfClass(AbstractButton.class, c);
        if (b instanceof AbstractButton button) {
            ButtonModel m = button.getModel();
            m.setArmed(false);
            m.setPressed(false);
        }
    }

    private void glideStep() {
        velocity *= FRICTION;
        int before = viewport.getViewPosition().y;
        scrollTo(before + (int) Math.round(velocity * FRAME_MS));
        if (Math.abs(velocity) < 0.05 || viewport.getViewPosition().y == before) {
            glide.stop();
        }
    }

    private void scrollTo(int y) {
        Component view = viewport.getView();
        if (view == null) {
            return;
        }
        int max = Math.max(0, view.getHeight() - viewport.getExtentSize().height);
        Point p = viewport.getViewPosition();
        int ny = Math.max(0, Math.min(max, y));
        if (ny != p.y) {
            viewport.setViewPosition(new Point(p.x, ny));
        }
    }

    /** Scrolls so that {@code c} (inside the viewport's view) is fully visible. */
    static void reveal(JViewport viewport, Component c) {
        Component view = viewport.getView();
        if (view instanceof javax.swing.JComponent v && SwingUtilities.isDescendingFrom(c, v)) {
            Rectangle r = SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), v);
            r.grow(0, UIScale.scale(8));
            v.scrollRectToVisible(r);
        }
    }
}
