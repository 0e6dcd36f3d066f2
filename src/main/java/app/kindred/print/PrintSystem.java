package app.kindred.print;

import java.util.List;
import java.util.Optional;

/**
 * The operating system's printing, seen from Kindred. {@link CupsCommandLine} talks to CUPS through
 * its command-line tools; {@link JavaPrintSystem} uses javax.print. Tests inject faulty ones.
 * Calls may block (they start processes); {@link Printing} always calls them off the event thread.
 */
public interface PrintSystem {

    List<PrinterInfo> printers() throws PrintSystemException;

    Optional<String> defaultPrinter() throws PrintSystemException;

    QueueState queueState(String printer) throws PrintSystemException;

    boolean supportsDuplex(String printer) throws PrintSystemException;

    /** Hands the job over; returns the print system's job id ("PDF-12"), or "" where it gives none. */
    String submit(Submission submission) throws PrintSystemException;

    /** The state of a submitted job; {@link JobState#UNKNOWN} if the print system cannot say. */
    JobState jobState(String systemJobId) throws PrintSystemException;

    /** Withdraws a submitted job that has not printed; no-op where job ids are unknown. */
    void cancel(String systemJobId) throws PrintSystemException;

    /**
     * Removes a finished job's files (the document and its control file, which holds the title) from
     * the print system's spool, so a couple's pack leaves no copy there once it has printed. CUPS
     * otherwise keeps them for a day (PreserveJobFiles). No-op where job ids are unknown.
     */
    default void purge(String systemJobId) throws PrintSystemException {
    }

    /** A short name for messages and the log: "CUPS (lp)" or "javax.print". */
    String describe();
}
