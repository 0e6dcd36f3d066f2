package app.kindred.ui.lock;

import java.awt.Frame;
import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/**
 * Keeps the kiosk in front: Escape, Alt+F4, Ctrl+Q and Ctrl+W are swallowed before any component
 * sees them, a close request does nothing, an iconified window comes straight back. Ctrl+Shift+K
 * asks for the console (behind the PIN). Escape is still handed to whoever holds
 * {@link #setEscapeAction} (the PIN pad uses it to close itself), never to the frame.
 * <p>
 * It also remembers which keys are down, so a dialog that opens can ignore keys that were already
 * held or are auto-repeating ({@link FreshKeys}).
 */
public final class KioskLockdown implements KeyEventDispatcher {
    private static final Logger LOG = Logger.getLogger(KioskLockdown.class.getName());

    private final Runnable consoleRequest;
    private final Set<Integer> held = new HashSet<>();
    private final Set<java.awt.Window> guarded = java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());
    private Runnable escapeAction;
    private FreshKeys freshKeys;
    private boolean installed;

    /** @param consoleRequest runs on the event thread when the console key is pressed */
    public KioskLockdown(Runnable consoleRequest) {
        this.consoleRequest = consoleRequest;
    }

    /** Installs the key dispatcher and guards a frame against close and iconify. Call on the EDT. */
    public void install(JFrame frame) {
        if (!installed) {
            KeyboardFocusManager.getCurrentKeyboardFocusManager().addKeyEventDispatcher(this);
            installed = true;
        }
        guarded.add(frame);
        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                LOG.info("window close request refused (kiosk lockdown)");
            }

            @Override
            public void windowIconified(WindowEvent e) {
                // A window manager shortcut minimised us: come straight back, still full screen.
                SwingUtilities.invokeLater(() -> {
                    frame.setExtendedState(frame.getExtendedState() & ~Frame.ICONIFIED);
                    frame.toFront();
                });
            }
        });
    }

    public void uninstall() {
        KeyboardFocusManager.getCurrentKeyboardFocusManager().removeKeyEventDispatcher(this);
        installed = false;
    }

    /** What Escape does while something (a PIN pad, the console overlay) wants it; null for nothing. */
    public void setEscapeAction(Runnable action) {
        this.escapeAction = action;
    }

    /** Starts ignoring keys held now until they are released; see {@link FreshKeys}. */
    public FreshKeys freshKeysFromNow() {
        freshKeys = new FreshKeys(held);
        return freshKeys;
    }

    public void stopFreshKeys(FreshKeys keys) {
        if (freshKeys == keys) {
            freshKeys = null;
        }
    }

    /** Keys down right now, by key code. */
    public Set<Integer> heldKeys() {
        return Set.copyOf(held);
    }

    @Override
    public boolean dispatchKeyEvent(KeyEvent e) {
        if (!guarded.isEmpty() && !guards(e)) {
            return false; // another window's key (a lockdown left over from a closed kiosk): not ours
        }
        track(e);
        if (freshKeys != null && !freshKeys.admit(e)) {
            return true;
        }
        if (KioskKeys.isEscapeKey(e)) {
            if (e.getID() == KeyEvent.KEY_PRESSED) {
                LOG.fine("escape key swallowed");
                if (e.getKeyCode() == KeyEvent.VK_ESCAPE && escapeAction != null) {
                    escapeAction.run();
                }
            }
            e.consume();
            return true;
        }
        if (KioskKeys.isConsoleKey(e)) {
            if (e.getID() == KeyEvent.KEY_PRESSED) {
                consoleRequest.run();
            }
            e.consume();
            return true;
        }
        return false;
    }

    private boolean guards(KeyEvent e) {
        java.awt.Window w = e.getComponent() == null ? null
                : e.getComponent() instanceof java.awt.Window win ? win : SwingUtilities.getWindowAncestor(e.getComponent());
        return w != null && guarded.contains(w) && w.isDisplayable();
    }

    private void track(KeyEvent e) {
        if (e.getID() == KeyEvent.KEY_PRESSED) {
            held.add(e.getKeyCode());
        } else if (e.getID() == KeyEvent.KEY_RELEASED) {
            held.remove(e.getKeyCode());
        }
    }
}
