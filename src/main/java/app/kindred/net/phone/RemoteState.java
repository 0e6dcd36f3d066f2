package app.kindred.net.phone;

import app.kindred.session.SessionSnapshot;
import app.kindred.session.SessionStatus;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the phone sees of the room: numbers and flags only. There is deliberately no field for a
 * title, a name, a prompt or anything typed: the page shows "item 2 of 5, step 3 of 6, 4:12".
 *
 * @param status      the session's status
 * @param item        1-based position of the current item; {@code items} in all
 * @param isBreak     the current item is a break
 * @param step        1-based position of the step in the item; {@code steps} in all
 * @param secondsLeft time left in the step, rounded up as the countdowns show it
 * @param possible    which of the phone's controls the console would allow now
 */
public record RemoteState(SessionStatus status, int item, int items, boolean isBreak, int step, int steps,
        long secondsLeft, Set<Control> possible) {

    public RemoteState {
        possible = possible.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(possible));
    }

    /** The state of a snapshot, with the controls {@code can} allows. */
    public static RemoteState of(SessionSnapshot s, Predicate<app.kindred.session.Command> can) {
        Set<Control> possible = EnumSet.noneOf(Control.class);
        for (Control c : Control.values()) {
            if (can.test(c.command())) {
                possible.add(c);
            }
        }
        return new RemoteState(s.status(), s.itemIndex() + 1, s.itemCount(), s.isBreak(), s.stepIndex() + 1,
                Math.max(s.stepCount(), 1), s.displaySeconds(), possible);
    }

    public boolean paused() {
        return status == SessionStatus.PAUSED;
    }

    /** The JSON the page reads, with the session's CSRF token; every value is a number, a flag or a fixed word. */
    String json(String csrf) {
        StringBuilder b = new StringBuilder(200).append('{');
        b.append("\"status\":\"").append(status.name().toLowerCase(Locale.ROOT)).append('"');
        b.append(",\"item\":").append(item).append(",\"items\":").append(items);
        b.append(",\"isBreak\":").append(isBreak);
        b.append(",\"step\":").append(step).append(",\"steps\":").append(steps);
        b.append(",\"secondsLeft\":").append(secondsLeft);
        b.append(",\"paused\":").append(paused());
        b.append(",\"can\":{");
        Control[] all = Control.values();
        for (int i = 0; i < all.length; i++) {
            b.append(i == 0 ? "" : ",").append('"').append(all[i].path()).append("\":").append(possible.contains(all[i]));
        }
        b.append("},\"csrf\":\"").append(csrf).append("\"}");
        return b.toString();
    }
}
