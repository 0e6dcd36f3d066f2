package app.kindred.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.KeyEvent;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Everything a couple does can be done from a physical keyboard: Tab, Enter, and the command keys. */
class KeyboardTest extends KioskGuiTest {

    @Test
    void aCoupleCanStartChooseAndRunAnExerciseWithKeysOnly() {
        open();
        focusSoon("welcome.start");
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitForScreen(WhoScreen.ID);
        focusSoon("who.name.a");
        window.textBox("who.name.a").enterText("Kim\n");
        focusSoon("who.name.b");
        window.textBox("who.name.b").enterText("Lou\n");
        waitForScreen(ChooseScreen.ID);
        focusSoon("choose.card.programme.quiet-evening");
        robot.pressAndReleaseKeys(KeyEvent.VK_TAB);
        focusSoon("choose.card.exercise.holding-the-floor");
        robot.pressAndReleaseKeys(KeyEvent.VK_SPACE);
        waitForScreen(ExerciseScreen.ID);
        // The words have the focus, not Next: a stray Enter skips nothing (issue 19).
        focusSoon("exercise.instructions");
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        robot.waitForIdle();
        assertThat(onEdt(() -> app.engine().snapshot().stepIndex())).isZero();

        robot.pressAndReleaseKeys(KeyEvent.VK_P);
        waitUntil("paused", () -> onEdt(() -> app.engine().snapshot().paused()));
        window.button("exercise.pause").requireText("Resume");
        robot.pressAndReleaseKeys(KeyEvent.VK_P);
        waitUntil("running", () -> onEdt(() -> !app.engine().snapshot().paused()));
        window.button("exercise.pause").requireText("Pause");
        robot.pressAndReleaseKeys(KeyEvent.VK_N);
        waitUntil("step 2", () -> onEdt(() -> app.engine().snapshot().stepIndex() == 1));
        window.label("exercise.phase").requireText("Speak and reflect");
        robot.pressAndReleaseKeys(KeyEvent.VK_B);
        waitUntil("back at step 1", () -> onEdt(() -> app.engine().snapshot().stepIndex() == 0));
        robot.pressAndReleaseKeys(KeyEvent.VK_N);
        waitUntil("step 2 again", () -> onEdt(() -> app.engine().snapshot().stepIndex() == 1));
        robot.pressAndReleaseKeys(KeyEvent.VK_PLUS);
        waitUntil("one more minute", () -> {
            advance(Duration.ZERO);
            return "4:00".equals(onEdt(() -> app.navigator().screen(ExerciseScreen.ID, ExerciseScreen.class)
                    .countdown().text()));
        });
        robot.pressAndReleaseKeys(KeyEvent.VK_T);
        waitUntil("the time-out card", () -> onEdt(() -> app.frame().overlayShowing()));
        window.panel("timeout.prompt").requireVisible();
        focusSoon("timeout.resume");
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitUntil("the time-out card gone", () -> onEdt(() -> !app.frame().overlayShowing()));
    }

    @Test
    void singleKeysCanBeTurnedOff() {
        harness = new KioskHarness(home);
        harness.access = new KioskAccess(false, null);
        openWith(harness);
        window.button("welcome.start").click();
        waitForScreen(WhoScreen.ID);
        window.button("who.next").click();
        waitForScreen(ChooseScreen.ID);
        window.button("choose.card.exercise.holding-the-floor").click();
        waitForScreen(ExerciseScreen.ID);
        robot.pressAndReleaseKeys(KeyEvent.VK_N);
        robot.pressAndReleaseKeys(KeyEvent.VK_P);
        robot.waitForIdle();
        assertThat(onEdt(() -> app.engine().snapshot().stepIndex())).isZero();
        assertThat(onEdt(() -> app.engine().snapshot().paused())).isFalse();
        window.button("exercise.next").click(); // the buttons still work
        waitUntil("step 2", () -> onEdt(() -> app.engine().snapshot().stepIndex() == 1));
    }

    @Test
    void theLengthChipsAreARadioGroupThatFiltersOnSelection() {
        open();
        window.button("welcome.start").click();
        waitForScreen(WhoScreen.ID);
        window.button("who.next").click();
        waitForScreen(ChooseScreen.ID);
        window.toggleButton("choose.filter.up_to_10").click();
        waitUntil("up to 10", () -> onEdt(() -> app.navigator().screen(ChooseScreen.ID, ChooseScreen.class).filter())
                == Choice.LengthFilter.UP_TO_10);
        robot.pressAndReleaseKeys(KeyEvent.VK_RIGHT);
        waitUntil("the arrow key selected and filtered", () -> onEdt(() -> app.navigator().screen(ChooseScreen.ID,
                ChooseScreen.class).filter()) == Choice.LengthFilter.UP_TO_20);
        window.toggleButton("choose.filter.up_to_20").requireSelected();
        assertThat(onEdt(() -> window.toggleButton("choose.filter.any").target().getAccessibleContext().getAccessibleRole()))
                .isEqualTo(javax.accessibility.AccessibleRole.RADIO_BUTTON);
    }

    /**
     * Waits (KioskGuiTest's limit) until the named component has the keyboard focus: focus moves
     * (Enter in a name box, a new screen) are asynchronous, so an immediate check raced them.
     */
    private void focusSoon(String name) {
        waitUntil(name + " has the focus", () -> onEdt(() -> {
            java.awt.Component owner = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
            return owner != null && name.equals(owner.getName());
        }));
    }
}
