package app.kindred.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.content.ContentLibrary;
import app.kindred.handout.RenderOptions;
import app.kindred.print.FakePrintSystem;
import app.kindred.print.Outbox;
import app.kindred.print.PrintSettings;
import app.kindred.print.Printing;
import app.kindred.print.RetrySchedule;
import app.kindred.session.FakeClock;
import app.kindred.session.Partner;
import app.kindred.session.Participants;
import app.kindred.session.SessionEngine;
import app.kindred.session.SessionRecord;
import app.kindred.session.SessionSettings;
import app.kindred.ui.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real hand-off: the pack is rendered with the couple's chosen words and goes to the printer. */
class PrintingTakeHomeTest {
    @TempDir
    Path tmp;
    private final FakePrintSystem system = new FakePrintSystem();
    private Printing printing;

    @AfterEach
    void close() {
        if (printing != null) {
            printing.close();
        }
    }

    private PrintingTakeHome service(ContentLibrary library) {
        return service(library, 16);
    }

    private PrintingTakeHome service(ContentLibrary library, int maxPages) {
        PrintSettings settings = new PrintSettings("", "A4", false, Duration.ofSeconds(5), Duration.ZERO,
                RetrySchedule.DEFAULT, "cups");
        printing = new Printing(system, settings, new Outbox(tmp.resolve("outbox")), Clock.systemUTC());
        return new PrintingTakeHome(() -> library, () -> printing, RenderOptions::defaults, maxPages);
    }

    private static SessionRecord finishedRecord(ContentLibrary library) {
        FakeClock clock = new FakeClock();
        SessionEngine engine = SessionEngine.forExercise(Fixtures.floor(), library, Participants.of("Sam", "Alex"),
                SessionSettings.defaults().withSeed(1), clock);
        engine.start();
        engine.addReflection(Partner.B, "What did you understand?", "Quiet mornings matter", true);
        engine.addReflection(Partner.A, "What did you understand?", "Not for the sheet", false);
        while (!engine.snapshot().finished()) {
            engine.skip();
        }
        return engine.record();
    }

    @Test
    void thePackHoldsTheChosenWordsAndWorksheetAndIsPrinted() throws Exception {
        ContentLibrary library = Fixtures.library();
        Path temp = Files.createDirectories(tmp.resolve("temp"));
        TakeHomeService.Outcome o = service(library)
                .renderAndPrint(new TakeHomeService.Request(finishedRecord(library), List.of("i-statements"), temp))
                .get(60, TimeUnit.SECONDS);
        assertThat(o.kind()).isEqualTo(TakeHomeService.Outcome.Kind.PRINTED);
        assertThat(system.submitted()).hasSize(1);
        Path pdf;
        try (Stream<Path> files = Files.list(temp)) {
            pdf = files.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Quiet mornings matter").contains("Holding the Floor").contains("Saying It with");
            assertThat(text).doesNotContain("Not for the sheet");
        }
    }

    @Test
    void aStoppedPrinterMeansTheSheetWaitsInTheOutbox() throws Exception {
        ContentLibrary library = Fixtures.library();
        system.before = FakePrintSystem.stopped("PDF", "Paper jam");
        Path temp = Files.createDirectories(tmp.resolve("temp"));
        TakeHomeService.Outcome o = service(library)
                .renderAndPrint(new TakeHomeService.Request(finishedRecord(library), List.of(), temp))
                .get(60, TimeUnit.SECONDS);
        assertThat(o.kind()).isEqualTo(TakeHomeService.Outcome.Kind.IN_OUTBOX);
        assertThat(o.pdf()).exists();
        assertThat(o.detail()).isNotBlank();
    }

    @Test
    void aPackLongerThanThePageCapLeavesOutWorksheetsFromTheLastButKeepsTheSummary() throws Exception {
        ContentLibrary library = Fixtures.library();
        SessionRecord record = finishedRecord(library);
        int summaryOnly = pages(service(library, 16), record, List.of(), "a");
        assertThat(pages(service(library, 16), record, List.of("i-statements"), "b")).isGreaterThan(summaryOnly);
        Path capped = pack(service(library, summaryOnly), record, List.of("i-statements"), "c");
        try (PDDocument doc = Loader.loadPDF(capped.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(summaryOnly);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Quiet mornings matter").doesNotContain("Saying It with");
        }
    }

    private int pages(PrintingTakeHome service, SessionRecord record, List<String> ticked, String dir) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pack(service, record, ticked, dir).toFile())) {
            return doc.getNumberOfPages();
        }
    }

    private Path pack(PrintingTakeHome service, SessionRecord record, List<String> ticked, String dir) throws Exception {
        Path temp = Files.createDirectories(tmp.resolve(dir));
        service.renderAndPrint(new TakeHomeService.Request(record, ticked, temp)).get(60, TimeUnit.SECONDS);
        try (Stream<Path> files = Files.list(temp)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
    }
}
