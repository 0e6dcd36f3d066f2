package app.kindred.ui;

import java.awt.LayoutManager;
import java.awt.Rectangle;
import javax.swing.JScrollPane;

/**
 * The body of a screen above a pinned control bar: it fills the window when it fits, and scrolls up
 * and down when it does not (a large UI scale on a small screen), so no control is ever out of reach.
 * As wide as its viewport, so wrapped text re-wraps instead of scrolling sideways.
 */
public final class ScrollBody extends ScrollingPanel {
    public ScrollBody(String name, LayoutManager layout) {
        super(layout);
        setName(name);
        setOpaque(false);
    }

    /** Wraps this body in a borderless scroll pane that never scrolls sideways. */
    public JScrollPane inScrollPane() {
        JScrollPane sp = borderlessVerticalScrollPane();
        // Keyboard focus moving to a control below the fold scrolls it into view.
        java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().addPropertyChangeListener("permanentFocusOwner",
                new FocusFollower(this));
        return sp;
    }

    /** Fills a tall viewport (the layout can centre and push), scrolls in a short one. */
    @Override
    public boolean getScrollableTracksViewportHeight() {
        return fitsViewportHeight();
    }

    /** Scrolls a focused control inside the body into view; weakly held, so a dropped screen is not kept. */
    private static final class FocusFollower implements java.beans.PropertyChangeListener {
        private final java.lang.ref.WeakReference<ScrollBody> body;

        FocusFollower(ScrollBody body) {
            this.body = new java.lang.ref.WeakReference<>(body);
        }

        @Override
        public void propertyChange(java.beans.PropertyChangeEvent e) {
            ScrollBody b = body.get();
            if (b == null) {
                ((java.awt.KeyboardFocusManager) e.getSource()).removePropertyChangeListener("permanentFocusOwner", this);
                return;
            }
            if (e.getNewValue() instanceof javax.swing.JComponent c && b.isShowing()
                    && javax.swing.SwingUtilities.isDescendingFrom(c, b)) {
                Rectangle r = javax.swing.SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), b);
                b.scrollRectToVisible(r);
            }
        }
    }
}
