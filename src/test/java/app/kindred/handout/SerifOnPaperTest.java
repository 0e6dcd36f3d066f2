package app.kindred.handout;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.content.Handout;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, warmth: the reading serif of the screens (Source Serif 4) sets the titles, headings,
 * sentence stems and the questions above write-in areas on paper too; body text stays Roboto.
 */
class SerifOnPaperTest {
    /** Each line of text as drawn, with the font of its first character. */
    private static List<String[]> linesWithFonts(byte[] pdf) throws IOException {
        List<String[]> lines = new ArrayList<>();
        try (PDDocument doc = Pdfs.load(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    String font = positions.get(0).getFont().getName();
                    lines.add(new String[] {text, font.substring(font.indexOf('+') + 1)});
                }
            };
            stripper.getText(doc);
        }
        return lines;
    }

    private static String fontOf(List<String[]> lines, String start) {
        return lines.stream().filter(l -> l[0].startsWith(start)).map(l -> l[1]).findFirst()
                .orElseThrow(() -> new AssertionError("no line starts with " + start));
    }

    @Test
    void headingsAndStemsAreSerifAndTheBodyIsRoboto() throws IOException {
        Handout sheet = HandoutFiles.shipped().stream().filter(h -> h.id().equals("i-statements")).findFirst().orElseThrow();
        List<String[]> lines = linesWithFonts(new HandoutRenderer().render(sheet, RenderOptions.defaults()));

        assertThat(fontOf(lines, "Saying It with")).isEqualTo("SourceSerif4-SemiBold");
        assertThat(fontOf(lines, "The four-part sentence")).isEqualTo("SourceSerif4-SemiBold");
        assertThat(fontOf(lines, "When I saw")).isEqualTo("SourceSerif4-Italic");
        assertThat(fontOf(lines, "The first sentence of a hard conversation")).isEqualTo("Roboto-Regular");
    }

    @Test
    void theQuestionAWriteInAreaAnswersIsSerifAndAFormLabelIsNot() throws IOException {
        Handout sheet = HandoutFiles.shipped().stream().filter(h -> h.id().equals("weekly-check-in")).findFirst().orElseThrow();
        List<String[]> lines = linesWithFonts(new HandoutRenderer().render(sheet, RenderOptions.defaults()));

        assertThat(fontOf(lines, "What went well")).isEqualTo("SourceSerif4-SemiBold");
        assertThat(fontOf(lines, "Who raises the issue this week")).isEqualTo("Roboto-Medium");
    }

    @Test
    void theCouplesSummaryHasSerifHeadingsToo() throws IOException {
        SessionReport report = new SessionReport("Evening", LocalDate.of(2026, 1, 1), 0, List.of("Sam", "Alex"), List.of(),
                List.of(new SessionReport.Reflection("What did you hear?", "That Sundays feel heavy.", true)),
                List.of(), List.of());
        List<String[]> lines = linesWithFonts(new TakeHomePack().render(report, List.of(), RenderOptions.defaults()));

        assertThat(fontOf(lines, "What did you hear?")).isEqualTo("SourceSerif4-SemiBold");
        assertThat(fontOf(lines, "That Sundays feel heavy.")).isEqualTo("SourceSerif4-Italic");
    }
}
