package app.kindred.ui.lock;

import app.kindred.ui.Edt;
import app.kindred.ui.Widgets;
import app.kindred.ui.console.Clocks;
import app.kindred.ui.console.ConsoleText;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.Timer;
import java.awt.event.ActionEvent;
import net.miginfocom.swing.MigLayout;

/**
 * The PIN pad in front of the console: on first run it asks for a new PIN twice; afterwards it
 * asks for the PIN, says how many tries are left, and during a lockout how long it still lasts.
 * A keypad for touch screens; a physical keyboard works too. Hashing (0.2 s) runs off the event thread.
 */
public final class PinPad {
    private static final Logger LOG = Logger.getLogger(PinPad.class.getName());

    private final PinStore store;
    private final PinGate gate;
    private final Runnable onUnlocked;
    private final JPanel root = new JPanel(new MigLayout("insets 32, wrap 1, fillx", "[center, grow]"));
    private final JLabel heading = Widgets.label("pin.heading", "title", " ");
    private final JLabel hint = Widgets.label("pin.hint", "secondary", " ");
    private final JPasswordField pin = new JPasswordField(8);
    private final JPasswordField confirm = new JPasswordField(8);
    private final JLabel message = Widgets.label("pin.message", "warning", " ");
    private final JLabel recovery = Widgets.label("pin.recovery", "secondary", ConsoleText.get("pin.recovery"));
    private final Timer lockTicker = new Timer(1000, e -> showLockout());
    private final Action ok;
    private final Action cancel;
    private boolean setting;
    private boolean busy;
    private JPasswordField typing = pin;
    private boolean wasLocked;

    public PinPad(PinStore store, PinGate gate, Runnable onUnlocked, Runnable onCancel) {
        Edt.check();
        this.store = store;
        this.gate = gate;
        this.onUnlocked = onUnlocked;
        root.setName("pin");
        Widgets.style(root, "card");
        root.getAccessibleContext().setAccessibleName(ConsoleText.get("pin.accessibleName"));
        ok = action("pin.ok", this::submit);
        cancel = action("pin.cancel", onCancel);
        build();
    }

    private static Action action(String key, Runnable r) {
        Action a = new AbstractAction(ConsoleText.get(key)) {
            @Override
            public void actionPerformed(ActionEvent e) {
                r.run();
            }
        };
        return a;
    }

    private void build() {
        root.add(heading);
        root.add(hint);
        for (JPasswordField f : new JPasswordField[] {pin, confirm}) {
            Widgets.style(f, "pin");
            f.setHorizontalAlignment(JPasswordField.CENTER);
            f.addActionListener(e -> submit());
            f.addFocusListener(new java.awt.event.FocusAdapter() {
                @Override
                public void focusGained(java.awt.event.FocusEvent e) {
                    typing = f;
                }
            });
        }
        pin.setName("pin.field");
        pin.getAccessibleContext().setAccessibleName(ConsoleText.get("pin.field"));
        confirm.setName("pin.confirm");
        confirm.getAccessibleContext().setAccessibleName(ConsoleText.get("pin.confirm"));
        root.add(pin, "w 240lp!, hidemode 3");
        root.add(confirm, "w 240lp!, hidemode 3");
        root.add(message);

        JPanel keys = new JPanel(new MigLayout(Widgets.NESTED + ", wrap 3, gap 8", "[72lp!, fill][72lp!, fill][72lp!, fill]"));
        keys.setOpaque(false);
        keys.setName("pin.keypad");
        for (String k : new String[] {"1", "2", "3", "4", "5", "6", "7", "8", "9"}) {
            keys.add(digit(k));
        }
        JButton del = Widgets.button("pin.key.delete", "touch", action("pin.delete", this::deleteLast));
        del.setFocusable(false);
        keys.add(del);
        keys.add(digit("0"));
        root.add(keys, "gaptop 8");
        root.add(Widgets.button("pin.ok", "primary", ok), "gaptop 8");
        root.add(Widgets.button("pin.cancel", "touch", cancel), "gaptop 8");
        root.add(recovery, "gaptop 8");
    }

    private JButton digit(String d) {
        JButton b = Widgets.button("pin.key." + d, "touch", action("pin.digit", () -> typeDigit(d)));
        b.setText(d);
        b.getAccessibleContext().setAccessibleName(d);
        // The keypad types into the field; it must not take the focus (and the caret) away from it.
        b.setFocusable(false);
        return b;
    }

    private void typeDigit(String d) {
        javax.swing.text.Document doc = typing.getDocument();
        if (doc.getLength() < PinStore.MAX_LENGTH) {
            try {
                // Always at the end: the keypad never moves the caret, whatever it was.
                doc.insertString(doc.getLength(), d, null);
            } catch (javax.swing.text.BadLocationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private void deleteLast() {
        char[] now = typing.getPassword();
        if (now.length > 0) {
            typing.setText(new String(now, 0, now.length - 1));
        }
        Arrays.fill(now, '\0');
    }

    public JComponent component() {
        return root;
    }

    public JComponent initialFocus() {
        return pin;
    }

    /** Clears the fields and asks for the PIN, or for a new one when none is set yet. */
    public void reset() {
        reset(false);
    }

    /** Clears the fields; with {@code newPin} it asks for a new PIN (twice) even if one is set. */
    public void reset(boolean newPin) {
        Edt.check();
        setting = newPin || !store.isSet();
        heading.setText(ConsoleText.get(setting ? "pin.heading.set" : "pin.heading.unlock"));
        hint.setText(ConsoleText.format(setting ? "pin.hint.set" : "pin.hint.unlock", PinStore.MIN_LENGTH, PinStore.MAX_LENGTH));
        confirm.setVisible(setting);
        recovery.setVisible(!setting);
        pin.setText("");
        confirm.setText("");
        typing = pin;
        message.setText(" ");
        showLockout();
        root.revalidate();
    }

    /** Starts the lockout ticker; call when the pad is shown. */
    public void shown() {
        lockTicker.start();
        showLockout();
    }

    public void hidden() {
        lockTicker.stop();
        pin.setText("");
        confirm.setText("");
    }

    private void showLockout() {
        Duration left = gate.lockRemaining();
        boolean locked = !left.isZero();
        ok.setEnabled(!locked && !busy);
        if (locked) {
            message.setText(ConsoleText.format("pin.locked", Clocks.countdown(left)));
        } else if (wasLocked) {
            message.setText(ConsoleText.get("pin.unlockedAgain"));
        }
        wasLocked = locked;
    }

    private void submit() {
        if (busy || !ok.isEnabled()) {
            return;
        }
        char[] entered = pin.getPassword();
        if (setting) {
            char[] again = confirm.getPassword();
            if (!PinStore.isAcceptable(entered)) {
                message.setText(ConsoleText.format("pin.invalid", PinStore.MIN_LENGTH, PinStore.MAX_LENGTH));
                return;
            }
            if (!Arrays.equals(entered, again)) {
                message.setText(ConsoleText.get("pin.mismatch"));
                confirm.setText("");
                confirm.requestFocusInWindow();
                return;
            }
            Arrays.fill(again, '\0');
            work(() -> {
                store.set(entered);
                return new PinGate.Attempt.Unlocked();
            });
        } else {
            work(() -> gate.attempt(entered));
        }
    }

    /** Hashing takes a fifth of a second: off the event thread, the pad disabled meanwhile. */
    private void work(java.util.function.Supplier<PinGate.Attempt> task) {
        busy = true;
        ok.setEnabled(false);
        message.setText(ConsoleText.get("pin.checking"));
        CompletableFuture.supplyAsync(task).whenComplete((result, error) -> Edt.run(() -> {
            busy = false;
            pin.setText("");
            confirm.setText("");
            if (error != null) {
                LOG.log(Level.WARNING, "PIN check failed", error);
                message.setText(ConsoleText.get("pin.error"));
                showLockout();
                return;
            }
            show(result);
        }));
    }

    private void show(PinGate.Attempt result) {
        if (result instanceof PinGate.Attempt.Unlocked) {
            message.setText(" ");
            ok.setEnabled(true);
            onUnlocked.run();
        } else if (result instanceof PinGate.Attempt.Wrong w) {
            message.setText(ConsoleText.format("pin.wrong", w.attemptsLeft()));
            ok.setEnabled(true);
            pin.requestFocusInWindow();
        } else if (result instanceof PinGate.Attempt.Locked) {
            showLockout();
        }
    }

    /** The text the pad shows under the field (tests read it by name too). */
    public String message() {
        return message.getText();
    }
}
