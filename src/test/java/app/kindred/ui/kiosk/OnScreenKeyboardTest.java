package app.kindred.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** On a touch screen without a keyboard, names can be typed with keys on the screen. */
class OnScreenKeyboardTest extends KioskGuiTest {

    @Test
    void keysTypeIntoTheFocusedFieldWithACapitalFirstAndTheFieldKeepsFocus() {
        open();
        window.button("welcome.start").click();
        waitForScreen("who");
        assertThat(keyboardShowing()).as("hidden until asked for").isFalse();
        window.button("who.keyboardToggle").click();
        assertThat(keyboardShowing()).isTrue();

        for (String k : new String[] {"r", "o", "b", "i", "n", "hyphen"}) {
            window.button("who.keyboard.key." + k).click();
        }
        window.toggleButton("who.keyboard.key.shift").click();
        window.button("who.keyboard.key.j").click();
        window.button("who.keyboard.key.o").click();
        window.textBox("who.name.a").requireText("Robin-Jo").requireFocused();

        window.button("who.keyboard.key.backspace").click();
        window.button("who.keyboard.key.backspace").click();
        window.textBox("who.name.a").requireText("Robin-");

        // Put away and brought back: the caret goes to the end, the name is not selected and replaced.
        window.button("who.keyboardToggle").click();
        window.button("who.keyboardToggle").click();
        window.button("who.keyboard.key.a").click();
        window.textBox("who.name.a").requireText("Robin-a");

        window.textBox("who.name.b").click();
        window.button("who.keyboard.key.a").click();
        window.button("who.keyboard.key.l").click();
        window.textBox("who.name.b").requireText("Al").requireFocused();
        window.textBox("who.name.a").requireText("Robin-a");
    }

    private boolean keyboardShowing() {
        return onEdt(() -> robot.finder().findByName(window.target(), "who.keyboard", javax.swing.JPanel.class, false).isShowing());
    }

    @Test
    void theWipeEmptiesTheFieldsAndPutsTheKeyboardAway() {
        open();
        window.button("welcome.start").click();
        waitForScreen("who");
        window.button("who.keyboardToggle").click();
        window.toggleButton("who.keyboard.key.shift").click();
        window.button("who.keyboard.key.k").click();
        window.textBox("who.name.a").requireText("K");

        advance(Duration.ofMinutes(3));
        advance(Duration.ofSeconds(30));
        waitForScreen("welcome");
        window.button("welcome.start").click();
        waitForScreen("who");

        assertThat(keyboardShowing()).isFalse();
        window.textBox("who.name.a").requireText("");
        window.button("who.keyboardToggle").click();
        assertThat(window.button("who.keyboard.key.k").target().getText()).as("Shift is off again").isEqualTo("k");
        assertThat(window.toggleButton("who.keyboard.key.shift").target().isSelected()).isFalse();
    }
}
