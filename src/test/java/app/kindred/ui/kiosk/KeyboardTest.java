package app.kindred.ui.kiosk;

import java.awt.event.KeyEvent;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Everything a couple does can be done from a physical keyboard: Tab, Enter, and the command keys. */
class KeyboardTest extends KioskGuiTest {

    @Test
    void aCoupleCanStartChooseAndRunAnExerciseWithKeysOnly() {
        open();
        window.button("welcome.start").requireFocused();
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitForScreen(WhoScreen.ID);
        window.textBox("who.name.a").requireFocused();
        window.textBox("who.name.a").enterText("Kim\n");
        window.textBox("who.name.b").requireFocused();
        window.textBox("who.name.b").enterText("Lou\n");
        waitForScreen(ChooseScreen.ID);
        window.button("choose.card.programme.quiet-evening").requireFocused();
        robot.pressAndReleaseKeys(KeyEvent.VK_TAB);
        window.button("choose.card.exercise.holding-the-floor").requireFocused();
        robot.pressAndReleaseKeys(KeyEvent.VK_SPACE);
        waitForScreen(ExerciseScreen.ID);
        window.button("exercise.next").requireFocused();

        robot.pressAndReleaseKeys(KeyEvent.VK_P);
        waitUntil("paused", () -> onEdt(() -> app.engine().snapshot().paused()));
        window.button("exercise.pause").requireText("Resume");
        robot.pressAndReleaseKeys(KeyEvent.VK_P);
        waitUntil("running", () -> onEdt(() -> !app.engine().snapshot().paused()));
        window.button("exercise.pause").requireText("Pause");
        robot.pressAndReleaseKeys(KeyEvent.VK_N);
        waitUntil("step 2", () -> onEdt(() -> app.engine().snapshot().stepIndex() == 1));
        window.label("exercise.phase").requireText("Speak and reflect");
        robot.pressAndReleaseKeys(KeyEvent.VK_PLUS);
        waitUntil("one more minute", () -> {
            advance(Duration.ZERO);
            return "4:00".equals(onEdt(() -> app.navigator().screen(ExerciseScreen.ID, ExerciseScreen.class)
                    .countdown().text()));
        });
        robot.pressAndReleaseKeys(KeyEvent.VK_T);
        waitUntil("the time-out card", () -> onEdt(() -> app.frame().overlayShowing()));
        window.panel("timeout.prompt").requireVisible();
        window.button("timeout.resume").requireFocused();
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        waitUntil("the time-out card gone", () -> onEdt(() -> !app.frame().overlayShowing()));
    }
}
