package app.kindred.ui.kiosk;

import app.kindred.ui.GuiTest;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.io.TempDir;

/** A kiosk on screen with a fake clock and its own data folder, closed after each test. */
abstract class KioskGuiTest extends GuiTest {
    @TempDir
    Path home;
    KioskHarness harness;
    KioskApp app;

    KioskApp open() {
        return open(null);
    }

    /** Opens the kiosk offering what {@code library} brings (null: the test fixtures, at once). */
    KioskApp open(java.util.concurrent.CompletableFuture<app.kindred.content.ContentLibrary> library) {
        harness = new KioskHarness(home);
        if (library != null) {
            harness.library = library;
        }
        return openWith(harness);
    }

    /** Opens the kiosk a test has prepared a harness for (other limits, other content). */
    KioskApp openWith(KioskHarness prepared) {
        harness = prepared;
        app = onEdt(() -> {
            KioskApp a = KioskApp.create(harness.options());
            a.show(GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice(), null);
            return a;
        });
        atCleanUp(app::close);
        window = new FrameFixture(robot, app.frame().frame());
        if (harness.library.isDone()) {
            try {
                // Start-up looks for a crashed session (off the event thread) once the content is there;
                // tests begin once that has been shown.
                app.recovery().get(20, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError("start-up recovery did not finish", e);
            }
        }
        robot.waitForIdle();
        return app;
    }

    /** Moves the fake clock, lets the engine fire what became due, and waits for the screens. */
    void advance(java.time.Duration d) {
        harness.clock.advance(d);
        if (app.engine() != null) {
            app.engine().poll();
        }
        onEdt(app::beat);
        robot.waitForIdle();
    }

    /**
     * Waits (at most 5 s) until the kiosk shows a screen: under a loaded X server a robot's click can
     * reach the event queue after the robot thinks it is idle.
     */
    void waitForScreen(String id) {
        waitUntil("screen " + id, () -> onEdt(() -> app.navigator().current() != null
                && id.equals(app.navigator().current().id())));
    }

    /** Waits (at most 5 s) until {@code test} holds; for what a robot's click should have done. */
    void waitUntil(String what, java.util.function.BooleanSupplier test) {
        org.assertj.swing.timing.Pause.pause(new org.assertj.swing.timing.Condition(what) {
            @Override
            public boolean test() {
                return test.getAsBoolean();
            }
        }, org.assertj.swing.timing.Timeout.timeout(5000));
        robot.waitForIdle();
    }

    /**
     * Types into a text box like a person and waits until every character has arrived. Under a
     * loaded X server a robot's key events can be dropped (CI lost the last keys of a name); when
     * what arrived is an unbroken beginning of the text, the rest is put in directly, so the test
     * stays about what Kindred does with the words. Anything else (a changed or reordered
     * character) still fails.
     */
    void type(String textBox, String text) {
        javax.swing.text.JTextComponent box = window.textBox(textBox).target();
        String before = onEdt(() -> box.getText());
        String expected = before + text;
        window.textBox(textBox).enterText(text);
        try {
            waitUntil(textBox + " holds the typed text", () -> onEdt(() -> box.getText()).equals(expected));
        } catch (org.assertj.swing.exception.WaitTimedOutError e) {
            String arrived = onEdt(() -> box.getText());
            org.assertj.core.api.Assertions.assertThat(expected).as("what the robot's keys put into " + textBox)
                    .startsWith(arrived);
            onEdt(() -> box.setText(expected));
            robot.waitForIdle();
        }
    }

    /** One heartbeat now (the real one runs on a Swing timer). */
    void beat() {
        onEdt(app::beat);
        robot.waitForIdle();
    }
}
