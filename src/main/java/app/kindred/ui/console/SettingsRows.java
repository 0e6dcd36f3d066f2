package app.kindred.ui.console;

import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/**
 * The settings' rows (label, control), in a scroll pane that is as tall as they are up to 60 % of
 * the screen: the room console and the kiosk's overlay stay on the screen with Save in reach below
 * them; the rest scrolls.
 */
final class SettingsRows extends JPanel implements javax.swing.Scrollable {
    SettingsRows() {
        super(new MigLayout("insets 0 0 0 8lp, wrap 2, gap 16lp 10lp", "[right][grow, fill]"));
    }

    @Override
    public java.awt.Dimension getPreferredScrollableViewportSize() {
        java.awt.Dimension d = getPreferredSize();
        java.awt.GraphicsConfiguration gc = getGraphicsConfiguration();
        int screen = gc != null ? gc.getBounds().height
                : java.awt.GraphicsEnvironment.isHeadless() ? 800
                : java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds().height;
        return new java.awt.Dimension(d.width, Math.min(d.height, screen * 6 / 10));
    }

    @Override
    public int getScrollableUnitIncrement(java.awt.Rectangle visible, int orientation, int direction) {
        return com.formdev.flatlaf.util.UIScale.scale(48);
    }

    @Override
    public int getScrollableBlockIncrement(java.awt.Rectangle visible, int orientation, int direction) {
        return Math.max(1, visible.height - com.formdev.flatlaf.util.UIScale.scale(48));
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return false;
    }
}
