package app.kindred.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * On a touch screen without a keyboard, names can be typed with keys on the screen. Real robot
 * clicks (so that focus is tested as a finger would leave it), each followed by a wait for its
 * effect: under a loaded X server a click can reach the event queue after the robot thinks it is idle.
 */
class OnScreenKeyboardTest extends KioskGuiTest {

    @Test
    void keysTypeIntoTheFocusedFieldWithACapitalFirstAndTheFieldKeepsFocus() {
        open();
        window.button("welcome.start").click();
        waitForScreen("who");
        assertThat(keyboardShowing()).as("hidden until asked for").isFalse();
        toggleKeyboard(true);
        window.button("who.keyboardToggle").requireText("Hide keyboard");

        tap("who.name.a", "R", "r");
        tap("who.name.a", "Ro", "o");
        tap("who.name.a", "Rob", "b");
        tap("who.name.a", "Robi", "i");
        tap("who.name.a", "Robin", "n");
        tap("who.name.a", "Robin-", "hyphen");
        window.toggleButton("who.keyboard.key.shift").click();
        waitUntil("Shift is on", () -> onEdt(() -> window.toggleButton("who.keyboard.key.shift").target().isSelected()));
        tap("who.name.a", "Robin-J", "j");
        tap("who.name.a", "Robin-Jo", "o");
        window.textBox("who.name.a").requireFocused();

        tap("who.name.a", "Robin-J", "backspace");
        tap("who.name.a", "Robin-", "backspace");

        // Put away and brought back: the caret goes to the end, the name is not selected and replaced.
        toggleKeyboard(false);
        toggleKeyboard(true);
        tap("who.name.a", "Robin-a", "a");

        window.textBox("who.name.b").click();
        waitUntil("partner B's field has focus", () -> onEdt(() -> window.textBox("who.name.b").target().hasFocus()));
        tap("who.name.b", "A", "a");
        tap("who.name.b", "Al", "l");
        window.textBox("who.name.b").requireFocused();
        window.textBox("who.name.a").requireText("Robin-a");
    }

    @Test
    void theWipeEmptiesTheFieldsAndPutsTheKeyboardAway() {
        open();
        window.button("welcome.start").click();
        waitForScreen("who");
        toggleKeyboard(true);
        window.toggleButton("who.keyboard.key.shift").click();
        waitUntil("Shift is on", () -> onEdt(() -> window.toggleButton("who.keyboard.key.shift").target().isSelected()));
        tap("who.name.a", "K", "k");

        advance(Duration.ofMinutes(3));
        advance(Duration.ofSeconds(30));
        waitForScreen("welcome");
        window.button("welcome.start").click();
        waitForScreen("who");

        assertThat(keyboardShowing()).isFalse();
        window.button("who.keyboardToggle").requireText("Keyboard");
        window.textBox("who.name.a").requireText("");
        toggleKeyboard(true);
        assertThat(onEdt(() -> window.button("who.keyboard.key.k").target().getText())).as("Shift is off again").isEqualTo("k");
        assertThat(onEdt(() -> window.toggleButton("who.keyboard.key.shift").target().isSelected())).isFalse();
    }

    /** Taps a key and waits until the field holds what it should then. */
    private void tap(String field, String expected, String key) {
        window.button("who.keyboard.key." + key).click();
        waitUntil(field + " reads " + expected, () -> onEdt(() -> window.textBox(field).target().getText()).equals(expected));
    }

    private void toggleKeyboard(boolean showing) {
        window.button("who.keyboardToggle").click();
        waitUntil("the keyboard is " + (showing ? "out" : "away"), () -> keyboardShowing() == showing);
    }

    private boolean keyboardShowing() {
        return onEdt(() -> robot.finder().findByName(window.target(), "who.keyboard", javax.swing.JPanel.class, false).isShowing());
    }
}
