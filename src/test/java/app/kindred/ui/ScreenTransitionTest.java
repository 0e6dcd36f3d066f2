package app.kindred.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JPanel;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Screens arrive in 200 ms (a fade from 40 % and a short rise) on a clock the test moves, end on the
 * new screen as it stays, never hold back a tap or the focus, and with reduced motion simply appear.
 */
class ScreenTransitionTest extends GuiTest {
    private static final long MS = 1_000_000L;
    private static final Color NEW_SCREEN = new Color(0x2060A0);

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger taps = new AtomicInteger();
    private Navigator navigator;
    private JButton button;

    @BeforeEach
    void twoScreensInAFrame() {
        GuiActionRunner.execute(() -> {
            navigator = new Navigator(now::get);
            navigator.register("one", () -> screen(new JPanel(), null));
            button = new JButton("Tap");
            button.setName("two.button");
            button.addActionListener(e -> taps.incrementAndGet());
            JPanel two = new JPanel();
            two.setBackground(NEW_SCREEN);
            two.add(button);
            navigator.register("two", () -> screen(two, button));
            JFrame frame = new JFrame();
            frame.setContentPane(navigator.component());
            frame.setBounds(0, 0, 480, 320);
            frame.setVisible(true);
            navigator.show("one");
            navigator.settle();
            atCleanUp(() -> {
                Motion.setReduced(false);
                frame.dispose();
            });
        });
        robot.waitForIdle();
    }

    @Test
    void aTransitionEndsWithin250MsOnTheNewScreen() {
        GuiActionRunner.execute(() -> navigator.show("two"));
        assertThat(moving()).isTrue();
        assertThat(corner()).as("the first frame shows the new screen, faded").isNotEqualTo(NEW_SCREEN.getRGB());
        assertThat(corner()).as("... not the old one").isNotEqualTo(onScreenOne());
        now.set(120 * MS);
        step();
        assertThat(moving()).as("still arriving at 120 ms").isTrue();
        now.set(250 * MS);
        step();
        assertThat(moving()).as("arrived within 250 ms").isFalse();
        assertThat(corner()).as("the last frame is the new screen as it stays").isEqualTo(NEW_SCREEN.getRGB());
        assertThat(GuiActionRunner.execute(navigator::framesBetween)).isPositive();
    }

    @Test
    void theNewScreenTakesTapsAndFocusWhileItArrives() {
        // The clock stands still: the new screen stays part-way through its arrival.
        GuiActionRunner.execute(() -> navigator.show("two"));
        Pause.pause(new Condition("the new screen's button has the focus") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> button.isFocusOwner());
            }
        });
        robot.click(button);
        robot.waitForIdle();
        assertThat(taps.get()).isEqualTo(1);
        assertThat(moving()).as("the tap was taken mid-way").isTrue();
    }

    @Test
    void withReducedMotionTheScreenIsThereAtOnce() {
        int before = GuiActionRunner.execute(navigator::framesBetween);
        GuiActionRunner.execute(() -> {
            Motion.setReduced(true);
            navigator.show("two");
        });
        assertThat(moving()).isFalse();
        robot.waitForIdle();
        assertThat(corner()).isEqualTo(NEW_SCREEN.getRGB());
        assertThat(GuiActionRunner.execute(navigator::framesBetween)).as("frames part-way").isEqualTo(before);
    }

    private boolean moving() {
        return GuiActionRunner.execute(navigator::moving);
    }

    private void step() {
        GuiActionRunner.execute(() -> ((ScreenDeck) navigator.component()).step());
    }

    /** A pixel near the top left of the deck as it paints now. */
    private int corner() {
        return GuiActionRunner.execute(() -> {
            javax.swing.JComponent deck = navigator.component();
            BufferedImage img = new BufferedImage(deck.getWidth(), deck.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            deck.paint(g);
            g.dispose();
            return img.getRGB(4, deck.getHeight() / 2);
        });
    }

    private int onScreenOne() {
        return GuiActionRunner.execute(() -> navigator.screen("one").component().getBackground().getRGB());
    }

    private static Screen screen(JPanel panel, JButton focus) {
        return new Screen() {
            @Override
            public String id() {
                return focus == null ? "one" : "two";
            }

            @Override
            public javax.swing.JComponent component() {
                return panel;
            }

            @Override
            public javax.swing.JComponent initialFocus() {
                return focus;
            }
        };
    }
}
