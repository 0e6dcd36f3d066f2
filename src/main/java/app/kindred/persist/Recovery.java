package app.kindred.persist;

import app.kindred.session.SessionEngine;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@link SessionJournal#recover} found at start-up.
 *
 * @param engine      the recovered session (paused), or null
 * @param message     a sentence for the facilitator (no stack trace, no personal data), or null
 * @param quarantined files moved aside, for a technician
 */
public record Recovery(Outcome outcome, SessionEngine engine, String message, List<Path> quarantined) {
    public enum Outcome {
        /** No journal: an ordinary clean start. */
        NOTHING,
        /** A session was running when Kindred stopped; it is back, paused. */
        RECOVERED,
        /** The journal could not be used; it was moved to quarantine and Kindred starts clean. */
        QUARANTINED
    }

    public Recovery {
        quarantined = List.copyOf(quarantined);
    }

    static Recovery nothing() {
        return new Recovery(Outcome.NOTHING, null, null, List.of());
    }
}
