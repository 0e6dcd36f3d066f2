package app.kindred.session;

/** What the screens show as the session's overall state, most specific first. */
public enum SessionStatus {
    /** Built, not started: the snapshot shows the first phase with its full time. */
    READY,
    /** A phase is counting down. */
    RUNNING,
    /** A phase is counting down and within the warning time of its end. */
    WARNING,
    /** The clock is stopped by pause. */
    PAUSED,
    /** A break item of the programme is counting down. */
    BREAK,
    /** Time-out: the phase is frozen while a calm-down period runs (or has run, see timeOutOver). */
    TIME_OUT,
    /** The programme ended (normally or early). */
    FINISHED
}
