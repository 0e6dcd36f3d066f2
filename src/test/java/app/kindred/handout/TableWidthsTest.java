package app.kindred.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableWidthsTest {
    private static float sum(float[] w) {
        float s = 0;
        for (float x : w) {
            s += x;
        }
        return s;
    }

    @Test
    void narrowTablesFillTheMeasureAndShortColumnsKeepTheirSize() {
        float[] w = TableComposer.widths(new float[] {120, 20}, new float[] {60, 20}, 480, 10);
        assertThat(sum(w)).isCloseTo(480f, org.assertj.core.data.Offset.offset(0.01f));
        assertThat(w[1]).isEqualTo(56f);
    }

    @Test
    void tooWideTablesShareTheMeasureAndNoColumnGetsLessThanItsFloor() {
        float[] w = TableComposer.widths(new float[] {30, 180, 8, 8, 230, 40}, new float[] {30, 140, 8, 8, 40, 40}, 479, 10);
        assertThat(sum(w)).isCloseTo(479f, org.assertj.core.data.Offset.offset(0.01f));
        for (float x : w) {
            assertThat(x).isGreaterThanOrEqualTo(56f - 0.01f);
        }
        // Column 1 keeps its 140-point word whole; the long text column 4 gets most of what is left.
        assertThat(w[1]).isGreaterThanOrEqualTo(150f);
        assertThat(w[4]).isGreaterThan(w[0]).isGreaterThan(w[2] - 0.01f);
    }

    @Test
    void aColumnIsNeverNarrowerThanItsLongestWord() {
        // "Observation" in i-statements: a short first column beside two long ones.
        float[] w = TableComposer.widths(new float[] {52, 190, 260}, new float[] {52, 60, 70}, 479, 10);
        assertThat(w[0]).isGreaterThanOrEqualTo(62f);
        assertThat(sum(w)).isCloseTo(479f, org.assertj.core.data.Offset.offset(0.01f));
    }

    @Test
    void numbersAreFoundForRightAlignment() {
        List<List<List<Span>>> rows = List.of(
                List.of(List.of(Span.plain("Holding the Floor")), List.of(Span.plain("23")), List.of(Span.plain("3 (+3)"))),
                List.of(List.of(Span.plain("Break")), List.of(Span.plain("<1")), List.of(Span.plain("\u2013"))));
        assertThat(TableComposer.numericColumns(rows, 3)).containsExactly(false, true, true);
    }

    @Test
    void manyColumnsSplitEvenly() {
        float[] natural = new float[12];
        java.util.Arrays.fill(natural, 100);
        float[] w = TableComposer.widths(natural, natural, 479, 10);
        assertThat(sum(w)).isCloseTo(479f, org.assertj.core.data.Offset.offset(0.01f));
        for (float x : w) {
            assertThat(x).isCloseTo(479f / 12, org.assertj.core.data.Offset.offset(0.01f));
        }
    }

    @Test
    void aLongTableRepeatsItsHeaderRowOnEveryPage() throws Exception {
        StringBuilder md = new StringBuilder("| moment HEADX | ritual HEADY |\n|---|---|\n");
        for (int i = 1; i <= 90; i++) {
            md.append("| row ").append(i).append(" | something small to do together |\n");
        }
        byte[] pdf = new HandoutRenderer().render(FormFieldsTest.handout(md.toString()), RenderOptions.defaults());
        try (var doc = Pdfs.load(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(2);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                var stripper = new org.apache.pdfbox.text.PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                assertThat(stripper.getText(doc)).as("page %d", p).contains("moment HEADX");
            }
        }
        String text = Pdfs.text(pdf);
        for (int i = 1; i <= 90; i++) {
            assertThat(text).contains("row " + i + " ");
        }
    }
}
