package app.kindred.print;

import java.util.Optional;

/**
 * What the print system says about one queue right now.
 *
 * @param printer the queue name
 * @param schedulerRunning false when cupsd does not answer
 * @param exists false when there is no queue of that name
 * @param enabled false when the queue is stopped (it would accept jobs and print nothing)
 * @param stateKnown false when the print system cannot tell stopped from running (javax.print on
 *     CUPS does not report printer-state; then {@code enabled} is an assumption)
 * @param accepting false when the queue rejects new jobs
 * @param reason the reason CUPS gives for the state ("Paused", a paper jam...), or ""
 */
public record QueueState(String printer, boolean schedulerRunning, boolean exists, boolean enabled,
        boolean stateKnown, boolean accepting, String reason) {

    public static QueueState schedulerDown(String printer) {
        return new QueueState(printer, false, false, false, true, false, "");
    }

    public static QueueState missing(String printer) {
        return new QueueState(printer, true, false, false, true, false, "");
    }

    /** The first thing that stops this queue from printing now, if any. */
    public Optional<Problem> problem() {
        if (!schedulerRunning) {
            return Optional.of(Problem.CUPS_DOWN);
        }
        if (!exists) {
            return Optional.of(Problem.UNKNOWN_PRINTER);
        }
        if (!accepting) {
            return Optional.of(Problem.QUEUE_REJECTING);
        }
        if (!enabled) {
            return Optional.of(Problem.QUEUE_STOPPED);
        }
        return Optional.empty();
    }

    /** One short line for logs and the console, e.g. "PDF: stopped, accepting (Paused)". */
    public String summary() {
        if (!schedulerRunning) {
            return printer + ": CUPS scheduler not running";
        }
        if (!exists) {
            return printer + ": no such queue";
        }
        String s = printer + ": " + (stateKnown ? (enabled ? "enabled" : "stopped") : "state unknown")
                + ", " + (accepting ? "accepting" : "rejecting");
        return reason.isBlank() ? s : s + " (" + reason + ")";
    }
}
