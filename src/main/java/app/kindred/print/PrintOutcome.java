package app.kindred.print;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Where one print job stands, as screens show it. Listeners receive one of these at every change;
 * a {@link PrintTicket}'s outcome completes with the last one of an attempt (SENT, PRINTED or WAITING).
 *
 * @param jobId the outbox id
 * @param title the job title
 * @param printer the queue used or asked for ("" if none could be chosen)
 * @param status where the job stands
 * @param problem why it is WAITING, else null
 * @param detail what the print system said, for the facilitator ("" if nothing)
 * @param systemJobId CUPS job id once accepted, else ""
 * @param copies copies asked for
 * @param pdf the PDF in the outbox (still there while WAITING or SENT)
 * @param nextAttempt when the retry schedule tries again (WAITING), else null
 * @param queueAfter the queue state read after submitting, or "" if not read
 */
public record PrintOutcome(String jobId, String title, String printer, Status status, Problem problem,
        String detail, String systemJobId, int copies, Path pdf, Instant nextAttempt, String queueAfter) {

    public enum Status {
        /** Safe in the outbox, being handed to the printer now. */
        QUEUED,
        /** The print system accepted it; not yet known to be printed. */
        SENT,
        /** The print system reports it printed; it has left the outbox. */
        PRINTED,
        /** Not printed; kept in the outbox and retried on schedule. */
        WAITING,
        /** The facilitator deleted it from the outbox. */
        DELETED
    }

    /** True when the couple can go to the printer (SENT or PRINTED). */
    public boolean onPaper() {
        return status == Status.SENT || status == Status.PRINTED;
    }

    /** Plain words for the couple's screen. */
    public String coupleMessage(Locale locale) {
        return bundle(locale).getString("couple." + status.name());
    }

    /** What happened, where the PDF is and what to do, for the console and the command line. */
    public String facilitatorMessage(Locale locale) {
        ResourceBundle b = bundle(locale);
        Object[] args = {title, printer.isBlank() ? "?" : printer, detail, systemJobId,
            detail.isBlank() ? "" : " (" + detail + ")", pdf, nextAttempt == null ? "" : TIME.format(nextAttempt),
            copies, ""};
        if (status == Status.WAITING && problem != null) {
            args[8] = format(b, "problem." + problem.name(), locale, args);
        }
        String key = "facilitator." + status.name();
        if (status == Status.SENT && systemJobId.isBlank()) {
            key = "facilitator.SENT_UNTRACKED";
        }
        return format(b, key, locale, args);
    }

    /** Just what went wrong and what to do, e.g. for a printer list that could not be read. */
    public static String problemMessage(Problem problem, String printer, String detail, Locale locale) {
        Object[] args = {"", printer == null || printer.isBlank() ? "?" : printer, detail, "",
            detail.isBlank() ? "" : " (" + detail + ")", "", "", 1, ""};
        return format(bundle(locale), "problem." + problem.name(), locale, args);
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private static String format(ResourceBundle b, String key, Locale locale, Object[] args) {
        return new MessageFormat(b.getString(key), locale).format(args);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("app.kindred.print.PrintMessages", locale);
    }
}
