package app.kindred.ui.lock;

import java.awt.event.KeyEvent;
import java.util.HashSet;
import java.util.Set;

/**
 * A freshly opened dialog must not act on a key that was already down (someone leaning on Enter
 * while the PIN pad opens) or auto-repeating. From the moment it is armed, every key event is
 * ignored until a fresh KEY_PRESSED: one of a key that was not down at that moment, or that has
 * been released since. Typed and released events of held keys are ignored too.
 */
public final class FreshKeys {
    private final Set<Integer> stale;
    private boolean open;

    FreshKeys(Set<Integer> heldNow) {
        this.stale = new HashSet<>(heldNow);
    }

    /** Builds one from the keys held now (for a dialog that has no lockdown to ask). */
    public static FreshKeys armed(Set<Integer> heldNow) {
        return new FreshKeys(heldNow);
    }

    /** True if the event may reach the dialog. */
    public boolean admit(KeyEvent e) {
        if (open) {
            return true;
        }
        switch (e.getID()) {
            case KeyEvent.KEY_PRESSED -> {
                if (stale.contains(e.getKeyCode())) {
                    return false; // auto-repeat of a key that was down when we armed
                }
                open = true;
                return true;
            }
            case KeyEvent.KEY_RELEASED -> {
                stale.remove(e.getKeyCode());
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    public boolean isOpen() {
        return open;
    }
}
