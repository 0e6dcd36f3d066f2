package app.kindred.ui.console;

import app.kindred.net.phone.Control;
import app.kindred.net.phone.PhoneRemote;
import app.kindred.net.phone.RemoteState;
import app.kindred.ui.CommandAction;
import app.kindred.ui.Edt;
import app.kindred.ui.lock.PinGate;
import java.awt.event.ActionEvent;

/**
 * The console as the phone remote sees it: the phone's Start, Pause, Resume, +1 min and Next are the
 * console's own actions (the same enabled-when rules, the same engine calls), run on the event
 * thread; the PIN goes through the console's own {@link PinGate}, so wrong guesses on the phone and
 * at the console count together towards one lockout.
 */
final class PhoneRoom implements PhoneRemote.Room, PhoneRemote.Door {
    private final Workshop workshop;
    private final ConsoleActions actions;
    private final PinGate gate;

    PhoneRoom(Workshop workshop, ConsoleActions actions, PinGate gate) {
        this.workshop = workshop;
        this.actions = actions;
        this.gate = gate;
    }

    @Override
    public RemoteState state() {
        return Edt.call(() -> {
            workshop.refresh();
            ConsoleState s = workshop.state();
            return RemoteState.of(s.session(), s::can);
        });
    }

    @Override
    public boolean perform(Control control) {
        return Edt.call(() -> {
            workshop.refresh(); // the actions' enabled state as of now
            CommandAction<ConsoleState> a = actions.get(actionId(control));
            if (!a.isEnabled()) {
                return false;
            }
            a.actionPerformed(new ActionEvent(this, ActionEvent.ACTION_PERFORMED, "phone"));
            return true;
        });
    }

    static String actionId(Control control) {
        return switch (control) {
            case START -> "start";
            case PAUSE -> "pause";
            case RESUME -> "resume";
            case ADD_MINUTE -> "extend1";
            case NEXT -> "skip";
        };
    }

    /** Off the event thread: the PIN's slow hash must not freeze the console. */
    @Override
    public PhoneRemote.Verdict attempt(char[] pin) {
        PinGate.Attempt a = gate.attempt(pin);
        if (a instanceof PinGate.Attempt.Unlocked) {
            return PhoneRemote.Verdict.open();
        } else if (a instanceof PinGate.Attempt.Wrong w) {
            return PhoneRemote.Verdict.wrong(w.attemptsLeft());
        } else if (a instanceof PinGate.Attempt.Locked l) {
            return PhoneRemote.Verdict.locked(l.remaining());
        }
        return PhoneRemote.Verdict.noPin();
    }
}
