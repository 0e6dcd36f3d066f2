package app.kindred.ui;

import app.kindred.content.Active;
import app.kindred.content.Roles;
import app.kindred.session.ActivePerson;
import app.kindred.session.SessionSnapshot;
import java.util.List;
import java.util.function.Function;

/**
 * The one sentence that marks a swap of roles, naming who does what now ("Now Sam speaks, Alex
 * listens."), so a switch is a moment of its own rather than a banner next to a second signal.
 */
public final class SwapWords {
    private SwapWords() {
    }

    /**
     * The swap sentence for a step that switches roles, or null when the step does not.
     *
     * @param name how each person is called on this surface (typed name or the localised default)
     */
    public static String line(SessionSnapshot s, Function<ActivePerson, String> name) {
        if (!s.switchRoles() || s.isBreak() || s.exercise() == null || s.active().isEmpty()) {
            return null;
        }
        List<ActivePerson> active = s.active();
        ActivePerson leads = active.get(0);
        if (active.size() == 2 && active.get(1).role() == Active.A) {
            leads = active.get(1); // both act: the one now holding the first role leads
        }
        ActivePerson follows = active.size() == 2 ? (leads == active.get(0) ? active.get(1) : active.get(0)) : null;
        String leader = name.apply(leads);
        String other = follows != null ? name.apply(follows) : otherName(s, leads, name);
        Roles roles = s.exercise().roles();
        if (roles.equals(Roles.PARTNERS)) {
            return Text.format("exercise.switchLead", leader, other);
        }
        Active otherRole = leads.role() == Active.A ? Active.B : Active.A;
        return Text.format("exercise.switchRoles", leader, leads.roleLabel(), other, roles.label(otherRole));
    }

    private static String otherName(SessionSnapshot s, ActivePerson p, Function<ActivePerson, String> name) {
        app.kindred.session.Partner o = p.partner().other();
        ActivePerson other = new ActivePerson(s.participants().name(o), o, p.role() == Active.A ? Active.B : Active.A, null);
        return name.apply(other);
    }
}
