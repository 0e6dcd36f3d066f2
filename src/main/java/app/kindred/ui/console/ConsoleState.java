package app.kindred.ui.console;

import app.kindred.session.AgendaItem;
import app.kindred.session.Command;
import app.kindred.session.SessionSnapshot;
import java.util.Set;

/**
 * What the console's actions decide their enabled state from: the session as the engine describes
 * it, the commands the engine says are possible now, and the agenda row the facilitator selected.
 *
 * @param selected selected agenda position, or -1
 */
public record ConsoleState(SessionSnapshot session, Set<Command> possible, int selected, String note,
        boolean twoDisplays) {
    public ConsoleState {
        possible = Set.copyOf(possible);
    }

    public boolean can(Command c) {
        return possible.contains(c);
    }

    /** The selected agenda item if it has not begun (so it may be moved, dropped or jumped to). */
    public boolean selectedUpcoming() {
        AgendaItem item = selectedItem();
        return item != null && item.state() == AgendaItem.State.UPCOMING;
    }

    public AgendaItem selectedItem() {
        if (selected < 0 || selected >= session.agenda().size()) {
            return null;
        }
        return session.agenda().get(selected);
    }

    /** The item above the selection has not begun either, so the two may change places. */
    public boolean canMoveUp() {
        return selectedUpcoming() && selected > 0
                && session.agenda().get(selected - 1).state() == AgendaItem.State.UPCOMING;
    }

    public boolean canMoveDown() {
        return selectedUpcoming() && selected + 1 < session.agenda().size();
    }

    public boolean hasNote() {
        return note != null && !note.isBlank();
    }
}
