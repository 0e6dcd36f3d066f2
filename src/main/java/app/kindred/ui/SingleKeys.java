package app.kindred.ui;

import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.KeyStroke;
import javax.swing.text.JTextComponent;

/**
 * Single-key shortcuts (P, N, T, +): on by default, off by the {@code singleKeyShortcuts} setting,
 * and never while a text field has focus, so typing a "p" into a name pauses nothing (WCAG 2.1.4).
 * Shortcuts with Ctrl, Alt or Meta are not affected.
 */
public final class SingleKeys {
    private static volatile boolean enabled = true;

    private SingleKeys() {
    }

    /** Turns every single-key shortcut of the process on or off (the kiosk's setting, at start). */
    public static void setEnabled(boolean on) {
        enabled = on;
    }

    public static boolean enabled() {
        return enabled;
    }

    /** A key with no modifier but Shift. */
    static boolean single(KeyStroke k) {
        int mods = InputEvent.CTRL_DOWN_MASK | InputEvent.ALT_DOWN_MASK | InputEvent.META_DOWN_MASK
                | InputEvent.ALT_GRAPH_DOWN_MASK;
        return (k.getModifiers() & mods) == 0;
    }

    /** Whether a single key may act now. */
    public static boolean allowedNow() {
        Component focus = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        return enabled && !(focus instanceof JTextComponent t && t.isEditable());
    }

    /** {@code action} for a single key: disabled (the key passes on) when {@link #allowedNow()} is false. */
    static Action guard(Action action) {
        return new AbstractAction() {
            @Override
            public boolean isEnabled() {
                return action.isEnabled() && allowedNow();
            }

            @Override
            public void actionPerformed(ActionEvent e) {
                if (isEnabled()) {
                    action.actionPerformed(e);
                }
            }
        };
    }
}
