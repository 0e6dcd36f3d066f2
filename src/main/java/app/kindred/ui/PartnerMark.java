package app.kindred.ui;

import com.formdev.flatlaf.util.UIScale;
import java.awt.BasicStroke;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import javax.swing.Icon;

/**
 * A partner's shape in the partner's colour: a circle or a diamond. Drawn with Java 2D at any
 * UI scale; the colour is read from the theme when painted, so a theme switch needs no rebuild.
 */
public final class PartnerMark implements Icon {
    public enum Shape { CIRCLE, DIAMOND }

    private final PartnerLook partner;
    private final int size;

    /** @param logicalSize edge length at 100 % UI scale */
    public PartnerMark(PartnerLook partner, int logicalSize) {
        this.partner = partner;
        this.size = logicalSize;
    }

    public PartnerLook partner() {
        return partner;
    }

    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            double s = UIScale.scale((float) size);
            double inset = s * 0.06;
            double d = s - 2 * inset;
            java.awt.Shape shape;
            if (partner.shape() == Shape.CIRCLE) {
                shape = new Ellipse2D.Double(x + inset, y + inset, d, d);
            } else {
                Path2D.Double p = new Path2D.Double();
                double cx = x + s / 2;
                double cy = y + s / 2;
                double r = d / 2;
                p.moveTo(cx, cy - r);
                p.lineTo(cx + r, cy);
                p.lineTo(cx, cy + r);
                p.lineTo(cx - r, cy);
                p.closePath();
                shape = p;
            }
            g2.setColor(Theme.color(partner.colorKey()));
            g2.fill(shape);
            // A thin outline in the text colour keeps the shape legible on any ground.
            g2.setColor(c == null ? Theme.color("secondaryForeground") : c.getForeground());
            g2.setStroke(new BasicStroke((float) Math.max(1, s * 0.04)));
            g2.draw(shape);
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
