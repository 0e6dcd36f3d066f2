package app.kindred.app;

import app.kindred.content.ContentLibrary;
import app.kindred.content.Handout;
import app.kindred.handout.Paper;
import app.kindred.handout.RenderOptions;
import app.kindred.handout.SessionReport;
import app.kindred.handout.SessionReports;
import app.kindred.handout.TakeHomePack;
import app.kindred.print.PrintOutcome;
import app.kindred.print.PrintRequest;
import app.kindred.print.PrintTicket;
import app.kindred.print.Printing;
import app.kindred.ui.kiosk.TakeHomeService;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The kiosk's take-home hand-off, wired to real rendering and printing: renders the couple's pack
 * (their chosen words and ticked worksheets) into their temporary folder, hands it to
 * {@link Printing} (outbox first), and answers PRINTED when CUPS took it, IN_OUTBOX when it waits
 * for the facilitator. Use: {@code new KioskPrinting(Printing.open(folders), library)}; close the
 * Printing when the kiosk exits.
 */
public final class KioskPrinting implements TakeHomeService {
    private static final Logger LOG = Logger.getLogger(KioskPrinting.class.getName());
    /** The queue and the console show this, never the couple's names. */
    static final String TITLE = "Take-home pack";

    private final Printing printing;
    private final CompletableFuture<ContentLibrary> library;
    private final ExecutorService renderer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kindred-take-home");
        t.setDaemon(true);
        return t;
    });

    public KioskPrinting(Printing printing, CompletableFuture<ContentLibrary> library) {
        this.printing = printing;
        this.library = library;
    }

    @Override
    public CompletableFuture<Outcome> renderAndPrint(Request request) {
        return CompletableFuture.supplyAsync(() -> render(request), renderer)
                .thenCompose(pdf -> pdf.map(this::print)
                        .orElseGet(() -> CompletableFuture.completedFuture(
                                Outcome.failed("the pack could not be made; the facilitator can print the worksheets"))));
    }

    private Optional<Path> render(Request request) {
        try {
            ContentLibrary lib = library.join();
            SessionReport report = SessionReports.forCouple(request.record(), lib);
            List<Handout> handouts = request.handoutIds().stream().map(lib::handout).flatMap(Optional::stream).toList();
            Paper paper = Optional.ofNullable(Paper.parse(printing.settings().paper().toLowerCase(Locale.ROOT)))
                    .orElse(Paper.A4);
            Files.createDirectories(request.tempDir());
            Path pdf = Files.createTempFile(request.tempDir(), "take-home-", ".pdf");
            try (OutputStream out = Files.newOutputStream(pdf)) {
                new TakeHomePack().write(report, handouts, RenderOptions.defaults().withPaper(paper).withFormFields(false),
                        out);
            }
            return Optional.of(pdf);
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "take-home pack could not be rendered", e);
            return Optional.empty();
        }
    }

    private CompletableFuture<Outcome> print(Path pdf) {
        PrintTicket ticket = printing.print(new PrintRequest(pdf, TITLE, "", 1));
        return ticket.outcome().handle((o, e) -> {
            if (e != null) {
                // Not even saved in the outbox (disk full, read-only): the couple's PDF is still in temp.
                LOG.log(Level.SEVERE, "take-home pack could not be saved in the outbox", e);
                return Outcome.failed("the pack could not be saved on this kiosk");
            }
            return switch (o.status()) {
                case SENT, PRINTED -> Outcome.printed(o.pdf());
                default -> Outcome.inOutbox(o.pdf(), o.coupleMessage(Locale.getDefault()));
            };
        });
    }
}
