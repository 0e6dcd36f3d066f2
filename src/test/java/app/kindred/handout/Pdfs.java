package app.kindred.handout;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Test helpers: load a PDF, extract its text and the position of every glyph. */
final class Pdfs {
    private Pdfs() {
    }

    static PDDocument load(byte[] pdf) throws IOException {
        return Loader.loadPDF(pdf);
    }

    /** Text in content-stream order (the order things were drawn), NFKC-normalised. */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = load(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(false);
            return Normalizer.normalize(s.getText(doc), Normalizer.Form.NFKC);
        }
    }

    /**
     * PDFTextStripper reverses right-to-left words char by char, which flips surrogate pairs of emoji
     * drawn inside Hebrew or Arabic text (low before high). The PDF is right (pdftotext reads it);
     * this puts such pairs back in order before tests count characters.
     */
    static String repairSurrogates(String s) {
        char[] c = s.toCharArray();
        int i = 0;
        while (i + 1 < c.length) {
            if (Character.isHighSurrogate(c[i]) && Character.isLowSurrogate(c[i + 1])) {
                i += 2; // a pair in the right order
            } else if (Character.isLowSurrogate(c[i]) && Character.isHighSurrogate(c[i + 1])) {
                char t = c[i];
                c[i] = c[i + 1];
                c[i + 1] = t;
                i += 2;
            } else {
                i++;
            }
        }
        return new String(c);
    }

    static String withoutWhitespace(String s) {
        return s.replaceAll("\\s+", "");
    }

    record Glyph(int page, String text, float x, float y, float width, float size, float pageWidth, float pageHeight, String font) {
    }

    /** Every glyph PDFBox reports, with y measured from the top of the page (baseline). */
    static List<Glyph> glyphs(byte[] pdf) throws IOException {
        List<Glyph> out = new ArrayList<>();
        try (PDDocument doc = load(pdf)) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        out.add(new Glyph(getCurrentPageNo(), p.getUnicode(), p.getXDirAdj(), p.getYDirAdj(),
                                p.getWidthDirAdj(), p.getFontSize(), p.getPageWidth(), p.getPageHeight(),
                                p.getFont() == null ? "" : p.getFont().getName()));
                    }
                }
            };
            s.setSortByPosition(true);
            s.getText(doc);
        }
        return out;
    }
}
