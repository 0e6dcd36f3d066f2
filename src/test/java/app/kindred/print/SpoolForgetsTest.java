package app.kindred.print;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.print.PrintOutcome.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 (6): once CUPS reports a pack Kindred printed as completed, the pack's words are nowhere
 * in the machine's CUPS spool (it keeps job files a day by default), nor in the outbox. Against the
 * real cupsd and its cups-pdf queue; the spool is read as root, as CI runs.
 */
@RequiresCups
class SpoolForgetsTest {
    private static final Path SPOOL = Path.of("/var/spool/cups");

    @TempDir
    Path tmp;

    @Test
    void aPrintedPacksWordsAreNowhereInTheSpoolOnceItHasPrinted() throws Exception {
        String marker = "Marker" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String title = "kt-spool-" + marker;
        Path pdf = TestPdfs.write(tmp.resolve("pack.pdf"), List.of("We promise " + marker, "Sunday walks"));
        Path outbox = tmp.resolve("outbox");
        PrintSettings settings = new PrintSettings(CupsCondition.QUEUE, "A4", true, Duration.ofSeconds(10),
                Duration.ofSeconds(30), RetrySchedule.DEFAULT, "cups");
        try (Printing printing = new Printing(new CupsCommandLine(Duration.ofSeconds(10)), settings,
                new Outbox(outbox), Clock.systemUTC())) {
            PrintOutcome o = printing.print(new PrintRequest(pdf, title, "", 1)).outcome().get(90, TimeUnit.SECONDS);

            assertThat(o.status()).as(o.facilitatorMessage(java.util.Locale.ENGLISH)).isEqualTo(Status.PRINTED);
            // It did print (the "paper" of cups-pdf), so the spool really held it for a while.
            Path paper = CupsPdfOutput.await(o.systemJobId(), title, Duration.ofSeconds(30));
            assertThat(TestPdfs.text(paper)).contains(marker);
            Files.delete(paper);

            assertThat(filesHolding(SPOOL, marker)).as("files under %s holding the marker", SPOOL).isEmpty();
            String number = o.systemJobId().substring(o.systemJobId().lastIndexOf('-') + 1);
            assertThat(SPOOL.resolve(String.format("d%05d-001", Integer.parseInt(number)))).doesNotExist();
            assertThat(SPOOL.resolve(String.format("c%05d", Integer.parseInt(number)))).doesNotExist();
            try (Stream<Path> left = Files.list(outbox)) {
                assertThat(left).as("the outbox's copy").isEmpty();
            }
        }
    }

    /** Every file whose bytes, or whose PDF text, hold the marker. */
    static List<Path> filesHolding(Path root, String marker) throws IOException {
        List<Path> found = new ArrayList<>();
        byte[] needle = marker.getBytes(StandardCharsets.US_ASCII);
        try (Stream<Path> all = Files.walk(root)) {
            for (Path f : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                byte[] bytes = Files.readAllBytes(f);
                if (indexOf(bytes, needle) >= 0 || pdfText(bytes).contains(marker)) {
                    found.add(f);
                }
            }
        }
        return found;
    }

    private static String pdfText(byte[] bytes) {
        if (bytes.length < 5 || !new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
            return "";
        }
        try (PDDocument d = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(d);
        } catch (IOException e) {
            return "";
        }
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
