package app.kindred.ui;

import javax.swing.JScrollPane;
import net.miginfocom.swing.MigLayout;

/**
 * A vertical list of cards that is as wide as its viewport (so wrapped text re-wraps) and scrolls
 * only up and down, in steps a finger or a wheel finds natural: drag to scroll with a glide
 * ({@link DragScroll}), a wide scroll bar of the theme's contrast, and whatever gets the keyboard
 * focus scrolled into view.
 */
public final class ScrollColumn extends ScrollingPanel {
    private DragScroll drag;
    private final java.beans.PropertyChangeListener focusWatch = e -> {
        if (e.getNewValue() instanceof java.awt.Component c && getParent() instanceof javax.swing.JViewport v
                && javax.swing.SwingUtilities.isDescendingFrom(c, this)) {
            DragScroll.reveal(v, c);
        }
    };

    public ScrollColumn(String name) {
        super(new MigLayout(Widgets.NESTED + ", wrap 1, fillx, gapy unrel", "[grow, fill]"));
        setName(name);
        setOpaque(false);
    }

    @Override
    public void addNotify() {
        super.addNotify();
        java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().addPropertyChangeListener("focusOwner", focusWatch);
        if (getParent() instanceof javax.swing.JViewport v) {
            drag = new DragScroll(v);
            drag.start();
        }
    }

    @Override
    public void removeNotify() {
        java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().removePropertyChangeListener("focusOwner", focusWatch);
        if (drag != null) {
            drag.stop();
            drag = null;
        }
        super.removeNotify();
    }

    /** True while a drag or its glide is moving the list (tests wait for it to settle). */
    /** A finger (or the mouse) is down on the list: its release has not been handled yet. */
    public boolean held() {
        return drag != null && drag.held();
    }

    public boolean scrolling() {
        return drag != null && drag.moving();
    }

    /** Wraps this column in a borderless scroll pane that never scrolls sideways. */
    public JScrollPane inScrollPane() {
        JScrollPane sp = borderlessVerticalScrollPane();
        // Wide and of the theme's contrast ([style]ScrollBar.kindred): a finger finds it, an eye sees it.
        sp.getVerticalScrollBar().putClientProperty(com.formdev.flatlaf.FlatClientProperties.STYLE_CLASS, "kindred");
        sp.getVerticalScrollBar().setName(getName() + ".scrollBar");
        sp.getVerticalScrollBar().getAccessibleContext().setAccessibleName(Text.get("scroll.accessible"));
        return sp;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return false;
    }
}
