package app.kindred.print;

/**
 * Why a job is waiting in the outbox instead of on paper. Each one has a facilitator message in
 * {@code PrintMessages.properties} under {@code problem.<NAME>}.
 */
public enum Problem {
    /** No printer named and no default printer, or no printer at all. */
    NO_PRINTER,
    /** The named queue does not exist. */
    UNKNOWN_PRINTER,
    /** The CUPS scheduler (cupsd) is not running or not reachable. */
    CUPS_DOWN,
    /** The queue refuses new jobs (cupsreject). */
    QUEUE_REJECTING,
    /** The queue is stopped/disabled (cupsdisable, or a printer error): it would accept and print nothing. */
    QUEUE_STOPPED,
    /** A command-line tool (lp, lpr, lpstat) is not installed. */
    TOOL_MISSING,
    /** Submitting took longer than the time limit. */
    TIMEOUT,
    /** The print system took the job and later cancelled or aborted it. */
    JOB_ABORTED,
    /** The PDF in the outbox is missing or unreadable. */
    BAD_DOCUMENT,
    /** Anything else the print system reported; the detail says what. */
    SUBMIT_FAILED
}
