package app.kindred.print;

import java.time.Instant;
import java.util.Properties;

/**
 * One job waiting in the outbox: its record, stored beside its PDF as {@code <id>.properties}.
 *
 * @param id file-name-safe, sortable by creation ("20261122-001512-345-a3f0")
 * @param created when it entered the outbox
 * @param title what the console shows ("Take-home pack", a handout title); never a couple's words
 * @param printer the queue asked for, or "" for the default printer
 * @param copies at least 1
 * @param attempts submissions tried so far
 * @param lastProblem why the last attempt did not print, or null
 * @param lastError the precise message for the facilitator, or ""
 * @param nextAttempt when the retry schedule tries again
 * @param systemJobId the CUPS job id ("PDF-12") once CUPS accepted it and we wait for completion, else ""
 */
public record OutboxJob(String id, Instant created, String title, String printer, int copies, int attempts,
        Problem lastProblem, String lastError, Instant nextAttempt, String systemJobId) {

    /** Accepted by the print system; we only wait to learn that it completed. */
    public boolean sent() {
        return !systemJobId.isBlank();
    }

    OutboxJob failed(Problem problem, String error, Instant next) {
        return new OutboxJob(id, created, title, printer, copies, attempts + 1, problem, error, next, "");
    }

    OutboxJob sentAs(String systemJob, Instant next) {
        return new OutboxJob(id, created, title, printer, copies, attempts + 1, null, "", next, systemJob);
    }

    OutboxJob followUpAt(Instant next) {
        return new OutboxJob(id, created, title, printer, copies, attempts, lastProblem, lastError, next, systemJobId);
    }

    Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("id", id);
        p.setProperty("created", created.toString());
        p.setProperty("title", title);
        p.setProperty("printer", printer);
        p.setProperty("copies", Integer.toString(copies));
        p.setProperty("attempts", Integer.toString(attempts));
        p.setProperty("lastProblem", lastProblem == null ? "" : lastProblem.name());
        p.setProperty("lastError", lastError);
        p.setProperty("nextAttempt", nextAttempt.toString());
        p.setProperty("systemJobId", systemJobId);
        return p;
    }

    static OutboxJob fromProperties(Properties p) {
        String problem = p.getProperty("lastProblem", "");
        Instant created = Instant.parse(p.getProperty("created"));
        return new OutboxJob(p.getProperty("id"), created, p.getProperty("title", ""), p.getProperty("printer", ""),
                Math.max(1, Integer.parseInt(p.getProperty("copies", "1"))),
                Integer.parseInt(p.getProperty("attempts", "0")),
                problem.isBlank() ? null : Problem.valueOf(problem), p.getProperty("lastError", ""),
                Instant.parse(p.getProperty("nextAttempt", created.toString())), p.getProperty("systemJobId", ""));
    }
}
