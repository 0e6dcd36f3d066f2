package app.kindred.net.phone;

import app.kindred.session.Command;
import java.util.Optional;

/** What the phone may do: the commands a facilitator needs away from the console. */
public enum Control {
    START("start", Command.START),
    PAUSE("pause", Command.PAUSE),
    RESUME("resume", Command.RESUME),
    ADD_MINUTE("extend", Command.EXTEND),
    NEXT("next", Command.SKIP);

    private final String path;
    private final Command command;

    Control(String path, Command command) {
        this.path = path;
        this.command = command;
    }

    /** The last part of its URL: {@code POST /api/command/pause}. */
    public String path() {
        return path;
    }

    /** The engine's command it is, for whether it is possible now. */
    public Command command() {
        return command;
    }

    public static Optional<Control> byPath(String path) {
        for (Control c : values()) {
            if (c.path.equals(path)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
