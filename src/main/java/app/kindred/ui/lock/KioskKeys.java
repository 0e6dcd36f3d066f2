package app.kindred.ui.lock;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;

/** The keys the kiosk refuses and the one that opens the console, in one place for docs and tests. */
public final class KioskKeys {
    /**
     * The console key: Ctrl+Shift+K (K for Kindred). Not Ctrl+Alt: desktops take many Ctrl+Alt
     * chords for themselves, and the headless test toolkit drops the Alt modifier.
     */
    public static final int CONSOLE_KEY = KeyEvent.VK_K;
    public static final int CONSOLE_MODIFIERS = InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK;

    private KioskKeys() {
    }

    /** True for the keys that would leave or close the kiosk: Escape, Alt+F4, Ctrl+Q, Ctrl+W. */
    public static boolean isEscapeKey(KeyEvent e) {
        int code = e.getKeyCode();
        int mods = e.getModifiersEx();
        if (code == KeyEvent.VK_ESCAPE) {
            return true;
        }
        if (code == KeyEvent.VK_F4 && (mods & InputEvent.ALT_DOWN_MASK) != 0) {
            return true;
        }
        boolean ctrl = (mods & InputEvent.CTRL_DOWN_MASK) != 0;
        return ctrl && (code == KeyEvent.VK_Q || code == KeyEvent.VK_W);
    }

    public static boolean isConsoleKey(KeyEvent e) {
        return e.getKeyCode() == CONSOLE_KEY
                && (e.getModifiersEx() & (CONSOLE_MODIFIERS | InputEvent.ALT_DOWN_MASK | InputEvent.META_DOWN_MASK))
                        == CONSOLE_MODIFIERS;
    }
}
