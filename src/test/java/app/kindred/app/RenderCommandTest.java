package app.kindred.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kindred render} and {@code kindred summary} as a facilitator uses them. */
class RenderCommandTest extends CommandLineTest {
    private static final Path SESSION = Path.of("src/test/resources/sessions/evening.yaml");

    @TempDir
    Path temp;

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void renderAllWritesOnePdfPerShippedHandout() throws Exception {
        assertThat(Main.run("render", "--all", "--out", temp.toString(), "--paper", "letter")).isZero();
        long handouts;
        try (Stream<Path> s = Files.list(Path.of("handouts"))) {
            handouts = s.filter(p -> p.toString().endsWith(".md")).count();
        }
        try (Stream<Path> s = Files.list(temp)) {
            assertThat(s.filter(p -> p.toString().endsWith(".pdf")).count()).isEqualTo(handouts);
        }
        try (PDDocument doc = Loader.loadPDF(temp.resolve("i-statements.pdf").toFile())) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
        }
    }

    @Test
    void renderNamedHandoutsOnly() throws Exception {
        assertThat(Main.run("render", "i-statements", "faq", "-o", temp.toString())).isZero();
        try (Stream<Path> s = Files.list(temp)) {
            assertThat(s.map(p -> p.getFileName().toString()).sorted()).containsExactly("faq.pdf", "i-statements.pdf");
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("wrote ").contains("faq.pdf");
    }

    @Test
    void anUnknownIdIsAUsageErrorThatListsTheKnownOnes() {
        assertThat(Main.run("render", "i-statments", "--out", temp.toString())).isEqualTo(2);
        assertThat(errText()).contains("no handout with id \"i-statments\"").contains("i-statements");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(Main.run("render", "--out", temp.toString())).isEqualTo(2);
        assertThat(errText()).contains("or use --all");
        assertThat(Main.run("render", "--all", "faq", "--out", temp.toString())).isEqualTo(2);
        assertThat(Main.run("render", "--all", "--out", temp.toString(), "--paper", "a5")).isEqualTo(2);
        assertThat(errText()).contains("use a4 or letter");
        assertThat(Main.run("render", "--all")).isEqualTo(2);
        assertThat(errText()).doesNotContain("Exception");
    }

    @Test
    void summaryWritesATakeHomeSummaryWithTheCouplesChosenWords() throws Exception {
        Path pdf = temp.resolve("summary.pdf");
        assertThat(Main.run("summary", "--session", SESSION.toString(), "--out", pdf.toString())).isZero();
        // Lines wrap at the text measure (issue 16): compare with line breaks read as spaces.
        String text = text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Sam & Ана", "Holding the Floor", "That Sunday evenings feel heavy for you.",
                "Я слышу тебя.", "A walk after dinner");
        assertThat(text).doesNotContain("Not for printing");
    }

    @Test
    void summaryWithHandoutsIsATakeHomePack() throws Exception {
        Path pdf = temp.resolve("pack.pdf");
        assertThat(Main.run("summary", "--session", SESSION.toString(), "--out", pdf.toString(), "--with-handouts")).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getDocumentCatalog().getDocumentOutline().children()).hasSizeGreaterThan(1);
        }
    }

    @Test
    void theGroupSummaryHasNoNamesAndNoWords() throws Exception {
        Path pdf = temp.resolve("group.pdf");
        assertThat(Main.run("summary", "--session", SESSION.toString(), "--out", pdf.toString(), "--group")).isZero();
        String text = text(pdf);
        assertThat(text).contains("An Evening Together", "Holding the Floor", "Break: Stretch, water, fresh air",
                "Time-outs called: 1", "48 min including pauses");
        assertThat(text).doesNotContain("MARKER-7Q3").doesNotContain("Sam").doesNotContain("Ана")
                .doesNotContain("Sunday").doesNotContain("walk after dinner");
    }

    @Test
    void aMissingOrBrokenSessionFileSaysSo() throws Exception {
        assertThat(Main.run("summary", "--session", temp.resolve("nope.yaml").toString(), "--out", temp.resolve("x.pdf").toString()))
                .isEqualTo(2);
        assertThat(errText()).contains("no such file");
        Path broken = temp.resolve("broken.yaml");
        Files.writeString(broken, "format: [unclosed\n");
        assertThat(Main.run("summary", "--session", broken.toString(), "--out", temp.resolve("x.pdf").toString())).isEqualTo(1);
        assertThat(errText()).contains("broken.yaml");
        assertThat(Files.exists(temp.resolve("x.pdf"))).isFalse();
    }
}
