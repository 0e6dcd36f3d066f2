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
     * Waits (at most {@link #PATIENCE_MS} ms) until the kiosk shows a screen: under a loaded X server a robot's click can
     * reach the event queue after the robot thinks it is idle.
     */
    void waitForScreen(String id) {
        try {
            waitUntil("screen " + id, () -> onEdt(() -> app.navigator().current() != null
                    && id.equals(app.navigator().current().id())));
        } catch (org.assertj.swing.exception.WaitTimedOutError e) {
            // Say where the kiosk is and where the pointer is, so a lost click can be told from a wrong turn.
            String where = onEdt(() -> "the kiosk shows " + (app.navigator().current() == null ? "no screen"
                    : app.navigator().current().id()) + "; pointer over " + describe(
                    java.awt.MouseInfo.getPointerInfo() == null ? null : java.awt.MouseInfo.getPointerInfo().getLocation()));
            throw new AssertionError("waited " + PATIENCE_MS + " ms for screen " + id + ": " + where, e);
        }
    }

    private String describe(java.awt.Point onScreen) {
        if (onScreen == null) {
            return "nothing known";
        }
        javax.swing.JFrame f = app.frame().frame();
        java.awt.Point p = new java.awt.Point(onScreen);
        javax.swing.SwingUtilities.convertPointFromScreen(p, f.getContentPane());
        java.awt.Component c = javax.swing.SwingUtilities.getDeepestComponentAt(f.getContentPane(), p.x, p.y);
        return onScreen.x + "," + onScreen.y + " (" + (c == null ? "outside the kiosk" : c.getName() + " "
                + c.getClass().getSimpleName()) + ")";
    }

    /**
     * How long a condition may take to come true. Generous on purpose: it costs nothing when the
     * condition holds at once, and on this 2-core machine shared by several builds (load averages of
     * 7 to 11 measured) the toolkit's event thread was seen to stall past 5 s, which failed
     * CoupleJourneyTest once waiting for the print screen. The same limit as {@code Edt.call}'s.
     */
    static final int PATIENCE_MS = 20_000;

    /** Waits (at most {@link #PATIENCE_MS} ms) until {@code test} holds; for what a robot's click should have done. */
    /** Whether a component of this name is on screen now (false, not an exception, while it is not there yet). */
    boolean showing(String name) {
        return onEdt(() -> !robot.finder().findAll(c -> name.equals(c.getName()) && c.isShowing()).isEmpty());
    }

    void waitUntil(String what, java.util.function.BooleanSupplier test) {
        org.assertj.swing.timing.Pause.pause(new org.assertj.swing.timing.Condition(what) {
            @Override
            public boolean test() {
                return test.getAsBoolean();
            }
        }, org.assertj.swing.timing.Timeout.timeout(PATIENCE_MS));
        robot.waitForIdle();
    }

    /**
     * Types into a text box like a person and waits (at most {@link #PATIENCE_MS} ms) until every character has arrived;
     * fails, saying what arrived and who had the keyboard focus, if they did not. Nothing is put in
     * directly: a lost key is a bug to find, not to paper over. The box gets the focus first and the
     * robot waits for it, so no key can reach another component on the way.
     */
    void type(String textBox, String text) {
        javax.swing.text.JTextComponent box = window.textBox(textBox).target();
        String before = onEdt(() -> box.getText());
        String expected = before + text;
        window.textBox(textBox).focus();
        waitUntil(textBox + " has the keyboard focus", () -> onEdt(box::isFocusOwner));
        window.textBox(textBox).enterText(text);
        try {
            waitUntil(textBox + " holds the typed text", () -> onEdt(() -> box.getText()).equals(expected));
        } catch (org.assertj.swing.exception.WaitTimedOutError e) {
            String arrived = onEdt(() -> box.getText());
            String focus = onEdt(() -> String.valueOf(java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager()
                    .getFocusOwner()));
            throw new AssertionError("typed \"" + text + "\" into " + textBox + ": expected \"" + expected
                    + "\" but it holds \"" + arrived + "\"; focus owner " + focus, e);
        }
    }

    /**
     * Puts text into a box as a paste would, with no key events. For tests that then move the fake
     * clock and time idleness: a robot's last key release can reach the event queue after the clock
     * has moved, and count as a touch at the new time (IdleTest failed so in a clean-clone run).
     */
    void paste(String textBox, String text) {
        javax.swing.text.JTextComponent box = window.textBox(textBox).target();
        onEdt(() -> {
            box.requestFocusInWindow();
            box.replaceSelection(text);
        });
        robot.waitForIdle();
    }

    /** Start, no names, the exercise with this id: the exercise screen is up when this returns. */
    void startExercise(String exerciseId) {
        startExercise(exerciseId, null);
    }

    /** Start, partner A's name typed (null: none), the exercise with this id. */
    void startExercise(String exerciseId, String nameA) {
        window.button("welcome.start").click();
        waitForScreen(WhoScreen.ID);
        if (nameA != null) {
            type("who.name.a", nameA);
        }
        window.button("who.next").click();
        waitForScreen(ChooseScreen.ID);
        window.button("choose.card.exercise." + exerciseId).click();
        waitForScreen(ExerciseScreen.ID);
    }

    /**
     * Presses Next until the session has finished and the review is up, waiting after each press
     * until it has landed (the step moved on, or the session ended): a press that reached the queue
     * late must not let the loop press a Next that the review has already taken off the screen.
     */
    void nextUntilReview() {
        for (int presses = 0; presses < 100; presses++) {
            app.kindred.session.SessionSnapshot before = onEdt(() -> app.engine() == null ? null : app.engine().snapshot());
            if (before == null || before.finished()) {
                break;
            }
            window.button("exercise.next").click();
            waitUntil("the press on Next landed", () -> onEdt(() -> {
                app.kindred.session.SessionEngine e = app.engine();
                if (e == null) {
                    return true;
                }
                app.kindred.session.SessionSnapshot now = e.snapshot();
                return now.finished() || now.itemIndex() != before.itemIndex() || now.stepIndex() != before.stepIndex();
            }));
        }
        waitForScreen(ReviewScreen.ID);
    }

    /** One heartbeat now (the real one runs on a Swing timer). */
    void beat() {
        onEdt(app::beat);
        robot.waitForIdle();
    }
}
