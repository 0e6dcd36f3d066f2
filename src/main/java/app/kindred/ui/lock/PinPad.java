package app.kindred.ui.lock;

import app.kindred.persist.PinStore;
import app.kindred.ui.Edt;
import app.kindred.ui.Widgets;
import app.kindred.ui.Clocks;
import app.kindred.ui.ConsoleText;
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
 * The PIN pad in front of the console: it asks for the PIN, says how many tries are left, and during
 * a lockout how long it still lasts. It never lets anyone choose the first PIN: with none set (or
 * its file unreadable) it says how to set one at the machine ({@code kindred set-pin}) and offers
 * nothing to type. Behind an unlocked console it can change the PIN (new one twice). A keypad for
 * touch screens; a physical keyboard works too, digits only, never more than
 * {@value PinStore#MAX_LENGTH}. Hashing (0.2 s) runs off the event thread.
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
    /** Each field's visible label and its count of digits typed ("4 digits"): the dots alone are hard to count. */
    private final JLabel pinLabel = Widgets.label("pin.field.label", "secondary", ConsoleText.get("pin.field"));
    private final JLabel confirmLabel = Widgets.label("pin.confirm.label", "secondary", ConsoleText.get("pin.confirm"));
    private final JLabel pinCount = Widgets.label("pin.field.count", "secondary", " ");
    private final JLabel confirmCount = Widgets.label("pin.confirm.count", "secondary", " ");
    private final JLabel message = Widgets.label("pin.message", "warning", " ");
    private final JLabel recovery = Widgets.label("pin.recovery", "secondary", ConsoleText.get("pin.recovery"));
    private final JPanel keys = new JPanel(new MigLayout(Widgets.NESTED + ", wrap 3, gap 8", "[72lp!, fill][72lp!, fill][72lp!, fill]"));
    private JButton okButton;
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
            f.setDocument(digitsOnly());
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
        pinLabel.setLabelFor(pin);
        confirmLabel.setLabelFor(confirm);
        count(pin, pinCount);
        count(confirm, confirmCount);
        root.add(pinLabel, "hidemode 3");
        root.add(pin, "w 240lp!, hidemode 3");
        root.add(pinCount, "hidemode 3");
        root.add(confirmLabel, "gaptop 8, hidemode 3");
        root.add(confirm, "w 240lp!, hidemode 3");
        root.add(confirmCount, "hidemode 3");
        root.add(message);

        keys.setOpaque(false);
        keys.setName("pin.keypad");
        for (String k : new String[] {"1", "2", "3", "4", "5", "6", "7", "8", "9"}) {
            keys.add(digit(k));
        }
        JButton del = Widgets.button("pin.key.delete", "touch", action("pin.delete", this::deleteLast));
        del.setFocusable(false);
        keys.add(del);
        keys.add(digit("0"));
        root.add(keys, "gaptop 8, hidemode 3");
        okButton = Widgets.button("pin.ok", "primary", ok);
        root.add(okButton, "gaptop 8, hidemode 3");
        root.add(Widgets.button("pin.cancel", "touch", cancel), "gaptop 8");
        root.add(recovery, "gaptop 8");
    }

    /**
     * Shows each typed digit as a large dot (● where the field's font has it; Roboto has only •)
     * and keeps the count beside it, also in the field's accessible description.
     */
    private static void count(JPasswordField field, JLabel count) {
        field.setEchoChar(field.getFont().canDisplay('\u25cf') ? '\u25cf' : '\u2022');
        Runnable update = () -> {
            String text = ConsoleText.format("pin.count", field.getDocument().getLength());
            count.setText(text);
            field.getAccessibleContext().setAccessibleDescription(text);
        };
        field.getDocument().addDocumentListener(new javax.swing.event.DocumentListener() {
            @Override
            public void insertUpdate(javax.swing.event.DocumentEvent e) {
                update.run();
            }

            @Override
            public void removeUpdate(javax.swing.event.DocumentEvent e) {
                update.run();
            }

            @Override
            public void changedUpdate(javax.swing.event.DocumentEvent e) {
                update.run();
            }
        });
        update.run();
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

    /** Clears the fields and asks for the PIN (or says that none is set). */
    public void reset() {
        reset(false);
    }

    /**
     * Clears the fields; with {@code newPin} (only ever from behind an unlocked console) it asks for
     * a new PIN twice.
     */
    public void reset(boolean newPin) {
        Edt.check();
        setting = newPin;
        PinStore.State state = newPin ? PinStore.State.SET : store.state();
        boolean usable = state == PinStore.State.SET;
        if (!usable) {
            heading.setText(ConsoleText.get("pin.heading.locked"));
            hint.setText(ConsoleText.format(state == PinStore.State.NOT_SET ? "pin.hint.notSet" : "pin.hint.unreadable",
                    store.file().toString()));
        } else {
            heading.setText(ConsoleText.get(setting ? "pin.heading.set" : "pin.heading.unlock"));
            hint.setText(ConsoleText.format(setting ? "pin.hint.set" : "pin.hint.unlock", PinStore.MIN_LENGTH, PinStore.MAX_LENGTH));
        }
        pin.setVisible(usable);
        pinLabel.setVisible(usable);
        pinCount.setVisible(usable);
        keys.setVisible(usable);
        okButton.setVisible(usable);
        confirm.setVisible(usable && setting);
        confirmLabel.setVisible(usable && setting);
        confirmCount.setVisible(usable && setting);
        recovery.setVisible(usable && !setting);
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
            PinStore.Problem problem = PinStore.problem(entered);
            if (problem != null) {
                message.setText(ConsoleText.format(problem == PinStore.Problem.TRIVIAL ? "pin.trivial" : "pin.invalid",
                        PinStore.MIN_LENGTH, PinStore.MAX_LENGTH));
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
        } else if (result instanceof PinGate.Attempt.NoPin) {
            reset(false);
        }
    }

    /** Digits only, at most {@value PinStore#MAX_LENGTH}: a pasted page of text goes nowhere. */
    private static javax.swing.text.PlainDocument digitsOnly() {
        javax.swing.text.PlainDocument doc = new javax.swing.text.PlainDocument();
        doc.setDocumentFilter(new javax.swing.text.DocumentFilter() {
            @Override
            public void replace(FilterBypass fb, int offset, int length, String text, javax.swing.text.AttributeSet attrs)
                    throws javax.swing.text.BadLocationException {
                String digits = text == null ? "" : text.replaceAll("[^0-9]", "");
                int room = PinStore.MAX_LENGTH - (fb.getDocument().getLength() - length);
                fb.replace(offset, length, digits.substring(0, Math.max(0, Math.min(room, digits.length()))), attrs);
            }

            @Override
            public void insertString(FilterBypass fb, int offset, String text, javax.swing.text.AttributeSet attr)
                    throws javax.swing.text.BadLocationException {
                replace(fb, offset, 0, text, attr);
            }
        });
        return doc;
    }

    /** The text the pad shows under the field (tests read it by name too). */
    public String message() {
        return message.getText();
    }
}
