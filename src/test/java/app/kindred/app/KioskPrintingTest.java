package app.kindred.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.content.ContentLibrary;
import app.kindred.content.ContentLoader;
import app.kindred.content.ContentRoot;
import app.kindred.persist.SessionRecordFile;
import app.kindred.print.FakePrintSystem;
import app.kindred.print.Outbox;
import app.kindred.print.PrintSettings;
import app.kindred.print.Printing;
import app.kindred.session.SessionRecord;
import app.kindred.ui.kiosk.TakeHomeService;
import app.kindred.ui.kiosk.TakeHomeService.Outcome.Kind;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kiosk's take-home hand-off: a couple's pack is rendered, then printed or kept for the facilitator. */
class KioskPrintingTest {
    private static ContentLibrary library;
    private static SessionRecord record;

    @TempDir
    Path tmp;
    private final FakePrintSystem system = new FakePrintSystem();
    private Printing printing;

    @BeforeAll
    static void load() throws Exception {
        library = ContentLoader.load(ContentRoot.locate()).library();
        record = SessionRecordFile.read(Path.of("src/test/resources/sessions/evening.yaml"));
    }

    @AfterEach
    void close() {
        if (printing != null) {
            printing.close();
        }
    }

    private TakeHomeService.Outcome handOff(CompletableFuture<ContentLibrary> lib) throws Exception {
        printing = new Printing(system, PrintSettings.defaults().withPrinter("PDF"), new Outbox(tmp.resolve("outbox")),
                Clock.systemUTC());
        TakeHomeService service = new KioskPrinting(printing, lib);
        return service.renderAndPrint(new TakeHomeService.Request(record, List.of("listening-card"), tmp.resolve("temp")))
                .get(60, TimeUnit.SECONDS);
    }

    @Test
    void aPackThePrinterTookIsPrintedUnderAPlainTitle() throws Exception {
        TakeHomeService.Outcome o = handOff(CompletableFuture.completedFuture(library));

        assertThat(o.kind()).isEqualTo(Kind.PRINTED);
        assertThat(system.submitted()).singleElement().satisfies(s -> {
            assertThat(s.title()).as("no names in the print queue").isEqualTo("Take-home pack");
            assertThat(s.printer()).isEqualTo("PDF");
        });
    }

    @Test
    void aPackThePrinterCouldNotTakeWaitsInTheOutbox() throws Exception {
        system.before = FakePrintSystem.stopped("PDF", "Paper jam");

        TakeHomeService.Outcome o = handOff(CompletableFuture.completedFuture(library));

        assertThat(o.kind()).isEqualTo(Kind.IN_OUTBOX);
        assertThat(o.detail()).isEqualTo("Your sheet is waiting for the printer; a facilitator can print it for you.");
        assertThat(o.pdf()).startsWith(tmp.resolve("outbox")).exists();
        try (PDDocument pack = Loader.loadPDF(o.pdf().toFile())) {
            assertThat(pack.getNumberOfPages()).as("summary plus the listening card").isGreaterThan(1);
        }
    }

    @Test
    void aPackThatCannotBeMadeSaysSoInsteadOfHanging() throws Exception {
        TakeHomeService.Outcome o = handOff(CompletableFuture.failedFuture(new IllegalStateException("no content")));

        assertThat(o.kind()).isEqualTo(Kind.FAILED);
        assertThat(o.detail()).contains("could not be made");
        assertThat(system.submitted()).isEmpty();
    }
}
