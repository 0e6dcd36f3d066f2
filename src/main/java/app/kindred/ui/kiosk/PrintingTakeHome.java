package app.kindred.ui.kiosk;

import app.kindred.content.ContentLibrary;
import app.kindred.handout.RenderOptions;
import app.kindred.handout.TakeHomePack;
import app.kindred.print.PrintOutcome;
import app.kindred.print.PrintRequest;
import app.kindred.print.Printing;
import app.kindred.ui.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The real hand-off: renders the take-home pack (summary + ticked worksheets) with
 * {@link TakeHomePack} into the couple's temporary folder, then prints it through {@link Printing},
 * which keeps it in the outbox until a printer took it. Rendering runs on a thread of its own;
 * PDFBox is first loaded here, never on the way to the first frame.
 */
public final class PrintingTakeHome implements TakeHomeService {
    /** Not a static field: java.util.logging starts off the start-up path (see app.Logging). */
    private static Logger log() {
        return Logger.getLogger(PrintingTakeHome.class.getName());
    }

    private final Supplier<ContentLibrary> library;
    private final Supplier<Printing> printing;
    private final Supplier<RenderOptions> options;
    private final int maxPages;
    private final ExecutorService renderer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kindred-take-home");
        t.setDaemon(true);
        return t;
    });

    /** Suppliers, so content, printing and PDF options are only touched at the first print. */
    public PrintingTakeHome(Supplier<ContentLibrary> library, Supplier<Printing> printing, Supplier<RenderOptions> options,
            int maxPages) {
        this.library = library;
        this.printing = printing;
        this.options = options;
        this.maxPages = maxPages;
    }

    @Override
    public CompletableFuture<Outcome> renderAndPrint(Request request) {
        return CompletableFuture.supplyAsync(() -> render(request), renderer)
                .thenCompose(pdf -> printing.get()
                        .print(new PrintRequest(pdf, Text.get("print.jobTitle"), "", 1)).outcome())
                .thenApply(PrintingTakeHome::outcome)
                .exceptionally(e -> {
                    Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                    log().log(Level.WARNING, "take-home pack could not be made or saved", cause);
                    return Outcome.failed(Text.get("print.unknown"));
                });
    }

    private Path render(Request request) {
        try {
            byte[] pdf = new TakeHomePack().render(request.record(), library.get(), request.handoutIds(), options.get(),
                    maxPages);
            Path file = Files.createTempFile(request.tempDir(), "take-home-", ".pdf");
            Files.write(file, pdf);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Outcome outcome(PrintOutcome o) {
        String words = o.coupleMessage(Locale.getDefault());
        return switch (o.status()) {
            case SENT, PRINTED -> Outcome.printed(o.pdf());
            case WAITING, QUEUED -> Outcome.inOutbox(o.pdf(), words);
            case DELETED -> Outcome.failed(words);
        };
    }
}
