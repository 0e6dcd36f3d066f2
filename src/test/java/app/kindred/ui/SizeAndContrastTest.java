package app.kindred.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.ui.kiosk.KioskApp;
import app.kindred.ui.kiosk.KioskHarness;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, item 5: the couple's "Aa" beside "Need support?" makes everything bigger and the
 * colours stronger without the PIN; every control stays reachable at their choice; the wipe after
 * their goodbye gives the next couple the facilitator's look again.
 */
class SizeAndContrastTest extends GuiTest {
    @AfterEach
    void backTo100() {
        onEdt(() -> Theme.LIGHT.install(100));
    }

    private void waitUntil(String what, java.util.function.BooleanSupplier test) {
        org.assertj.swing.timing.Pause.pause(new org.assertj.swing.timing.Condition(what) {
            @Override
            public boolean test() {
                return onEdt(() -> test.getAsBoolean());
            }
        }, org.assertj.swing.timing.Timeout.timeout(10_000));
    }

    private boolean selected(String name) {
        return onEdt(() -> ((AbstractButton) robot.finder().findByName(name, false)).isSelected());
    }

    @Test
    void aCoupleChoosesBiggerAndStrongerAndTheWipeGivesTheNextCoupleTheFacilitatorsLook() throws Exception {
        onEdt(() -> Theme.LIGHT.install(100));
        KioskHarness harness = new KioskHarness(Files.createTempDirectory("kindred-aa"));
        KioskApp app = onEdt(() -> {
            KioskApp a = KioskApp.create(harness.options());
            a.show(GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice(), new Dimension(1280, 800));
            return a;
        });
        atCleanUp(app::close);
        window = new FrameFixture(robot, app.frame().frame());
        window.button("kiosk.look").requireVisible().click();
        window.panel("look").requireVisible();
        // Pressed as the toggles' own doClick does: the whole window is re-laid out at the new size
        // (later, by revalidate), and a robot click on the contrast toggle went to where it was at
        // 100 % (twice in full runs, once after a validate() first). The test is of the wipe's reset
        // and of every screen fitting; the corner's sizes are TouchTargetTest's.
        onEdt(() -> window.toggleButton("look.size.200").target().doClick());
        robot.waitForIdle();
        onEdt(() -> window.toggleButton("look.contrast").target().doClick());
        robot.waitForIdle();
        assertThat(onEdt(Theme::current)).isEqualTo(Theme.HIGH_CONTRAST);
        assertThat(onEdt(Theme::currentScalePercent)).isEqualTo(200);
        assertThat(selected("look.size.200")).isTrue();
        assertThat(onEdt(() -> window.toggleButton("look.contrast").target().getText())).isEqualTo(Text.get("look.on"));
        onEdt(() -> window.button("look.close").target().doClick()); // the card at 200 %, laid out later too
        robot.waitForIdle();

        // Their way through, at their choice: every control inside the window or a scroll view.
        List<String> out = new ArrayList<>();
        int checked = 0;
        for (ScreenTour.Stop stop : ScreenTour.stops()) {
            if (stop.name().equals("goodbye")) {
                break;
            }
            onEdt(() -> stop.go().accept(app, harness));
            robot.waitForIdle();
            checked += onEdt(() -> {
                javax.swing.JRootPane root = app.frame().frame().getRootPane();
                root.validate();
                return EveryScaleTest.check(root, root, stop.name(), out);
            });
            assertThat(onEdt(Theme::currentScalePercent)).as("still their size on " + stop.name()).isEqualTo(200);
        }
        assertThat(checked).isGreaterThan(30);
        assertThat(out).isEmpty();

        // Goodbye: the wipe, and the facilitator's look for the next couple.
        onEdt(() -> robot.finder().findByName("print.done", AbstractButton.class, false).doClick());
        robot.waitForIdle();
        assertThat(onEdt(Theme::current)).isEqualTo(Theme.LIGHT);
        assertThat(onEdt(Theme::currentScalePercent)).isEqualTo(100);
        // Pressed, not clicked by the robot: the whole window is being laid out again at 100 %.
        onEdt(() -> robot.finder().findByName("kiosk.look", AbstractButton.class, false).doClick());
        waitUntil("the Aa card", () -> !robot.finder().findAll(c -> "look.size.100".equals(c.getName()) && c.isShowing()).isEmpty());
        assertThat(selected("look.size.100")).isTrue();
        assertThat(selected("look.contrast")).isFalse();
        List<String> after = new ArrayList<>();
        onEdt(() -> {
            javax.swing.JRootPane root = app.frame().frame().getRootPane();
            root.validate();
            return EveryScaleTest.check(root, root, "look card", after);
        });
        assertThat(after).isEmpty();
    }
}
