package app.kindred.handout;

import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;

/**
 * Drawing on one page: text lines, rules, boxes, and form fields; colours from {@link Theme}. Text
 * drawn with a {@link Tag} is marked content of that element; everything else (rules, boxes, the
 * footer, a table header repeated on a later page) is marked as an artifact, so a screen reader
 * reads the structure tree and nothing else.
 */
final class Canvas {
    private static final COSName ARTIFACT = COSName.getPDFName("Artifact");
    private final PDPage page;
    private final PDPageContentStream cs;
    private final DocumentFonts fonts;
    private final FormFields fields;
    private final StructureTree tree;
    private boolean artifactsOnly;
    final float left;
    final float width;

    Canvas(PDPage page, PDPageContentStream cs, DocumentFonts fonts, FormFields fields, StructureTree tree, float left,
           float width) {
        this.page = page;
        this.cs = cs;
        this.fonts = fonts;
        this.fields = fields;
        this.tree = tree;
        this.left = left;
        this.width = width;
    }

    /** While on, everything drawn is an artifact (a repeated table header is not read twice). */
    void artifactsOnly(boolean on) {
        artifactsOnly = on;
    }

    /** Draws a set line as an artifact (page furniture: footer, page number). */
    void text(TextLine line, float x, float baseline) throws IOException {
        text(line, x, baseline, null);
    }

    /** Draws a set line with its left edge at x and the given baseline, as content of {@code tag}. */
    void text(TextLine line, float x, float baseline, Tag tag) throws IOException {
        if (line.pieces().isEmpty()) {
            return;
        }
        if (tag == null || artifactsOnly) {
            cs.beginMarkedContent(ARTIFACT);
        } else {
            cs.beginMarkedContent(COSName.getPDFName(tag.role), tree.mark(tag));
        }
        pieces(line, x, baseline);
        cs.endMarkedContent();
    }

    /** An element with nothing drawn, such as an empty table cell, still takes its place in the tree. */
    void empty(Tag tag) {
        if (!artifactsOnly) {
            tree.touch(tag);
        }
    }

    private void pieces(TextLine line, float x, float baseline) throws IOException {
        for (Piece p : line.pieces()) {
            if (p.text().isBlank()) {
                continue;
            }
            cs.beginText();
            cs.setFont(fonts.get(p.face()), p.size());
            fill(p.colour());
            cs.newLineAtOffset(x + p.x(), baseline);
            cs.showText(p.text());
            cs.endText();
        }
    }

    /** Baseline for a line of text of this size, vertically centred in a slot of this height. */
    static float baseline(float top, float slot, float size) {
        return top - slot / 2f - size * 0.35f;
    }

    void fillRect(float x, float y, float w, float h, int colour) throws IOException {
        cs.beginMarkedContent(ARTIFACT);
        fill(colour);
        cs.addRect(x, y, w, h);
        cs.fill();
        cs.endMarkedContent();
    }

    void line(float x1, float y1, float x2, float y2, float width, int colour) throws IOException {
        cs.beginMarkedContent(ARTIFACT);
        stroke(colour);
        cs.setLineWidth(width);
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
        cs.endMarkedContent();
    }

    /** A rectangle with rounded corners (radius r), filled or stroked. */
    void roundRect(float x, float y, float w, float h, float r, int colour, boolean filled, float lineWidth) throws IOException {
        float k = 0.5523f * r;
        cs.beginMarkedContent(ARTIFACT);
        cs.moveTo(x + r, y);
        cs.lineTo(x + w - r, y);
        cs.curveTo(x + w - r + k, y, x + w, y + r - k, x + w, y + r);
        cs.lineTo(x + w, y + h - r);
        cs.curveTo(x + w, y + h - r + k, x + w - r + k, y + h, x + w - r, y + h);
        cs.lineTo(x + r, y + h);
        cs.curveTo(x + r - k, y + h, x, y + h - r + k, x, y + h - r);
        cs.lineTo(x, y + r);
        cs.curveTo(x, y + r - k, x + r - k, y, x + r, y);
        cs.closePath();
        if (filled) {
            fill(colour);
            cs.fill();
        } else {
            stroke(colour);
            cs.setLineWidth(lineWidth);
            cs.stroke();
        }
        cs.endMarkedContent();
    }

    /** A fillable text field; {@code tag} is the {@code Form} element it belongs to. */
    void textField(String label, float x, float y, float w, float h, boolean multiline, Tag tag) throws IOException {
        PDAnnotationWidget widget = fields.text(page, label, new PDRectangle(x, y, w, h), multiline, Theme.FIELD_FONT_SIZE);
        if (widget != null && tag != null) {
            tree.annotation(tag, widget);
        }
    }

    void checkBox(String label, float x, float y, float size, Tag tag) throws IOException {
        PDAnnotationWidget widget = fields.checkBox(page, label, new PDRectangle(x, y, size, size));
        if (widget != null && tag != null) {
            tree.annotation(tag, widget);
        }
    }

    private void fill(int colour) throws IOException {
        float[] c = Theme.rgb(colour);
        cs.setNonStrokingColor(c[0], c[1], c[2]);
    }

    private void stroke(int colour) throws IOException {
        float[] c = Theme.rgb(colour);
        cs.setStrokingColor(c[0], c[1], c[2]);
    }
}
