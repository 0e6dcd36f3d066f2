package app.kindred.session;

/**
 * Something that happened in a session.
 *
 * @param atNanos   when it happened on the monotonic clock; for PHASE_ENDED and WARNING this is the
 *                  exact deadline, so {@code clock.nanoTime() - atNanos} is how late the event came
 * @param itemIndex the agenda position the event concerns (for PHASE_ENDED: the phase that ended)
 * @param stepIndex the ribbon position the event concerns
 * @param snapshot  the session as it is once every event of the same change has been applied
 */
public record SessionEvent(Type type, long atNanos, int itemIndex, int stepIndex, String phaseTitle, SessionSnapshot snapshot) {
    public enum Type {
        /** A step began (after the first START, a skip, back, restart, jump, or the previous one ending). */
        PHASE_STARTED,
        /** The warning time before the end of the current step was reached. */
        WARNING,
        /** A step ended: on time, or left early (skip, back, restart, jump, end early). */
        PHASE_ENDED,
        /** The step that is starting begins with the partners switching roles. Comes before PHASE_STARTED. */
        SWITCH_ROLES,
        EXERCISE_STARTED,
        EXERCISE_ENDED,
        BREAK_STARTED,
        BREAK_ENDED,
        /** The session is over (normally, or early: see snapshot().endedEarly()). */
        PROGRAMME_ENDED,
        PAUSED,
        RESUMED,
        TIME_OUT_STARTED,
        /** The calm-down period ran out; the couple now chooses to resume or end. */
        TIME_OUT_ELAPSED,
        TIME_OUT_ENDED,
        /** Time or agenda changed without a step change: extend, shorten, reorder, drop, redraw. */
        CHANGED,
        /** A reflection or commitment was added, edited, removed or its summary choice changed. */
        WORDS_CHANGED
    }
}
