package app.kindred.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The reference for the pdf benchmark: the plainest PDFBox one-page text document (Roboto embedded
 * as a subset, 45 lines of text), with the parsed font reused. As a main class it is the cold
 * reference process: {@code java -cp ... app.kindred.bench.PdfReference OUT.pdf}.
 */
public final class PdfReference {
    private static final String LINE = "The first sentence of a hard conversation often decides the rest of it.";
    private final TrueTypeFont font;

    public PdfReference() throws IOException {
        try (InputStream in = PdfReference.class.getClassLoader()
                .getResourceAsStream("com/formdev/flatlaf/fonts/roboto/Roboto-Regular.ttf")) {
            font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        }
        // Like Kindred's fonts: PDFBox's default Latin glyph substitution costs about 25 ms per page of
        // 45 lines, which would make any layout engine look free next to it.
        font.setEnableGsub(false);
    }

    public byte[] onePage() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font f = PDType0Font.load(doc, font, true);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(f, 10.5f);
                cs.setLeading(15f);
                cs.newLineAtOffset(58, 780);
                for (int i = 0; i < 45; i++) {
                    cs.showText(LINE);
                    cs.newLine();
                }
                cs.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    public static void main(String[] args) throws IOException {
        Files.write(Path.of(args[0]), new PdfReference().onePage());
    }
}
