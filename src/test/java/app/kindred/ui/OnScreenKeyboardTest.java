package app.kindred.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import javax.swing.AbstractButton;
import javax.swing.JTextArea;
import org.junit.jupiter.api.Test;

/** What the keys do to the text (the kiosk's screens are tested in ui.kiosk.OnScreenKeyboardTest). */
class OnScreenKeyboardTest extends GuiTest {
    private final JTextArea text = onEdt(() -> new JTextArea());
    private final OnScreenKeyboard keyboard = onEdt(() -> new OnScreenKeyboard("kb", () -> text));

    @Test
    void aSentenceStartsWithACapitalAndShiftLastsOneLetter() {
        press("h", "i", "period", "space", "t", "shift", "o", "m");
        // "H": an empty text; "T": after ". "; "O": Shift; "m": Shift has been used up.
        assertThat(onEdt(() -> text.getText())).isEqualTo("Hi. TOm");
    }

    @Test
    void deleteRemovesOneCharacterEvenAnEmojiAndASelectionAtOnce() {
        onEdt(() -> text.setText("ok\uD83D\uDE00"));
        press("backspace");
        assertThat(onEdt(() -> text.getText())).isEqualTo("ok");
        onEdt(() -> text.select(0, 2));
        press("backspace");
        assertThat(onEdt(() -> text.getText())).isEmpty();
        press("backspace");
        assertThat(onEdt(() -> text.getText())).isEmpty();
    }

    @Test
    void keysNeverTakeFocusAndAReadOnlyTextIsLeftAlone() {
        onEdt(() -> {
            for (AbstractButton b : keys(keyboard.component())) {
                assertThat(b.isFocusable()).as(b.getName()).isFalse();
                assertThat(b.getAccessibleContext().getAccessibleName()).as(b.getName()).isNotBlank();
            }
        });
        onEdt(() -> text.setEditable(false));
        press("a", "space");
        assertThat(onEdt(() -> text.getText())).isEmpty();
    }

    private void press(String... names) {
        onEdt(() -> {
            for (String n : names) {
                keys(keyboard.component()).stream().filter(b -> b.getName().equals("kb.key." + n)).findFirst()
                        .orElseThrow(() -> new AssertionError("no key " + n)).doClick(0);
            }
        });
    }

    private static java.util.List<AbstractButton> keys(Container c) {
        java.util.List<AbstractButton> out = new java.util.ArrayList<>();
        for (Component child : c.getComponents()) {
            if (child instanceof AbstractButton b) {
                out.add(b);
            } else if (child instanceof Container inner) {
                out.addAll(keys(inner));
            }
        }
        return out;
    }
}
