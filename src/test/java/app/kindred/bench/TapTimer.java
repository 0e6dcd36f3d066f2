package app.kindred.bench;

import java.awt.AWTException;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.io.IOException;
import java.util.Arrays;

/**
 * The tap benchmark's stopwatch, the same for the kiosk and for the bare Swing reference: a real
 * pointer press and release through the X server (XTest), then reads the screen back until a band
 * of it changes. The band lies across the old screen's heading, never across the button tapped (its
 * pressed look would count as an answer). One capture of a 1920-pixel band costs ~1.5 ms, so the
 * time is good to about that.
 */
public final class TapTimer {
    private final Robot robot;

    public TapTimer() throws AWTException {
        robot = new Robot();
    }

    /** Milliseconds from the press at {@code at} to the first change in {@code band}. */
    public double tap(Point at, Rectangle band) throws IOException {
        robot.mouseMove(at.x, at.y);
        robot.waitForIdle();
        int[] before = pixels(band);
        long t0 = System.nanoTime();
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        while (Arrays.equals(pixels(band), before)) {
            if (System.nanoTime() - t0 > 10_000_000_000L) {
                throw new IOException("nothing changed on the screen 10 s after the tap at " + at);
            }
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    /** The band of 33 rows across the whole screen, centred on a component's middle row. */
    public static Rectangle bandAcross(Rectangle onScreen, int screenWidth) {
        return new Rectangle(0, onScreen.y + onScreen.height / 2 - 16, screenWidth, 33);
    }

    private int[] pixels(Rectangle band) {
        return robot.createScreenCapture(band).getRGB(0, 0, band.width, band.height, null, 0, band.width);
    }

    /** The 95th percentile (nearest rank) of some times. */
    public static double p95(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return s[(int) Math.ceil(0.95 * s.length) - 1];
    }

    public static double median(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
