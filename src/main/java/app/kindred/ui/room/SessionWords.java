package app.kindred.ui.room;

import app.kindred.session.ActivePerson;
import app.kindred.session.UpNext;
import app.kindred.ui.Clocks;
import app.kindred.ui.ConsoleText;
import java.util.List;

/** How the room view and the console say whose turn it is and what comes next. */
public final class SessionWords {
    private SessionWords() {
    }

    public static String turn(List<ActivePerson> active) {
        if (active.isEmpty()) {
            return " ";
        }
        if (active.size() == 1) {
            ActivePerson p = active.get(0);
            // Generic roles are called like the people ("Partner A"): then just say whose turn it is.
            if (p.roleLabel() == null || p.roleLabel().isBlank() || p.roleLabel().equalsIgnoreCase(p.name())
                    || app.kindred.content.Roles.PARTNERS.a().equals(p.roleLabel())
                    || app.kindred.content.Roles.PARTNERS.b().equals(p.roleLabel())) {
                return ConsoleText.format("room.turn.yours", p.name());
            }
            return ConsoleText.format("room.turn.one", p.name(), p.roleLabel());
        }
        return ConsoleText.format("room.turn.both", active.get(0).name(), active.get(1).name());
    }

    public static String next(UpNext n) {
        if (n == null) {
            return ConsoleText.get("room.next.last");
        }
        if (n.isBreak()) {
            return ConsoleText.format("room.next.break", n.itemTitle(), Clocks.minutes(n.planned()));
        }
        String who = n.active().size() == 1 ? n.active().get(0).name() : ConsoleText.get("room.next.everyone");
        if (n.newItem()) {
            return ConsoleText.format("room.next.item", n.itemTitle(), n.phaseTitle());
        }
        return ConsoleText.format(n.switchesRoles() ? "room.next.switch" : "room.next.step", n.phaseTitle(), who);
    }

}
