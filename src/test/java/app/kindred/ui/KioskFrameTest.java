package app.kindred.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.GraphicsEnvironment;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JComponent;
import javax.swing.JLabel;
import org.junit.jupiter.api.Test;

/** The kiosk's "ready": the next event after the window's first paint, or a fallback if none comes. */
class KioskFrameTest extends GuiTest {
    private final AtomicBoolean painted = new AtomicBoolean();

    private KioskFrame frame() {
        return onEdt(() -> {
            Navigator navigator = new Navigator();
            navigator.register("only", () -> new Screen() {
                private final JLabel label = new JLabel("Painted") {
                    @Override
                    protected void paintComponent(Graphics g) {
                        super.paintComponent(g);
                        painted.set(true);
                    }
                };

                @Override
                public String id() {
                    return "only";
                }

                @Override
                public JComponent component() {
                    return label;
                }
            });
            navigator.show("only");
            KioskFrame f = new KioskFrame("test", navigator);
            atCleanUp(f::dispose);
            return f;
        });
    }

    @Test
    void readyComesOnceTheContentIsPaintedAndOnlyOnce() throws InterruptedException {
        KioskFrame f = frame();
        AtomicInteger runs = new AtomicInteger();
        AtomicBoolean paintedWhenReady = new AtomicBoolean();
        CountDownLatch ready = new CountDownLatch(1);
        onEdt(() -> {
            f.whenFirstPainted(() -> {
                paintedWhenReady.set(painted.get());
                runs.incrementAndGet();
                ready.countDown();
            }, Duration.ofMillis(1500));
            f.show(GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice(), new Dimension(400, 300));
        });
        assertThat(ready.await(10, TimeUnit.SECONDS)).as("ready came").isTrue();
        assertThat(paintedWhenReady).as("the content was painted before ready").isTrue();
        Thread.sleep(2000); // past the fallback: it must not run the action a second time
        assertThat(runs).hasValue(1);

        CountDownLatch again = new CountDownLatch(1);
        onEdt(() -> f.whenFirstPainted(again::countDown, Duration.ofSeconds(30)));
        assertThat(again.await(5, TimeUnit.SECONDS)).as("asked after the first paint: runs at once").isTrue();
    }

    @Test
    void aWindowThatIsNeverPaintedIsReadyAfterTheFallback() throws InterruptedException {
        KioskFrame f = frame();
        CountDownLatch ready = new CountDownLatch(1);
        long start = System.nanoTime();
        onEdt(() -> f.whenFirstPainted(ready::countDown, Duration.ofMillis(300)));
        assertThat(ready.await(10, TimeUnit.SECONDS)).as("ready came without a paint").isTrue();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isGreaterThanOrEqualTo(250);
        assertThat(painted).isFalse();
    }
}
