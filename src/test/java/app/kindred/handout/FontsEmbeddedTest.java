package app.kindred.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/** What pdffonts checks: every font is embedded (page fonts as subsets, the form font in full). */
class FontsEmbeddedTest {
    @Test
    void everyFontIsEmbeddedIncludingFallbacksAndTheFormFont() throws Exception {
        String many = "Мы Ευχαριστώ 我们 שלום سلام मैं ✓ → 🙂 \uE000";
        SessionReport report = new SessionReport("Fonts", LocalDate.of(2026, 1, 1), 0, List.of("Ана"), List.of(),
                List.of(new SessionReport.Reflection("Q", many, true)), List.of(), List.of());
        byte[] pdf = new TakeHomePack().render(report, HandoutFiles.shipped().subList(0, 1), RenderOptions.defaults());
        int fonts = 0;
        try (PDDocument doc = Pdfs.load(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (COSName name : res.getFontNames()) {
                    PDFont font = res.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts++;
                }
            }
            PDFont formFont = doc.getDocumentCatalog().getAcroForm().getDefaultResources().getFont(COSName.getPDFName("Rbt"));
            assertThat(formFont.isEmbedded()).isTrue();
            assertThat(formFont.getName()).doesNotContain("+"); // full font, not a subset: typed text needs every glyph
        }
        assertThat(fonts).isGreaterThan(5);
    }

    @Test
    void aOnePageHandoutWithoutFieldsIsSmall() throws Exception {
        byte[] pdf = new HandoutRenderer().render(app.kindred.bench.PdfBenchmark.onePageHandout(),
                RenderOptions.defaults().withFormFields(false));
        try (PDDocument doc = Pdfs.load(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(pdf.length).isLessThan(100 * 1024);
    }
}
