package app.kindred.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.ui.Countdown;
import app.kindred.ui.Theme;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.time.Duration;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, item 2, at 1280x800 and 100 %: the prompt is a card in 28 px type or larger, sentence
 * starters are chips in 20 px type or larger, and the countdown ring keeps one size and place
 * while the step runs, nears its end and is paused; paused, the ring is veiled.
 */
class PromptCardTest extends KioskGuiTest {
    private void openAt1280x800() {
        harness = new KioskHarness(home);
        app = onEdt(() -> {
            KioskApp a = KioskApp.create(harness.options());
            a.show(GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice(), new Dimension(1280, 800));
            return a;
        });
        atCleanUp(app::close);
        window = new FrameFixture(robot, app.frame().frame());
        robot.waitForIdle();
        window.button("welcome.start").click();
        waitForScreen(WhoScreen.ID);
        window.button("who.next").click();
        waitForScreen(ChooseScreen.ID);
        window.button("choose.card.exercise.holding-the-floor").click();
        waitForScreen(ExerciseScreen.ID);
        window.button("exercise.next").click(); // "Speak and reflect": a prompt and two starters
        waitUntil("the prompt", () -> showing("exercise.prompt.text"));
    }

    @Test
    void thePromptAndStartersAreLargeAndTheRingNeverMoves() {
        openAt1280x800();
        assertThat(onEdt(() -> app.frame().frame().getWidth())).isEqualTo(1280);
        JTextArea prompt = (JTextArea) robot.finder().findByName("exercise.prompt.text", false);
        assertThat(onEdt(() -> prompt.getFont().getSize())).isGreaterThanOrEqualTo(28);
        // the reading serif shipped in the jar, not a system font
        assertThat(onEdt(() -> prompt.getFont().getFamily())).isEqualTo(Theme.SERIF);
        assertThat(onEdt(() -> SwingUtilities.getAncestorNamed("exercise.promptCard", prompt))).isNotNull();
        for (int i = 0; i < 2; i++) {
            JTextArea stem = (JTextArea) robot.finder().findByName("exercise.stem." + i, false);
            assertThat(onEdt(() -> stem.getFont().getSize())).isGreaterThanOrEqualTo(20);
            String chip = "exercise.stemChip." + i;
            assertThat(onEdt(() -> SwingUtilities.getAncestorNamed(chip, stem))).isNotNull();
        }

        Rectangle running = ring();
        ExerciseScreen screen = onEdt(() -> app.navigator().screen(ExerciseScreen.ID, ExerciseScreen.class));
        assertThat(onEdt(screen::ringPaused)).isFalse();
        advance(Duration.ofSeconds(150)); // 30 s left: the warning
        waitUntil("the warning", () -> onEdt(() -> screen.countdown().mode()) == Countdown.Mode.WARNING);
        Rectangle warning = ring();
        window.button("exercise.pause").click();
        waitUntil("paused", () -> onEdt(() -> screen.countdown().mode()) == Countdown.Mode.PAUSED);
        Rectangle paused = ring();
        assertThat(warning).isEqualTo(running);
        assertThat(paused).isEqualTo(running);
        assertThat(running.width).isGreaterThanOrEqualTo(280);
        assertThat(onEdt(screen::ringPaused)).isTrue();
    }

    /**
     * Issue 15: no large dead area on a short step. With a prompt, the left column reaches down to the
     * control bar (the card takes the free height); without one ("Arrive"), the instructions stand on a
     * card beside the ring, their middles level.
     */
    @Test
    void aShortStepLeavesNoEmptyLowerHalf() {
        openAt1280x800();
        int bar = bounds("exercise.bar").y;
        Rectangle stems = bounds("exercise.stemChip.1");
        assertThat(bar - (stems.y + stems.height)).as("empty height under the last starter").isLessThan(40);
        window.button("exercise.back").click(); // back to "Arrive": instructions only
        waitUntil("no prompt", () -> onEdt(() -> !robot.finder().findByName("exercise.promptCard", false).isShowing()));
        robot.waitForIdle();
        Rectangle words = bounds("exercise.instructionsBox");
        Rectangle ring = bounds("exercise.countdown");
        assertThat(words.height).as("the instructions' card").isGreaterThanOrEqualTo(200);
        assertThat(Math.abs(words.getCenterY() - ring.getCenterY())).as("card and ring level").isLessThan(24);
    }

    private Rectangle bounds(String name) {
        return onEdt(() -> {
            Component c = robot.finder().findByName(name, false);
            return new Rectangle(c.getLocationOnScreen(), c.getSize());
        });
    }

    private Rectangle ring() {
        robot.waitForIdle();
        return onEdt(() -> {
            Component c = robot.finder().findByName("exercise.countdown", false);
            return new Rectangle(c.getLocationOnScreen(), c.getSize());
        });
    }
}
