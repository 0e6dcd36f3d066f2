package app.kindred.ui;

import com.formdev.flatlaf.util.UIScale;
import java.awt.BasicStroke;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import javax.swing.Icon;

/**
 * A partner's shape in the partner's colour: a circle or a soft diamond (a square on its point with
 * rounded corners). Drawn with Java 2D at any UI scale; the colours are read from the theme when
 * painted, so a theme switch needs no rebuild. The kiosk, the room view and the step ribbon all
 * take their shapes from {@link #outline}, so a partner looks the same everywhere.
 */
public final class PartnerMark implements Icon {
    public enum Shape { CIRCLE, DIAMOND }

    private final PartnerLook partner;
    private final int size;

    /** @param logicalSize edge length at 100 % UI scale */
    /** How far the diamond's tips reach, in radii of the circle of the same size. */
    static final double TIP = 1.1;

    public PartnerMark(PartnerLook partner, int logicalSize) {
        this.partner = partner;
        this.size = logicalSize;
    }

    public PartnerLook partner() {
        return partner;
    }

    /**
     * The partner's shape centred on (cx, cy), {@code size} across. The diamond reaches a little
     * further than the circle (its tips are rounded off and its area is smaller), so the two
     * read as the same weight side by side.
     */
    public static java.awt.Shape outline(Shape shape, double cx, double cy, double size) {
        double r = size / 2;
        if (shape == Shape.CIRCLE) {
            return new Ellipse2D.Double(cx - r, cy - r, size, size);
        }
        // A rounded square turned 45 degrees: centre to tip = (a/2 - k) * sqrt 2 + k for side a and
        // corner radius k = 0.12 a, i.e. 0.657 a; the tips reach 1.1 r. Rounder corners made it
        // too like the circle (PartnerMarkTest: over 85 % of their area in common).
        double a = r * TIP / 0.657;
        double k = 0.12 * a;
        RoundRectangle2D.Double square = new RoundRectangle2D.Double(cx - a / 2, cy - a / 2, a, a, 2 * k, 2 * k);
        return AffineTransform.getRotateInstance(Math.PI / 4, cx, cy).createTransformedShape(square);
    }

    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            double s = UIScale.scale((float) size);
            float edge = (float) Math.max(1, s * 0.05);
            // Room for the diamond's tips and half the edge inside the icon's square.
            double d = (s - edge) / TIP;
            java.awt.Shape shape = outline(partner.shape(), x + s / 2, y + s / 2, d);
            g2.setColor(Theme.color(partner.colorKey()));
            g2.fill(shape);
            // A rim in a deeper tone of the partner's own colour (the theme's partnerAEdge, ...): the
            // shape stays crisp on any ground without the hard black outline it once had.
            g2.setColor(Theme.color(partner.colorKey() + "Edge"));
            g2.setStroke(new BasicStroke(edge, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
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
