package app.kindred.handout;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceCharacteristicsDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceEntry;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.PDAppearanceContentStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.cos.COSDictionary;

/**
 * The fillable fields of one document. Names are what a person reads in a form-filling app
 * ("What went well - Partner A"), made unique with " (2)", " (3)"; the full label is also the
 * field's tooltip. Typed text uses Roboto embedded in full (not subset) in the form's default
 * resources, so a viewer can show any Latin, Greek or Cyrillic text typed later.
 */
final class FormFields {
    private static final String FONT_NAME = "Rbt";
    private final PDDocument document;
    private final FontLibrary fonts;
    private final boolean enabled;
    private final Map<String, Integer> used = new HashMap<>();
    private PDAcroForm form;

    FormFields(PDDocument document, FontLibrary fonts, boolean enabled) {
        this.document = document;
        this.fonts = fonts;
        this.enabled = enabled;
    }

    boolean enabled() {
        return enabled;
    }

    private PDAcroForm form() throws IOException {
        if (form == null) {
            form = new PDAcroForm(document);
            PDResources dr = new PDResources();
            COSDictionary fontsDict = new COSDictionary();
            fontsDict.setItem(COSName.getPDFName(FONT_NAME), fonts.formFont().copy());
            dr.getCOSObject().setItem(COSName.FONT, fontsDict);
            form.setDefaultResources(dr);
            form.setDefaultAppearance("/" + FONT_NAME + " 0 Tf 0 g");
            document.getDocumentCatalog().setAcroForm(form);
        }
        return form;
    }

    /** A readable, unique partial name: no dots (they separate name parts in PDF), no control characters. */
    String uniqueName(String label) {
        String base = TextPolicy.clean(label, false).replace('.', '\u00B7').strip();
        if (base.length() > 90) {
            base = base.substring(0, 87).strip() + "…";
        }
        if (base.isEmpty()) {
            base = "Field";
        }
        int n = used.merge(base.toLowerCase(Locale.ROOT), 1, Integer::sum);
        return n == 1 ? base : base + " (" + n + ")";
    }

    /** Adds a text field; returns its widget, or null when fields are off. */
    PDAnnotationWidget text(PDPage page, String label, PDRectangle rect, boolean multiline, float fontSize) throws IOException {
        if (!enabled) {
            return null;
        }
        PDAcroForm f = form();
        PDTextField field = new PDTextField(f);
        field.setPartialName(uniqueName(label));
        field.setAlternateFieldName(TextPolicy.clean(label, false));
        field.setMultiline(multiline);
        field.setDoNotSpellCheck(false);
        float[] ink = Theme.rgb(Theme.INK);
        field.setDefaultAppearance(String.format(Locale.ROOT, "/%s %.1f Tf %.3f %.3f %.3f rg", FONT_NAME, fontSize, ink[0], ink[1], ink[2]));
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(rect);
        widget.setPage(page);
        widget.setPrinted(true);
        page.getAnnotations().add(widget);
        f.getFields().add(field);
        return widget;
    }

    /** Adds a check box; returns its widget, or null when fields are off. */
    PDAnnotationWidget checkBox(PDPage page, String label, PDRectangle rect) throws IOException {
        if (!enabled) {
            return null;
        }
        PDAcroForm f = form();
        PDCheckBox box = new PDCheckBox(f);
        box.setPartialName(uniqueName(label));
        box.setAlternateFieldName(TextPolicy.clean(label, false));
        PDAnnotationWidget widget = box.getWidgets().get(0);
        widget.setRectangle(rect);
        widget.setPage(page);
        widget.setPrinted(true);
        PDAppearanceCharacteristicsDictionary mk = new PDAppearanceCharacteristicsDictionary(new COSDictionary());
        mk.setNormalCaption("4"); // ZapfDingbats check, for viewers that rebuild appearances
        widget.setAppearanceCharacteristics(mk);
        COSDictionary normal = new COSDictionary();
        normal.setItem(COSName.getPDFName("Yes"), tick(rect, true));
        normal.setItem(COSName.Off, tick(rect, false));
        PDAppearanceDictionary appearance = new PDAppearanceDictionary();
        appearance.setNormalAppearance(new PDAppearanceEntry(normal));
        widget.setAppearance(appearance);
        widget.setAppearanceState("Off");
        box.getCOSObject().setItem(COSName.V, COSName.Off);
        page.getAnnotations().add(widget);
        f.getFields().add(box);
        return widget;
    }

    /** The check box's own look: empty (Off) or with a tick (Yes); the printed square is drawn on the page. */
    private PDAppearanceStream tick(PDRectangle rect, boolean on) throws IOException {
        PDAppearanceStream stream = new PDAppearanceStream(document);
        stream.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
        stream.setResources(new PDResources());
        try (PDAppearanceContentStream cs = new PDAppearanceContentStream(stream)) {
            if (on) {
                float w = rect.getWidth();
                float h = rect.getHeight();
                float[] c = Theme.rgb(Theme.ACCENT);
                cs.setStrokingColor(c[0], c[1], c[2]);
                cs.setLineWidth(Math.max(1.2f, w * 0.13f));
                cs.moveTo(w * 0.2f, h * 0.52f);
                cs.lineTo(w * 0.42f, h * 0.28f);
                cs.lineTo(w * 0.8f, h * 0.78f);
                cs.stroke();
            }
        }
        return stream;
    }

    List<String> names() {
        return List.copyOf(used.keySet());
    }
}
