package app.kindred.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.kindred.print.PrintOutcome.Status;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Printing to the machine's real cups-pdf queue "PDF" and reading back what came out. */
@RequiresCups
class RealCupsPrintingTest {
    private static final Duration OUTPUT_WAIT = Duration.ofSeconds(30);

    @TempDir
    Path tmp;

    private static PrintSettings settings() {
        return new PrintSettings(CupsCondition.QUEUE, "A4", true, Duration.ofSeconds(10), Duration.ofSeconds(15),
                RetrySchedule.DEFAULT, "cups");
    }

    private static String unique(String what) {
        return what + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aTwoPagePackComesOutWithItsPagesAndTextAtActualSize() throws Exception {
        String title = unique("kt-pack");
        String marker = unique("Mirror");
        Path pdf = TestPdfs.write(tmp.resolve("pack.pdf"), List.of(marker + " page one", "Validate page two"));
        try (Printing printing = new Printing(new CupsCommandLine(Duration.ofSeconds(10)), settings(),
                new Outbox(tmp.resolve("outbox")), Clock.systemUTC())) {
            PrintOutcome o = printing.print(new PrintRequest(pdf, title, "", 1)).outcome().get(60, TimeUnit.SECONDS);

            assertThat(o.status()).as(o.facilitatorMessage(java.util.Locale.ENGLISH)).isEqualTo(Status.PRINTED);
            assertThat(printing.waiting()).isEmpty();
            Path out = CupsPdfOutput.await(o.systemJobId(), title, OUTPUT_WAIT);
            assertThat(TestPdfs.pages(out)).isEqualTo(2);
            assertThat(TestPdfs.text(out)).contains(marker + " page one").contains("Validate page two");
            assertThat(TestPdfs.firstPageWidth(out)).as("A4 width in points").isCloseTo(595f, within(2f));
            java.nio.file.Files.delete(out);
        }
    }

    @Test
    void copiesComeOutAsCopies() throws Exception {
        String title = unique("kt-copies");
        Path pdf = TestPdfs.write(tmp.resolve("sheet.pdf"), List.of("Appreciation round"));
        try (Printing printing = new Printing(new CupsCommandLine(Duration.ofSeconds(10)), settings(),
                new Outbox(tmp.resolve("outbox")), Clock.systemUTC())) {
            PrintOutcome o = printing.print(new PrintRequest(pdf, title, "", 3)).outcome().get(60, TimeUnit.SECONDS);

            assertThat(o.status()).isEqualTo(Status.PRINTED);
            // cups-pdf writes the copies into one file, one page each
            Path out = CupsPdfOutput.await(o.systemJobId(), title, OUTPUT_WAIT);
            assertThat(TestPdfs.pages(out)).isEqualTo(3);
            java.nio.file.Files.delete(out);
        }
    }

    @Test
    void javaxPrintWithPdfPageablePrintsTooThoughItCannotFollowTheJob() throws Exception {
        // PrinterJob needs AWT. The no-display Maven profile starts this JVM with java.awt.headless=false
        // and no DISPLAY, where AWT can start only as Caciocavallo's in-memory screen: installed here as
        // GuiTest installs it (this class may run before any GUI test in the fork).
        app.kindred.ui.GuiTest.useCacioWithoutDisplay();
        String title = unique("kt-java");
        Path pdf = TestPdfs.write(tmp.resolve("java.pdf"), List.of("One", "Two"));
        try (Printing printing = new Printing(new JavaPrintSystem(Duration.ofSeconds(10)), settings(),
                new Outbox(tmp.resolve("outbox")), Clock.systemUTC())) {
            PrintOutcome o = printing.print(new PrintRequest(pdf, title, "", 1)).outcome().get(60, TimeUnit.SECONDS);

            assertThat(o.status()).as("accepted; javax.print gives no job to follow. %s",
                    o.facilitatorMessage(java.util.Locale.ENGLISH)).isEqualTo(Status.SENT);
            assertThat(printing.waiting()).isEmpty();
            Path out = CupsPdfOutput.awaitTitled(title, OUTPUT_WAIT);
            assertThat(TestPdfs.pages(out)).isEqualTo(2);
            assertThat(TestPdfs.firstPageWidth(out)).as("actual size: A4").isCloseTo(595f, within(2f));
            java.nio.file.Files.delete(out);
        }
    }
}
