package app.kindred.ui;

import app.kindred.content.Durations;
import com.formdev.flatlaf.util.UIScale;
import java.awt.BasicStroke;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Path2D;
import java.time.Duration;
import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRole;
import javax.swing.JComponent;
import javax.swing.UIManager;

/**
 * The large countdown: minutes and seconds inside a ring that empties as the step runs. It keeps no
 * time of its own; {@link #show} gives it the engine's remaining time and it repaints only when the
 * displayed second or the state changes. Warning and pause change the ring's shape (dashes, a
 * notch pattern) and the caption, never the colour alone.
 */
public final class Countdown extends JComponent implements javax.accessibility.Accessible {
    public enum Mode { RUNNING, WARNING, PAUSED, STOPPED }

    private long shownSeconds = -1;
    /** Where the digits were last drawn (all of their room), or null before the first paint. */
    private java.awt.Rectangle digitsBox;
    private long totalSeconds = 1;
    private Mode mode = Mode.STOPPED;
    private int repaints;

    public Countdown(String name) {
        setName(name);
        setOpaque(false);
    }

    /** Shows the remaining time; repaints only if what a person sees changed. Returns true if it did. */
    public boolean show(Duration remaining, Duration total, Mode newMode) {
        // Round up: "0:01" stays until the last second is really gone, and a fresh step shows its full time.
        long seconds = Durations.countdownSeconds(remaining);
        long totalSec = Math.max(1, Durations.countdownSeconds(total));
        if (seconds == shownSeconds && newMode == mode && totalSec == totalSeconds) {
            return false;
        }
        // Most seconds only the digits and the ring's moving end change: repaint just those (the
        // countdown-cpu benchmark; CountdownRepaintTest). A new state or total (+1 min) repaints it all,
        // as does an end that moves more than 20 degrees (a step under 18 s): the arc between would
        // be left out.
        boolean justASecond = newMode == mode && totalSec == totalSeconds && shownSeconds >= 0
                && (mode == Mode.RUNNING || mode == Mode.WARNING) && digitsBox != null && Math.abs(shownSeconds - seconds) * 360 <= 20 * totalSec;
        java.awt.Rectangle oldEnd = justASecond ? ringEnd() : null;
        shownSeconds = seconds;
        totalSeconds = totalSec;
        mode = newMode;
        // No accessible event here: a screen reader that asks reads the time left (name and value),
        // but the countdown never speaks up every second. The Announcer says the milestones.
        repaints++;
        if (justASecond) {
            // Swing joins the two into the rectangle around both: still well under the whole square
            // (cold, as a once-a-second paint stays: 1.3 against 1.7-2.2 ms of the event thread a second).
            repaint(oldEnd.union(ringEnd()));
            repaint(digitsBox);
        } else {
            repaint();
        }
        return true;
    }

    /** "4:05" as shown. */
    public String text() {
        return Durations.clock(Math.max(0, shownSeconds));
    }

    public Mode mode() {
        return mode;
    }

    /** How many times the display changed (the CPU benchmark checks it is once a second). */
    public int repaintCount() {
        return repaints;
    }

    @Override
    public Dimension getPreferredSize() {
        int s = UIScale.scale(340);
        return new Dimension(s, s);
    }

    @Override
    public Dimension getMinimumSize() {
        int s = UIScale.scale(200);
        return new Dimension(s, s);
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            int size = Math.min(getWidth(), getHeight());
            float stroke = Math.max(4f, size * 0.045f);
            double d = size - stroke * 2;
            double x = (getWidth() - d) / 2;
            double y = (getHeight() - d) / 2;
            g2.setColor(Theme.color("countdownTrack"));
            g2.setStroke(new BasicStroke(stroke, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g2.draw(new Arc2D.Double(x, y, d, d, 90, 360, Arc2D.OPEN));
            double fraction = shownSeconds < 0 ? 1 : Math.min(1, (double) shownSeconds / totalSeconds);
            boolean warning = mode == Mode.WARNING;
            g2.setColor(warning ? Theme.color("warning") : Theme.color("accent"));
            if (warning) {
                // Dashes: the warning is told by the ring's shape as well as its colour.
                g2.setStroke(new BasicStroke(stroke, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                        new float[] {stroke * 1.2f, stroke * 0.8f}, 0f));
            }
            if (mode != Mode.STOPPED) {
                // What is left runs clockwise from a "hand" back to twelve o'clock, like a clock face emptying.
                // Drawn from twelve o'clock, anticlockwise to the hand, in fixed pieces: every pixel but
                // those near the hand stays the same from one second to the next (and the warning's dashes
                // stay put), so a second repaints only around the hand.
                g2.draw(arcFromTwelve(x, y, d, fraction * 360));
            }
            paintDigits(g2, size);
            if (mode == Mode.PAUSED) {
                paintPauseBars(g2, size);
            }
        } finally {
            g2.dispose();
        }
    }

    /**
     * An arc from twelve o'clock, anticlockwise, made of fixed 6-degree pieces and one shorter last
     * piece at the hand. Java 2D divides a single arc into equal curves, which would move edge pixels
     * all round the ring a little each second; with fixed pieces only the last one (at most 6 degrees,
     * inside the repaint around the hand) changes.
     */
    private static Path2D arcFromTwelve(double x, double y, double d, double extent) {
        Path2D.Double path = new Path2D.Double();
        for (double done = 0; done < extent; done += PIECE) {
            path.append(new Arc2D.Double(x, y, d, d, 90 + done, Math.min(PIECE, extent - done), Arc2D.OPEN), true);
        }
        return path;
    }

    private static final double PIECE = 6;

    /** The square around the ring's moving end (the "hand"), round cap and antialiasing included. */
    private java.awt.Rectangle ringEnd() {
        int size = Math.min(getWidth(), getHeight());
        float stroke = Math.max(4f, size * 0.045f);
        double r = (size - stroke * 2) / 2.0;
        double fraction = Math.min(1, (double) Math.max(0, shownSeconds) / totalSeconds);
        double angle = Math.toRadians(90 - (1 - fraction) * 360);
        double hx = getWidth() / 2.0 + r * Math.cos(angle);
        double hy = getHeight() / 2.0 - r * Math.sin(angle);
        int pad = (int) Math.ceil(stroke) + 2;
        return new java.awt.Rectangle((int) Math.floor(hx) - pad, (int) Math.floor(hy) - pad, 2 * pad + 1, 2 * pad + 1);
    }

    private void paintDigits(Graphics2D g2, int size) {
        Font font = UIManager.getFont("Kindred.countdown.font");
        // The theme's size fits the preferred ring; a larger or smaller ring scales it in proportion.
        font = font.deriveFont(font.getSize2D() * size / (float) getPreferredSize().width);
        String t = text();
        FontMetrics fm = g2.getFontMetrics(font);
        double room = size * 0.68;
        if (fm.stringWidth(t) > room) {
            // Shrink the theme's font to fit a small ring; it never grows past the theme's size.
            font = font.deriveFont((float) (font.getSize2D() * room / fm.stringWidth(t)));
            fm = g2.getFontMetrics(font);
        }
        g2.setFont(font);
        g2.setColor(getForeground() != null ? getForeground() : UIManager.getColor("Label.foreground"));
        int tx = (getWidth() - fm.stringWidth(t)) / 2;
        int ty = (getHeight() - fm.getHeight()) / 2 + fm.getAscent();
        g2.drawString(t, tx, ty);
        // The digits' whole room (any time fits in it), for the next second's repaint.
        int roomWidth = (int) Math.ceil(Math.max(room, fm.stringWidth(t))) + 4;
        digitsBox = new java.awt.Rectangle((getWidth() - roomWidth) / 2, ty - fm.getAscent() - 2, roomWidth, fm.getHeight() + 4);
    }

    private void paintPauseBars(Graphics2D g2, int size) {
        double w = size * 0.035;
        double h = size * 0.11;
        double cx = getWidth() / 2.0;
        double top = getHeight() / 2.0 + size * 0.2;
        Path2D.Double bars = new Path2D.Double();
        bars.append(new java.awt.geom.RoundRectangle2D.Double(cx - w * 1.8, top, w, h, w, w), false);
        bars.append(new java.awt.geom.RoundRectangle2D.Double(cx + w * 0.8, top, w, h, w, w), false);
        g2.setColor(UIManager.getColor("Label.foreground"));
        g2.fill(bars);
    }

    /**
     * A label whose name is the time left as words ("4 minutes 5 seconds left", then "paused") and
     * whose value is the seconds left out of the step's total: read when asked, never pushed.
     */
    @Override
    public AccessibleContext getAccessibleContext() {
        if (accessibleContext == null) {
            accessibleContext = new AccessibleCountdown();
        }
        return accessibleContext;
    }

    private final class AccessibleCountdown extends AccessibleJComponent implements javax.accessibility.AccessibleValue {
        @Override
        public AccessibleRole getAccessibleRole() {
            return AccessibleRole.LABEL;
        }

        @Override
        public String getAccessibleName() {
            long s = Math.max(0, shownSeconds);
            String left = Text.format("countdown.accessible", s / 60, s % 60);
            return mode == Mode.PAUSED ? Text.format("countdown.accessible.paused", left)
                    : mode == Mode.WARNING ? Text.format("countdown.accessible.warning", left) : left;
        }

        @Override
        public String getAccessibleDescription() {
            return Text.get("countdown.description");
        }

        @Override
        public javax.accessibility.AccessibleValue getAccessibleValue() {
            return this;
        }

        @Override
        public Number getCurrentAccessibleValue() {
            return Math.max(0, shownSeconds);
        }

        @Override
        public boolean setCurrentAccessibleValue(Number n) {
            return false; // the engine owns time
        }

        @Override
        public Number getMinimumAccessibleValue() {
            return 0;
        }

        @Override
        public Number getMaximumAccessibleValue() {
            return totalSeconds;
        }
    }
}
