package app.kindred.net;

/**
 * The room's programme clock as the hub publishes it to each kiosk: which step, and when it ends on
 * the hub's clock ({@link HubClock}). While paused the deadline means nothing and
 * {@code remainingNanos} holds the frozen time left.
 *
 * @param hubNanos the hub's clock when this state was taken
 */
public record RoomState(String programmeId, int item, int step, long deadlineHubNanos, long remainingNanos,
        boolean paused, boolean started, boolean finished, long hubNanos) {
    public RoomState {
        if (programmeId == null || !KioskStatus.ID.matcher(programmeId).matches()) {
            throw new IllegalArgumentException("programme id must be a content id");
        }
    }

    /** Time left in the step at hub time {@code hubNow}. */
    public long remainingAt(long hubNow) {
        return paused ? remainingNanos : Math.max(0, deadlineHubNanos - hubNow);
    }
}
