package app.kindred.net;

import java.util.regex.Pattern;

/**
 * What a kiosk tells the hub, and all it may tell: state, never words. There is deliberately no
 * free-text field; the one piece of text a couple can send is a first name they chose to share
 * ({@link SharedFirstName}, may be null). {@code KioskStatusPrivacyTest} holds this shape.
 *
 * @param programmeId   the programme the kiosk runs (an id from the content files), or "" before one
 * @param item          0-based agenda item, -1 before the session starts
 * @param step          0-based step in the item
 * @param remainingMillis time left in the step on the kiosk's own clock
 * @param paused        the kiosk's clock is paused (the room's pause, or its own)
 * @param timeOut       the couple called a time-out: their clock stands still alone
 * @param finished      the programme ended on this kiosk
 * @param printing      where their take-home pack is
 * @param sharedName    a first name the couple chose to share, or null
 * @param roomView      the device is a second room view (a projector or TV), not a couple's kiosk
 */
public record KioskStatus(String programmeId, int item, int step, long remainingMillis, boolean paused,
        boolean timeOut, boolean finished, PrintState printing, SharedFirstName sharedName, boolean roomView) {
    static final Pattern ID = Pattern.compile("|[a-z0-9][a-z0-9._-]{0,63}");

    public KioskStatus {
        if (programmeId == null || !ID.matcher(programmeId).matches()) {
            throw new IllegalArgumentException("programme id must be a content id");
        }
        if (printing == null) {
            printing = PrintState.NONE;
        }
    }

    /** A couple's kiosk's status. */
    public KioskStatus(String programmeId, int item, int step, long remainingMillis, boolean paused,
            boolean timeOut, boolean finished, PrintState printing, SharedFirstName sharedName) {
        this(programmeId, item, step, remainingMillis, paused, timeOut, finished, printing, sharedName, false);
    }
}
