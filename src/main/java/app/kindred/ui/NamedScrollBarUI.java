package app.kindred.ui;

import com.formdev.flatlaf.ui.FlatScrollBarUI;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.SwingConstants;
import javax.swing.plaf.ComponentUI;

/**
 * FlatLaf's scroll bar with names on its arrow buttons. FlatLaf hides the arrows (0 px) but keeps
 * them as buttons, and a screen reader listed each as an unnamed "push button" (four on the
 * welcome screen, read through AT-SPI). Named in the theme's {@code ScrollBarUI} key.
 */
public class NamedScrollBarUI extends FlatScrollBarUI {
    public static ComponentUI createUI(JComponent c) {
        return new NamedScrollBarUI();
    }

    @Override
    protected JButton createDecreaseButton(int orientation) {
        return named(super.createDecreaseButton(orientation), orientation, "scroll.up", "scroll.left");
    }

    @Override
    protected JButton createIncreaseButton(int orientation) {
        return named(super.createIncreaseButton(orientation), orientation, "scroll.down", "scroll.right");
    }

    private static JButton named(JButton b, int orientation, String vertical, String horizontal) {
        boolean up = orientation == SwingConstants.NORTH || orientation == SwingConstants.SOUTH;
        b.getAccessibleContext().setAccessibleName(Text.get(up ? vertical : horizontal));
        return b;
    }
}
