package app.kindred.ui;

import com.formdev.flatlaf.util.UIScale;
import java.awt.BasicStroke;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import javax.swing.AbstractButton;
import javax.swing.Icon;

/**
 * A large tick box for touch screens (FlatLaf's check box icon is sized for a mouse): an outlined
 * rounded square, filled with a tick when the button it belongs to is selected. The tick is a
 * shape, so "chosen" never depends on colour alone.
 */
public final class CheckMark implements Icon {
    private final AbstractButton owner;
    private final int size;

    public CheckMark(AbstractButton owner, int logicalSize) {
        this.owner = owner;
        this.size = logicalSize;
    }

    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            float s = UIScale.scale((float) size);
            float line = Math.max(2f, s * 0.08f);
            RoundRectangle2D.Float box = new RoundRectangle2D.Float(x + line / 2, y + line / 2, s - line, s - line, s * 0.3f, s * 0.3f);
            if (owner.isSelected()) {
                g2.setColor(Theme.color("accent"));
                g2.fill(box);
                Path2D.Float tick = new Path2D.Float();
                tick.moveTo(x + s * 0.26f, y + s * 0.52f);
                tick.lineTo(x + s * 0.43f, y + s * 0.69f);
                tick.lineTo(x + s * 0.75f, y + s * 0.33f);
                g2.setColor(Theme.color("onAccent"));
                g2.setStroke(new BasicStroke(line * 1.3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g2.draw(tick);
            } else {
                g2.setColor(Theme.color("ribbonTodo"));
                g2.setStroke(new BasicStroke(line));
                g2.draw(box);
            }
        } finally {
            g2.dispose();
        }
    }

    @Override
    public int getIconWidth() {
        return UIScale.scale(size);
    }

    @Override
    public int getIconHeight() {
        return UIScale.scale(size);
    }
}
