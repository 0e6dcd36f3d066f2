package app.kindred.session;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which controls a participant may use and which need the facilitator. At a kiosk the couple is
 * alone, so they run their own session; only agenda changes need the facilitator. In a room the
 * couples follow one clock that only the facilitator drives, except that anyone may call a time-out.
 * The facilitator may always use every control.
 */
public record ControlPolicy(Set<Command> participantCommands) {
    public ControlPolicy {
        participantCommands = Set.copyOf(participantCommands);
    }

    public static ControlPolicy forMode(Mode mode) {
        if (mode == Mode.ROOM) {
            return new ControlPolicy(EnumSet.of(Command.TIME_OUT));
        }
        return new ControlPolicy(EnumSet.of(Command.START, Command.PAUSE, Command.RESUME, Command.EXTEND,
                Command.SKIP, Command.BACK, Command.RESTART_PHASE, Command.END_EARLY, Command.TIME_OUT,
                Command.END_TIME_OUT, Command.REDRAW_PROMPT));
    }

    public boolean permits(Command command, Actor actor) {
        return actor == Actor.FACILITATOR || participantCommands.contains(command);
    }

    /** True if the command needs the facilitator (at a kiosk: ask for the PIN). */
    public boolean needsFacilitator(Command command) {
        return !participantCommands.contains(command);
    }
}
