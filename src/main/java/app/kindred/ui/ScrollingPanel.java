package app.kindred.ui;

import com.formdev.flatlaf.util.UIScale;
import java.awt.Dimension;
import java.awt.LayoutManager;
import java.awt.Rectangle;
import javax.swing.JPanel;
import javax.swing.JViewport;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;

/**
 * A panel that scrolls the way Kindred's touch screens want: its own size in the viewport, 48 lp a
 * wheel notch, a page less 48 lp a page (a line of context stays), the viewport's width followed.
 * Subclasses say whether they follow the viewport's height ({@link #fillsViewportHeight}).
 */
abstract class ScrollingPanel extends JPanel implements Scrollable {
    ScrollingPanel(LayoutManager layout) {
        super(layout);
    }

    /** This panel in a borderless, see-through scroll pane that scrolls up and down only, named NAME.scroll. */
    protected javax.swing.JScrollPane borderlessVerticalScrollPane() {
        javax.swing.JScrollPane sp = new javax.swing.JScrollPane(this, javax.swing.ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                javax.swing.ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        sp.setName(getName() + ".scroll");
        sp.setBorder(javax.swing.BorderFactory.createEmptyBorder());
        sp.setOpaque(false);
        sp.getViewport().setOpaque(false);
        return sp;
    }

    /** True when the panel may simply fill the viewport's height (it fits): the layout can centre and push. */
    protected boolean fitsViewportHeight() {
        return getParent() instanceof JViewport v && v.getHeight() >= getMinimumSize().height;
    }

    /** True when the panel may simply fill the viewport's width (it fits). */
    protected boolean fitsViewportWidth() {
        return getParent() instanceof JViewport v && v.getWidth() >= getMinimumSize().width;
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return UIScale.scale(48);
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        int side = orientation == SwingConstants.VERTICAL ? visible.height : visible.width;
        return Math.max(1, side - UIScale.scale(48));
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }
}
