package app.kindred.ui.kiosk;

import app.kindred.ui.PartnerLook;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the kiosk knows about the couple at it before their session starts: their first names and
 * their choice. Forgotten by {@link #forget()} at every wipe. Never logged.
 */
public final class Couple {
    private final Map<PartnerLook, String> names = new EnumMap<>(PartnerLook.class);
    private Choice choice;

    public void name(PartnerLook who, String name) {
        if (name == null || name.isBlank()) {
            names.remove(who);
        } else {
            names.put(who, name.strip());
        }
    }

    /** The typed first name, or null when none was given. */
    public String typedName(PartnerLook who) {
        return names.get(who);
    }

    /** The name to show: the typed one or "Partner A" / "Partner B". */
    public String displayName(PartnerLook who) {
        String n = names.get(who);
        return n == null ? who.defaultName() : n;
    }

    public Choice choice() {
        return choice;
    }

    public void choose(Choice c) {
        this.choice = c;
    }

    /** After a crash: the names and the choice of the session that came back. */
    void recall(app.kindred.session.Participants names, Choice c) {
        for (PartnerLook p : PartnerLook.values()) {
            if (names.named(p.partner())) {
                name(p, names.name(p.partner()));
            }
        }
        choose(c);
    }

    public void forget() {
        names.clear();
        choice = null;
    }
}
