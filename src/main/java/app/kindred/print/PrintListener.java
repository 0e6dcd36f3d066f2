package app.kindred.print;

/**
 * Told about every change of every print job (new, sent, printed, waiting, deleted), including
 * retries the schedule runs on its own. Called on Kindred's print thread: a screen must hop to the
 * event thread before touching components, and must return quickly.
 */
@FunctionalInterface
public interface PrintListener {
    void printStatusChanged(PrintOutcome outcome);
}
