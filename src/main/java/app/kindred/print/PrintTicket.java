package app.kindred.print;

import java.util.concurrent.CompletableFuture;

/**
 * What {@link Printing#print} hands back at once.
 *
 * @param saved completes when the PDF and its record are safely in the outbox; only then may the
 *     caller delete its own copy (e.g. the couple's temporary files). Fails only if the outbox
 *     cannot be written (disk full, read-only).
 * @param outcome completes with SENT, PRINTED or WAITING once the first attempt is over; never
 *     fails for printer trouble (that is a WAITING outcome)
 */
public record PrintTicket(CompletableFuture<OutboxJob> saved, CompletableFuture<PrintOutcome> outcome) {
}
