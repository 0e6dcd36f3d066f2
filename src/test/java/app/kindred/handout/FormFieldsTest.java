package app.kindred.handout;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.content.Handout;
import app.kindred.content.SourceFile;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Write-in areas become form fields with names a person understands; they take non-Latin text. */
class FormFieldsTest {
    private static final String WORKSHEET = """
            # Fields

            ```lines
            label: One thing I appreciated today
            count: 3
            ```

            ```checklist
            I put my phone away at dinner
            - I asked one open question
            ```

            ```planner
            label: Our rituals this week
            days: Mon, Tue
            - Six-minute check-in
            - Goodnight appreciation
            ```

            ```pair
            label: What I would like more of
            count: 3
            ```

            ```field
            label: Date
            ```

            ```field
            label: Date
            ```

            ```lines
            label: Notes. With a full stop.
            count: 1
            ```
            """;

    static Handout handout(String markdown) {
        return new Handout("fields", "Fields", "couples", List.of("Nurturing Emotional Intimacy in Your Relationship"),
                markdown, 1, SourceFile.builtIn("test"));
    }

    @Test
    void everyWriteInAreaHasAFieldWithAReadableName() throws Exception {
        byte[] pdf = new HandoutRenderer().render(handout(WORKSHEET), RenderOptions.defaults());
        try (PDDocument doc = Pdfs.load(pdf)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            List<String> names = form.getFields().stream().map(PDField::getFullyQualifiedName).toList();
            assertThat(names).containsExactly(
                    "One thing I appreciated today",
                    "I put my phone away at dinner",
                    "I asked one open question",
                    "Our rituals this week - Six-minute check-in - Mon",
                    "Our rituals this week - Six-minute check-in - Tue",
                    "Our rituals this week - Goodnight appreciation - Mon",
                    "Our rituals this week - Goodnight appreciation - Tue",
                    "What I would like more of - Partner A",
                    "What I would like more of - Partner B",
                    "Date",
                    "Date (2)",
                    "Notes\u00b7 With a full stop\u00b7");
            assertThat(form.getField("One thing I appreciated today")).isInstanceOf(PDTextField.class);
            assertThat(((PDTextField) form.getField("One thing I appreciated today")).isMultiline()).isTrue();
            assertThat(((PDTextField) form.getField("Date")).isMultiline()).isFalse();
            assertThat(form.getField("I put my phone away at dinner")).isInstanceOf(PDCheckBox.class);
            assertThat(form.getField("Notes\u00b7 With a full stop\u00b7").getAlternateFieldName()).isEqualTo("Notes. With a full stop.");
        }
    }

    static Stream<Handout> handouts() {
        return HandoutFiles.shipped().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handouts")
    void shippedWorksheetsHaveAFieldPerWriteInArea(Handout handout) throws Exception {
        int expected = 0;
        for (Block b : flatten(MarkdownReader.read(handout.markdown()))) {
            if (b instanceof Block.Lines l) {
                expected += (l.count() + 21) / 22;
            } else if (b instanceof Block.Field) {
                expected += 1;
            } else if (b instanceof Block.Checklist c) {
                expected += c.items().size();
            } else if (b instanceof Block.Planner p) {
                expected += Math.max(1, p.rows().size()) * p.days().size();
            } else if (b instanceof Block.Pair p) {
                expected += 2 * ((p.count() + 19) / 20);
            }
        }
        byte[] pdf = new HandoutRenderer().render(handout, RenderOptions.defaults());
        try (PDDocument doc = Pdfs.load(pdf)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            List<PDField> fields = form == null ? List.of() : form.getFields();
            assertThat(fields).hasSize(expected);
            for (PDField f : fields) {
                String name = f.getFullyQualifiedName();
                assertThat(name).as("field name").matches(".*\\p{L}{3}.*").doesNotContain(".").hasSizeLessThanOrEqualTo(100);
                for (PDAnnotationWidget w : f.getWidgets()) {
                    float pageWidth = w.getPage().getMediaBox().getWidth();
                    assertThat(w.getRectangle().getLowerLeftX()).isGreaterThanOrEqualTo(Theme.MARGIN_SIDE - 0.5f);
                    assertThat(w.getRectangle().getUpperRightX()).isLessThanOrEqualTo(pageWidth - Theme.MARGIN_SIDE + 0.5f);
                }
            }
            assertThat(fields.stream().map(PDField::getFullyQualifiedName).distinct().count()).isEqualTo(fields.size());
        }
    }

    private static List<Block> flatten(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            out.add(b);
            if (b instanceof Block.ListBlock l) {
                l.items().forEach(item -> out.addAll(flatten(item)));
            } else if (b instanceof Block.Quote q) {
                out.addAll(flatten(q.blocks()));
            }
        }
        return out;
    }

    @Test
    void aFieldFilledInCyrillicAndGreekSurvivesSavingAndShowsItsText() throws Exception {
        byte[] pdf = new HandoutRenderer().render(handout(WORKSHEET), RenderOptions.defaults());
        String typed = "Спасибо за ужин — Ευχαριστώ πολύ";
        byte[] filled;
        try (PDDocument doc = Pdfs.load(pdf)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            form.getField("One thing I appreciated today").setValue(typed);
            form.getField("Date").setValue("21 ноября");
            ((PDCheckBox) form.getField("I put my phone away at dinner")).check();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            filled = out.toByteArray();
        }
        try (PDDocument doc = Pdfs.load(filled)) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            assertThat(form.getField("One thing I appreciated today").getValueAsString()).isEqualTo(typed);
            assertThat(((PDCheckBox) form.getField("I put my phone away at dinner")).isChecked()).isTrue();
            // Flattening draws the field appearances into the page: the text must be drawable and extractable.
            form.flatten();
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Спасибо за ужин").contains("Ευχαριστώ πολύ").contains("21 ноября");
        }
    }

    @Test
    void printOnlyRenderingHasNoFields() throws Exception {
        byte[] pdf = new HandoutRenderer().render(handout(WORKSHEET), RenderOptions.defaults().withFormFields(false));
        try (PDDocument doc = Pdfs.load(pdf)) {
            assertThat(doc.getDocumentCatalog().getAcroForm()).isNull();
        }
    }
}
