package app.kindred.ui.kiosk;

import app.kindred.session.MonotonicClock;
import app.kindred.ui.Edt;
import app.kindred.ui.KioskFrame;
import app.kindred.ui.Navigator;
import app.kindred.ui.Screen;
import app.kindred.ui.Text;
import app.kindred.ui.Widgets;
import java.awt.AWTEvent;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/**
 * "Still there?": after {@code idleAfter} without a touch, key or click on a participant screen, a
 * prompt with one big button counts down {@code answerWithin}; unanswered, the privacy wipe runs.
 * All time comes from the injected clock; {@link #check()} is called by the kiosk's heartbeat (and
 * by tests after moving a fake clock). While the exercise clock is counting the couple is busy
 * talking, not idle.
 */
public final class IdleGuard {
    private final MonotonicClock clock;
    private final Duration idleAfter;
    private final Duration answerWithin;
    private final Navigator navigator;
    private final KioskFrame frame;
    private final Runnable wipe;
    private final BooleanSupplier busy;
    private final AWTEventListener inputListener = e -> activity();
    private long lastInput;
    private long deadline = -1;
    private JPanel prompt;
    private JLabel promptLead;
    private JButton stillHere;
    private long shownSeconds = -1;
    private Runnable afterAnswer = () -> { };

    public IdleGuard(MonotonicClock clock, Duration idleAfter, Duration answerWithin, KioskFrame frame,
            Runnable wipe, BooleanSupplier busy) {
        this.clock = clock;
        this.idleAfter = idleAfter;
        this.answerWithin = answerWithin;
        this.frame = frame;
        this.navigator = frame.navigator();
        this.wipe = wipe;
        this.busy = busy;
        this.lastInput = clock.nanoTime();
    }

    /** Runs after "I'm still here" (on the event thread), e.g. to bring back the card the prompt covered. */
    public void onAnswered(Runnable action) {
        afterAnswer = action;
    }

    /** Starts listening to all input in the app. */
    public void install() {
        Toolkit.getDefaultToolkit().addAWTEventListener(inputListener,
                AWTEvent.KEY_EVENT_MASK | AWTEvent.MOUSE_EVENT_MASK | AWTEvent.MOUSE_WHEEL_EVENT_MASK);
        navigator.addListener(s -> activity());
    }

    public void uninstall() {
        Toolkit.getDefaultToolkit().removeAWTEventListener(inputListener);
    }

    /** Any input counts as presence, except while the prompt shows: only its button answers it. */
    private void activity() {
        if (deadline < 0) {
            lastInput = clock.nanoTime();
        }
    }

    public boolean prompting() {
        return deadline >= 0;
    }

    /** Looks at the clock: shows the prompt, updates its countdown, or wipes. On the event thread. */
    public void check() {
        Edt.check();
        long now = clock.nanoTime();
        Screen current = navigator.current();
        boolean watched = current != null && current.participant();
        if (!watched || busy.getAsBoolean()) {
            if (prompting()) {
                dismiss();
            }
            lastInput = now;
            return;
        }
        if (!prompting()) {
            if (now - lastInput >= idleAfter.toNanos()) {
                deadline = now + answerWithin.toNanos();
                showPrompt();
            }
            return;
        }
        if (now >= deadline) {
            dismiss();
            wipe.run();
            return;
        }
        updateSeconds(now);
    }

    /** The couple answered: back to where they were, with a fresh idle period. */
    public void stillHere() {
        dismiss();
        lastInput = clock.nanoTime();
        afterAnswer.run();
    }

    private void dismiss() {
        deadline = -1;
        shownSeconds = -1;
        if (frame.overlayShowing() && prompt != null && prompt.getParent() != null) {
            frame.hideOverlay();
        }
    }

    private void showPrompt() {
        if (prompt == null) {
            prompt = new JPanel(new MigLayout("wrap 1, insets 48lp 64lp 48lp 64lp", "[center]", "[]unrel[]para[]"));
            prompt.setName("idle.prompt");
            Widgets.style(prompt, "card");
            prompt.add(Widgets.label("idle.title", "display", Text.get("idle.title")));
            promptLead = Widgets.label("idle.lead", "body", " ");
            prompt.add(promptLead);
            stillHere = Widgets.button("idle.stillHere", "primary", new AbstractAction(Text.get("idle.button")) {
                @Override
                public void actionPerformed(java.awt.event.ActionEvent e) {
                    stillHere();
                }
            });
            prompt.add(stillHere, "wmin 320lp");
            prompt.getAccessibleContext().setAccessibleName(Text.get("idle.title"));
        }
        updateSeconds(clock.nanoTime());
        frame.showOverlay(prompt, stillHere);
    }

    private void updateSeconds(long now) {
        long seconds = Math.max(0, (deadline - now + 999_999_999L) / 1_000_000_000L);
        if (seconds != shownSeconds) {
            shownSeconds = seconds;
            promptLead.setText(Text.format("idle.lead", seconds));
        }
    }
}
