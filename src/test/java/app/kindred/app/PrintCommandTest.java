package app.kindred.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.print.CupsPdfOutput;
import app.kindred.print.RequiresCups;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kindred print} and {@code kindred outbox} as a facilitator meets them. */
class PrintCommandTest extends CommandLineTest {
    private String previousHome;

    @TempDir
    Path home;
    @TempDir
    Path work;

    @BeforeEach
    void useOwnHome() {
        previousHome = System.getProperty("kindred.home");
        System.setProperty("kindred.home", home.toString());
    }

    @AfterEach
    void restoreHome() {
        if (previousHome == null) {
            System.clearProperty("kindred.home");
        } else {
            System.setProperty("kindred.home", previousHome);
        }
    }

    private String said() {
        String s = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        out.reset();
        err.reset();
        return s;
    }

    private Path pdf(String name) throws Exception {
        Path file = work.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(PDRectangle.A4));
            doc.save(file.toFile());
        }
        return file;
    }

    @Test
    void aJobThePrinterCannotTakeWaitsInTheOutboxUntilCleared() throws Exception {
        int code = Main.run("print", pdf("check-in.pdf").toString(), "--printer", "Kitchen", "--copies", "2");

        assertThat(code).isEqualTo(PrintCommand.EXIT_WAITING);
        assertThat(said()).contains("check-in: Not printed").contains("kept in the outbox")
                .contains("kindred outbox retry").doesNotContain("Exception");

        assertThat(Main.run("outbox", "list")).isZero();
        assertThat(said()).contains("1 job(s) in the outbox").contains("\"check-in\"").contains("printer: Kitchen")
                .contains("copies: 2").contains("attempts: 1");

        assertThat(Main.run("outbox", "clear")).as("clear needs ids or --all").isEqualTo(2);
        assertThat(said()).contains("--all");
        assertThat(Main.run("outbox", "clear", "--all")).isZero();
        assertThat(said()).contains("Deleted");
        assertThat(Main.run("outbox")).isZero();
        assertThat(said()).contains("The outbox is empty");
    }

    @Test
    void badArgumentsAreExplainedWithoutPrintingAnything() throws Exception {
        assertThat(Main.run("print", work.resolve("missing.pdf").toString())).isEqualTo(2);
        assertThat(said()).contains("no such file");

        Files.writeString(work.resolve("notes.pdf"), "not a pdf");
        assertThat(Main.run("print", work.resolve("notes.pdf").toString())).isEqualTo(2);
        assertThat(said()).contains("is not a PDF file");

        assertThat(Main.run("print", pdf("a.pdf").toString(), "--copies", "0")).isEqualTo(2);
        assertThat(said()).contains("--copies must be between 1 and 999");

        assertThat(Main.run("print", "no-such-handout")).isEqualTo(2);
        assertThat(said()).contains("neither a file nor a handout id").contains("weekly-check-in");

        assertThat(Main.run("outbox", "retry", "no-such-job")).isEqualTo(2);
        assertThat(said()).contains("no job no-such-job");
        assertThat(Files.list(home.resolve("outbox")).filter(p -> p.toString().endsWith(".pdf"))).isEmpty();
    }

    @Nested
    @RequiresCups
    class WithCups {
        @Test
        void aSetOfHandoutsPrintsAndTheOutboxStaysEmpty() throws Exception {
            int code = Main.run("print", pdf("kt-cli-faq.pdf").toString(), pdf("kt-cli-planner.pdf").toString(),
                    "--printer", "PDF", "--copies", "2");

            String text = said();
            assertThat(code).as(text).isZero();
            assertThat(text).contains("kt-cli-faq: Printed").contains("kt-cli-planner: Printed").contains("2 copies");
            assertThat(Main.run("outbox", "retry")).isZero();
            assertThat(said()).contains("The outbox is empty");
            CupsPdfOutput.deleteTitled("kt-cli-");
        }

        @Test
        void aHandoutIdIsRenderedAndPrinted() throws Exception {
            int code = Main.run("print", "listening-card", "--printer", "PDF");

            String text = said();
            assertThat(code).as(text).isZero();
            java.util.regex.Matcher title = java.util.regex.Pattern.compile("Printed \"([^\"]+)\"").matcher(text);
            assertThat(title.find()).as(text).isTrue();
            CupsPdfOutput.deleteTitled(title.group(1).replace(' ', '_'));
        }

        @Test
        void theQueuesAreListed() {
            assertThat(Main.run("print", "--list-printers")).isZero();
            assertThat(said()).contains("PDF");
        }
    }
}
