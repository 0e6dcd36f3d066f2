package app.kindred.ui.kiosk;

import app.kindred.session.SessionRecord;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The hand-off at the end of a couple's turn: render their take-home pack and print it. Runs off
 * the event thread; the future completes with what happened (never exceptionally for a printer
 * problem: that is an {@link Outcome}). The real implementation uses app.kindred.handout and
 * app.kindred.print; tests use a fake.
 */
public interface TakeHomeService {

    CompletableFuture<Outcome> renderAndPrint(Request request);

    /**
     * @param record     the session record; its words marked "on summary" are what the couple chose
     * @param handoutIds the worksheets they ticked, in order
     * @param tempDir    where temporary PDFs go (wiped with the couple's turn)
     */
    record Request(SessionRecord record, List<String> handoutIds, Path tempDir) {
        public Request {
            handoutIds = List.copyOf(handoutIds);
        }
    }

    /** @param pdf the rendered pack (in the outbox when not printed), or null */
    record Outcome(Kind kind, String detail, Path pdf) {
        public enum Kind {
            /** The printer accepted the job. */
            PRINTED,
            /** The printer was not ready; the PDF waits in the outbox for a facilitator. */
            IN_OUTBOX,
            /** Nothing could be printed or saved; {@code detail} says why in plain words. */
            FAILED
        }

        public static Outcome printed(Path pdf) {
            return new Outcome(Kind.PRINTED, "", pdf);
        }

        public static Outcome inOutbox(Path pdf, String detail) {
            return new Outcome(Kind.IN_OUTBOX, detail, pdf);
        }

        public static Outcome failed(String detail) {
            return new Outcome(Kind.FAILED, detail, null);
        }
    }
}
