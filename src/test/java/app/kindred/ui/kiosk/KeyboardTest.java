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
        window.button("welcome.start").requireFocused();
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        window.textBox("who.name.a").requireFocused();
        window.textBox("who.name.a").enterText("Kim\n");
        window.textBox("who.name.b").requireFocused();
        window.textBox("who.name.b").enterText("Lou\n");
        window.panel("screen.choose").requireVisible();
        window.button("choose.card.programme.quiet-evening").requireFocused();
        robot.pressAndReleaseKeys(KeyEvent.VK_TAB);
        window.button("choose.card.exercise.holding-the-floor").requireFocused();
        robot.pressAndReleaseKeys(KeyEvent.VK_SPACE);
        window.panel("screen.exercise").requireVisible();
        window.button("exercise.next").requireFocused();

        robot.pressAndReleaseKeys(KeyEvent.VK_P);
        window.button("exercise.pause").requireText("Resume");
        robot.pressAndReleaseKeys(KeyEvent.VK_P);
        window.button("exercise.pause").requireText("Pause");
        robot.pressAndReleaseKeys(KeyEvent.VK_N);
        window.label("exercise.phase").requireText("Speak and reflect");
        robot.pressAndReleaseKeys(KeyEvent.VK_PLUS);
        advance(Duration.ZERO);
        assertThat(onEdt(() -> app.navigator().screen(ExerciseScreen.ID, ExerciseScreen.class).countdown().text()))
                .isEqualTo("4:00");
        robot.pressAndReleaseKeys(KeyEvent.VK_T);
        window.panel("timeout.prompt").requireVisible();
        window.button("timeout.resume").requireFocused();
        robot.pressAndReleaseKeys(KeyEvent.VK_ENTER);
        assertThat(onEdt(() -> app.frame().overlayShowing())).isFalse();
    }
}
