package app.kindred.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.time.Duration;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.RepaintManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An ordinary second repaints only part of the ring (the countdown-cpu benchmark), yet everything
 * that changed lies inside the repaint: the digits and all of the arc that moved.
 */
class CountdownRepaintTest extends GuiTest {
    @ParameterizedTest(name = "a step of {0} s, {1}")
    @CsvSource({"300, RUNNING", "60, RUNNING", "18, RUNNING", "5, RUNNING", "60, WARNING"})
    void aSecondRepaintsWhatChangedAndNoMore(int total, Countdown.Mode mode) {
        String problem = onEdt(() -> {
            JFrame frame = new JFrame();
            JPanel ground = new JPanel(null);
            ground.setBackground(Color.WHITE);
            Countdown c = new Countdown("countdown");
            c.setBounds(0, 0, 300, 300);
            ground.add(c);
            frame.setContentPane(ground);
            frame.setBounds(0, 0, 320, 340);
            frame.setVisible(true);
            atCleanUp(frame::dispose);
            RepaintManager rm = RepaintManager.currentManager(c);
            int smaller = 0;
            BufferedImage before = null;
            for (int left = total; left > 0; left--) {
                c.show(Duration.ofSeconds(left), Duration.ofSeconds(total), mode);
                Rectangle dirty = rm.getDirtyRegion(c);
                rm.markCompletelyClean(c);
                BufferedImage now = paint(c);
                if (before != null) {
                    for (int y = 0; y < 300; y++) {
                        for (int x = 0; x < 300; x++) {
                            if (far(before.getRGB(x, y), now.getRGB(x, y)) && !dirty.contains(x, y)) {
                                return "at " + left + " s left, pixel " + x + "," + y + " changed outside the repaint " + dirty;
                            }
                        }
                    }
                    smaller += dirty.width * dirty.height < 300 * 300 * 0.6 ? 1 : 0;
                }
                before = now;
            }
            // With 5 s the end leaps 72 degrees a second: the whole ring is repainted, and must be.
            return total >= 60 && smaller < (total - 1) * 0.8 ? "only " + smaller + " of " + (total - 1) + " seconds repainted less" : null;
        });
        assertThat(problem).isNull();
    }

    /** A change a person could see (not an antialiasing level or two). */
    private static boolean far(int a, int b) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF)) > 24) {
                return true;
            }
        }
        return false;
    }

    /** The whole countdown as drawn now, on its parent's white ground. */
    private static BufferedImage paint(Countdown c) {
        BufferedImage img = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 300);
        c.paint(g);
        g.dispose();
        return img;
    }
}
