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
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/**
 * "Still there?": after a quiet spell on a participant screen, a prompt with one big button counts
 * down {@code answerWithin}; unanswered, the privacy wipe runs. How long a quiet spell may last
 * depends on what the couple is doing ({@link #check(Duration)}): the idle time on an ordinary
 * screen, longer during a pause or a time-out (a couple taking the break they were told to take is
 * not gone), and while the exercise clock runs not at all: a couple talking does not touch the
 * screen. A couple who walked away mid-exercise is caught at a step change instead
 * ({@link #stepChanged}): no input for the whole step that ended plus a margin. All time comes from
 * the injected clock; the kiosk's heartbeat calls {@code check} (tests too, after moving a fake clock).
 */
public final class IdleGuard {
    /** What "More time" adds, once, to the quiet spell allowed before the next "Still there?". */
    public static final Duration MORE_TIME = Duration.ofMinutes(5);

    private final MonotonicClock clock;
    /** Both set by the facilitator's settings while the kiosk runs (see {@link #setTimes}). */
    private volatile Duration idleAfter;
    private volatile Duration answerWithin;
    private final Navigator navigator;
    private final KioskFrame frame;
    private final Runnable wipe;
    private final Duration margin;
    private final AWTEventListener inputListener = e -> activity();
    /** The last key, click or touch. */
    private long lastInput;
    /** The later of the last input and the last moment the exercise clock was running. */
    private long quietSince;
    private long deadline = -1;
    private JPanel prompt;
    private JLabel promptLead;
    private JButton stillHere;
    private JButton moreTime;
    /**
     * Added to every quiet spell allowed after "More time" (the tap that chose it, and any after,
     * would otherwise end it at once), until the next prompt or the welcome screen.
     */
    private Duration extra = Duration.ZERO;
    private long shownSeconds = -1;
    private Runnable afterAnswer = () -> { };
    private Runnable onPrompt = () -> { };

    /** @param margin how much longer than its own length a step, pause or time-out may go untouched */
    public IdleGuard(MonotonicClock clock, Duration idleAfter, Duration answerWithin, Duration margin,
            KioskFrame frame, Runnable wipe) {
        this.clock = clock;
        this.idleAfter = idleAfter;
        this.answerWithin = answerWithin;
        this.frame = frame;
        this.navigator = frame.navigator();
        this.wipe = wipe;
        this.margin = margin;
        this.lastInput = clock.nanoTime();
        this.quietSince = lastInput;
    }

    /** The facilitator saved new times: the next quiet spell and the next "Still there?" use them. */
    public void setTimes(Duration idleAfter, Duration answerWithin) {
        this.idleAfter = idleAfter;
        this.answerWithin = answerWithin;
    }

    /** How long "Still there?" waits for an answer. */
    public Duration answerWithin() {
        return answerWithin;
    }

    /** The idle time on an ordinary screen. */
    public Duration idleAfter() {
        return idleAfter;
    }

    public Duration margin() {
        return margin;
    }

    /** Runs when the prompt appears (on the event thread): a chime, an announcement. */
    public void onPrompt(Runnable action) {
        onPrompt = action;
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
            quietSince = lastInput;
        }
    }

    public boolean prompting() {
        return deadline >= 0;
    }

    /** {@link #check(Duration)} with the ordinary idle time. */
    public void check() {
        check(idleAfter);
    }

    /**
     * Looks at the clock: shows the prompt, updates its countdown, or wipes. On the event thread.
     *
     * @param quietFor how long the screen may go untouched now; null while the exercise clock runs
     *                 (the prompt then comes only from {@link #stepChanged})
     */
    public void check(Duration quietFor) {
        Edt.check();
        long now = clock.nanoTime();
        Screen current = navigator.current();
        boolean watched = current != null && current.participant();
        if (!watched) {
            if (prompting()) {
                dismiss();
            }
            lastInput = now;
            quietSince = now;
            extra = Duration.ZERO; // between couples: the next starts without anyone's "More time"
            return;
        }
        if (prompting()) {
            if (now >= deadline) {
                dismiss();
                wipe.run();
            } else {
                updateSeconds(now);
            }
            return;
        }
        if (quietFor == null) {
            quietSince = now;
        } else if (now - quietSince >= quietFor.plus(extra).toNanos()) {
            prompt(now);
        }
    }

    /**
     * A new step began by itself. If nobody has touched the kiosk for the whole step that ended and
     * the margin before it, the couple has probably walked away: ask.
     */
    public void stepChanged(Duration endedStep) {
        long now = clock.nanoTime();
        Screen current = navigator.current();
        if (!prompting() && current != null && current.participant()
                && now - lastInput >= endedStep.plus(margin).plus(extra).toNanos()) {
            prompt(now);
        }
    }

    private void prompt(long now) {
        extra = Duration.ZERO;
        deadline = now + answerWithin.toNanos();
        showPrompt();
        onPrompt.run();
    }

    /** The couple answered: back to where they were, with a fresh idle period. */
    public void stillHere() {
        dismiss();
        lastInput = clock.nanoTime();
        quietSince = lastInput;
        extra = Duration.ZERO;
        afterAnswer.run();
    }

    /**
     * "More time": the couple are here but need longer away from the screen (a longer break, a
     * call): a fresh quiet spell with {@link #MORE_TIME} on top, until the next "Still there?".
     */
    public void moreTime() {
        stillHere();
        extra = MORE_TIME;
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
            prompt.add(stillHere, "split 2, wmin 320lp, sg idle");
            moreTime = Widgets.button("idle.moreTime", "touch", new AbstractAction(
                    Text.format("idle.moreTime", MORE_TIME.toMinutes())) {
                @Override
                public void actionPerformed(java.awt.event.ActionEvent e) {
                    moreTime();
                }
            });
            prompt.add(moreTime, "sg idle, gapleft 16lp");
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
