package app.kindred.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.AbstractButton;
import javax.swing.JButton;
import javax.swing.JToggleButton;
import javax.swing.JPanel;
import javax.swing.text.BadLocationException;
import javax.swing.text.JTextComponent;
import net.miginfocom.swing.MigLayout;

/**
 * A keyboard on the screen for a kiosk that has only a touch screen: letters, digits, the
 * punctuation names and short notes need, Shift (for the next letter), Space and Backspace. Its
 * keys type into the text field the screen names ({@code target}), which keeps the keyboard focus:
 * the keys themselves never take it (a person with a real keyboard does not need them, and focus
 * moving to a key would move the caret away from the text). A field's first letter is a capital,
 * as people expect when they type a name.
 */
public final class OnScreenKeyboard {
    /** Client property that marks a key, so checks that every control takes focus can leave keys out. */
    public static final String KEY_PROPERTY = "Kindred.onScreenKey";
    private static final String[] ROWS = {
        "1234567890",
        "qwertyuiop",
        "asdfghjkl'",
        "zxcvbnm,.-",
    };

    private final Supplier<JTextComponent> target;
    private final JPanel panel;
    private final List<AbstractButton> letters = new ArrayList<>();
    private final List<JButton> toggleButtons = new ArrayList<>();
    private JToggleButton shiftKey;
    private boolean shift;

    public OnScreenKeyboard(String name, Supplier<JTextComponent> target) {
        Edt.check();
        this.target = target;
        panel = new JPanel(new MigLayout(Widgets.NESTED + ", gap 6lp 6lp, wrap 1, hidemode 3", "[center]"));
        panel.setOpaque(false);
        panel.setName(name);
        panel.getAccessibleContext().setAccessibleName(Text.get("keyboard.name"));
        for (int r = 0; r < ROWS.length; r++) {
            JPanel row = new JPanel(new MigLayout(Widgets.NESTED + ", gap 6lp", ""));
            row.setOpaque(false);
            if (r == 3) {
                shiftKey = key(new JToggleButton(), "shift", Text.get("keyboard.shift"), this::toggleShift);
                row.add(shiftKey, "w 96lp!, h 52lp!");
            }
            for (char c : ROWS[r].toCharArray()) {
                AbstractButton k = key(new JButton(), keyName(c), String.valueOf(c), () -> type(String.valueOf(c)));
                if (Character.isLetter(c)) {
                    letters.add(k);
                }
                row.add(k, "w 56lp!, h 52lp!");
            }
            if (r == 3) {
                row.add(key(new JButton(), "backspace", Text.get("keyboard.backspace"), this::backspace), "w 96lp!, h 52lp!");
            }
            panel.add(row);
        }
        JPanel last = new JPanel(new MigLayout(Widgets.NESTED + ", gap 6lp", ""));
        last.setOpaque(false);
        last.add(key(new JButton(), "question", "?", () -> type("?")), "w 56lp!, h 52lp!");
        last.add(key(new JButton(), "space", Text.get("keyboard.space"), () -> type(" ")), "w 440lp!, h 52lp!");
        last.add(key(new JButton(), "exclamation", "!", () -> type("!")), "w 56lp!, h 52lp!");
        panel.add(last);
        updateLabels();
    }

    public JPanel component() {
        return panel;
    }

    /**
     * The button that shows and hides this keyboard ("Keyboard", then "Hide keyboard"); {@code
     * afterToggle} lets the screen re-lay itself out, and gets whether the keyboard is now out.
     */
    public JButton toggleButton(String name, java.util.function.Consumer<Boolean> afterToggle) {
        JButton button = Widgets.button(name, "touch", CommandAction.of("keyboard", () -> {
            boolean out = toggle();
            labelToggleButtons();
            afterToggle.accept(out);
        }));
        toggleButtons.add(button);
        return button;
    }

    /** "Keyboard" while it is away, "Hide keyboard" while it is out: the label follows the panel. */
    private void labelToggleButtons() {
        String label = Text.get(panel.isVisible() ? "keyboard.hide" : "action.keyboard");
        for (JButton b : toggleButtons) {
            b.setText(label);
            b.getAccessibleContext().setAccessibleName(label);
        }
    }

    /**
     * Shows or hides the keyboard and hands the keyboard focus back to the text it types into, with
     * the caret at the end (not the whole text selected, as a field does when it gains focus: the
     * next key would replace it). Returns whether the keyboard is now showing.
     */
    boolean toggle() {
        panel.setVisible(!panel.isVisible());
        JTextComponent t = target.get();
        if (t != null) {
            t.requestFocusInWindow();
            Edt.later(() -> t.setCaretPosition(t.getDocument().getLength()));
        }
        return panel.isVisible();
    }

    /** Hidden and back to lower case: after a couple's turn, nothing about their typing stays. */
    public void reset() {
        shift = false;
        updateLabels();
        panel.setVisible(false);
        labelToggleButtons();
    }

    private <B extends AbstractButton> B key(B b, String name, String label, Runnable press) {
        b.setAction(new AbstractAction(label) {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                press.run();
            }
        });
        b.setName(panel.getName() + ".key." + name);
        b.setFocusable(false);
        b.setRequestFocusEnabled(false);
        b.putClientProperty(KEY_PROPERTY, Boolean.TRUE);
        b.getAccessibleContext().setAccessibleName(label);
        Widgets.style(b, "key");
        return b;
    }

    private static String keyName(char c) {
        return switch (c) {
            case '\'' -> "apostrophe";
            case ',' -> "comma";
            case '.' -> "period";
            case '-' -> "hyphen";
            default -> String.valueOf(c);
        };
    }

    private void type(String s) {
        JTextComponent t = target.get();
        if (t == null || !t.isEditable()) {
            return;
        }
        boolean capital = shift || t.getDocument().getLength() == 0 || endsSentence(t);
        t.replaceSelection(Character.isLetter(s.charAt(0)) && capital ? s.toUpperCase(Locale.ROOT) : s);
        if (shift) {
            shift = false;
            updateLabels();
        }
    }

    /** After ". " or "? " the next letter is a capital too, as on a phone. */
    private static boolean endsSentence(JTextComponent t) {
        int at = t.getSelectionStart();
        try {
            String before = t.getDocument().getText(Math.max(0, at - 2), Math.min(2, at));
            return before.length() == 2 && before.charAt(1) == ' ' && ".?!".indexOf(before.charAt(0)) >= 0;
        } catch (BadLocationException e) {
            return false;
        }
    }

    private void backspace() {
        JTextComponent t = target.get();
        if (t == null || !t.isEditable()) {
            return;
        }
        if (t.getSelectionStart() != t.getSelectionEnd()) {
            t.replaceSelection("");
            return;
        }
        int at = t.getCaretPosition();
        if (at == 0) {
            return;
        }
        try {
            // One character, even when it is written with two chars (a surrogate pair, e.g. an emoji).
            String before = t.getDocument().getText(0, at);
            int from = before.offsetByCodePoints(at, -1);
            t.getDocument().remove(from, at - from);
        } catch (BadLocationException e) {
            // the caret moved under us; nothing to delete
        }
    }

    private void toggleShift() {
        shift = shiftKey.isSelected();
        updateLabels();
    }

    private void updateLabels() {
        for (AbstractButton k : letters) {
            String s = k.getText();
            k.setText(shift ? s.toUpperCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT));
        }
        shiftKey.setSelected(shift);
        shiftKey.getAccessibleContext().setAccessibleDescription(shift ? Text.get("keyboard.shiftOn") : null);
    }
}
