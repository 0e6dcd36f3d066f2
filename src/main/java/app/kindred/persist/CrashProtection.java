package app.kindred.persist;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Whether the session journal is on disk, so that a crash or power cut brings the couple back: what
 * the facilitator's console and the kiosk's facilitator menu show (issue 14). The couple's exercise
 * runs on either way; only the way back after a crash is gone while it is off.
 *
 * @param state on, or why it is off
 * @param failedWrites journal writes that failed since it went off (0 when on)
 */
public record CrashProtection(State state, long failedWrites) {
    public static final CrashProtection ON = new CrashProtection(State.ON, 0);

    public enum State {
        ON, OFF_DISK_FULL, OFF_READ_ONLY, OFF_CANNOT_WRITE
    }

    /** The same state with another count. */
    public CrashProtection withCount(long failed) {
        return new CrashProtection(state, failed);
    }

    public boolean isOn() {
        return state == State.ON;
    }

    /** For people: "Crash protection is off: the disk is full." (null when on). */
    public String sentence(Locale locale) {
        if (isOn()) {
            return null;
        }
        ResourceBundle b = ResourceBundle.getBundle("app.kindred.persist.PersistMessages", locale);
        return new MessageFormat(b.getString("crashProtection." + state.name()), locale).format(new Object[0]);
    }

    /** Why a write failed, from the system's own words (ENOSPC, EROFS) anywhere in the cause chain. */
    static State classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("No space left on device") || m.contains("Disk quota exceeded")) {
                return State.OFF_DISK_FULL;
            }
            if (m.contains("Read-only file system")) {
                return State.OFF_READ_ONLY;
            }
        }
        return State.OFF_CANNOT_WRITE;
    }
}
