package app.kindred.ui;

import com.formdev.flatlaf.util.UIScale;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.Icon;
import javax.swing.UIManager;

/**
 * The quiet picture on the welcome and goodbye screens: {@code illustration/together.svg}, drawn by
 * hand for Kindred, painted as vector paths with Java 2D (crisp at every UI scale) in the colours of
 * the theme in force. Only the little of SVG that file uses is read: {@code <path>} elements with a
 * {@code class} (which theme colour), a {@code fill-opacity} and absolute M, L, C, Q, Z path data.
 * Decorative: it says nothing a screen reader should read.
 */
public final class Illustration implements Icon {
    /** A class of the SVG: its joined paths and how opaque it is filled. */
    record Layer(String colour, float opacity, Area area) {
    }

    private static final String RESOURCE = "illustration/together.svg";
    private static List<Layer> layers;
    private static double viewWidth;
    private static double viewHeight;

    private final int width;

    /** @param logicalWidth the width at 100 % UI scale; the height follows the drawing's proportions */
    public Illustration(int logicalWidth) {
        this.width = logicalWidth;
        load();
    }

    /** The theme colour each class of the SVG is painted in. */
    static Color colour(String svgClass) {
        return switch (svgClass) {
            case "a" -> Theme.color("partnerA");
            case "b" -> Theme.color("partnerB");
            case "shade" -> Theme.color("countdownTrack");
            case "ground" -> UIManager.getColor("Panel.background");
            default -> throw new IllegalStateException("together.svg: no theme colour for class " + svgClass);
        };
    }

    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.translate(x, y);
            g2.scale(getIconWidth() / viewWidth, getIconHeight() / viewHeight);
            for (Layer layer : layers) {
                Color base = colour(layer.colour());
                g2.setColor(new Color(base.getRed(), base.getGreen(), base.getBlue(),
                        Math.round(base.getAlpha() * layer.opacity())));
                g2.fill(layer.area());
            }
        } finally {
            g2.dispose();
        }
    }

    @Override
    public int getIconWidth() {
        return UIScale.scale(width);
    }

    @Override
    public int getIconHeight() {
        return (int) Math.round(getIconWidth() * viewHeight / viewWidth);
    }

    /** The drawing's layers in painting order (tests). */
    static List<Layer> layers() {
        load();
        return layers;
    }

    private static synchronized void load() {
        if (layers != null) {
            return;
        }
        String svg;
        try (InputStream in = Illustration.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            svg = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] box = attribute(svg.substring(svg.indexOf("<svg")), "viewBox").trim().split("[\\s,]+");
        viewWidth = Double.parseDouble(box[2]);
        viewHeight = Double.parseDouble(box[3]);
        Map<String, Layer> byClass = new LinkedHashMap<>();
        for (int at = svg.indexOf("<path"); at >= 0; at = svg.indexOf("<path", at + 1)) {
            String element = svg.substring(at, svg.indexOf('>', at));
            String cls = attribute(element, "class");
            String opacity = attribute(element, "fill-opacity");
            Layer layer = byClass.computeIfAbsent(cls, k -> new Layer(k,
                    opacity == null ? 1f : Float.parseFloat(opacity), new Area()));
            layer.area().add(new Area(path(attribute(element, "d"))));
        }
        layers = List.copyOf(byClass.values());
    }

    private static String attribute(String element, String name) {
        String key = " " + name + "=\"";
        int i = element.replace('\n', ' ').indexOf(key);
        if (i < 0) {
            return null;
        }
        int from = i + key.length();
        return element.substring(from, element.indexOf('"', from));
    }

    /** Absolute M, L, C, Q and Z: all the hand-drawn file needs. */
    static Path2D.Double path(String d) {
        Path2D.Double p = new Path2D.Double();
        List<String> t = new ArrayList<>(List.of(d.trim().split("[\\s,]+")));
        int i = 0;
        while (i < t.size()) {
            String cmd = t.get(i++);
            switch (cmd) {
                case "M" -> p.moveTo(num(t, i++), num(t, i++));
                case "L" -> p.lineTo(num(t, i++), num(t, i++));
                case "Q" -> p.quadTo(num(t, i++), num(t, i++), num(t, i++), num(t, i++));
                case "C" -> p.curveTo(num(t, i++), num(t, i++), num(t, i++), num(t, i++), num(t, i++), num(t, i++));
                case "Z" -> p.closePath();
                default -> throw new IllegalArgumentException("together.svg: path command " + cmd + " is not read here");
            }
        }
        return p;
    }

    private static double num(List<String> t, int i) {
        return Double.parseDouble(t.get(i));
    }
}
