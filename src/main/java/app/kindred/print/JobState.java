package app.kindred.print;

/** Where a job is inside the print system (IPP job-state), or {@link #UNKNOWN} where it cannot be known. */
public enum JobState {
    PENDING, HELD, PROCESSING, STOPPED, CANCELED, ABORTED, COMPLETED, UNKNOWN;

    /** IPP job-state keyword ("pending", "processing-stopped", ...) to a state. */
    static JobState fromIpp(String keyword) {
        return switch (keyword.strip()) {
            case "pending" -> PENDING;
            case "pending-held" -> HELD;
            case "processing" -> PROCESSING;
            case "processing-stopped" -> STOPPED;
            case "canceled" -> CANCELED;
            case "aborted" -> ABORTED;
            case "completed" -> COMPLETED;
            default -> UNKNOWN;
        };
    }

    boolean finished() {
        return this == CANCELED || this == ABORTED || this == COMPLETED;
    }
}
