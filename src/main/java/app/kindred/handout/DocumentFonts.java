package app.kindred.handout;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** The PDF fonts of one document: each shared face is loaded (as a subset) only when first drawn. */
final class DocumentFonts {
    private final PDDocument document;
    private final Map<FontFace, PDType0Font> loaded = new HashMap<>();

    DocumentFonts(PDDocument document) {
        this.document = document;
    }

    PDType0Font get(FontFace face) throws IOException {
        PDType0Font font = loaded.get(face);
        if (font == null) {
            // The parsed TrueTypeFont is reused: no re-parse, and PDFBox does not close it with the document.
            font = PDType0Font.load(document, face.font(), true);
            loaded.put(face, font);
        }
        return font;
    }
}
