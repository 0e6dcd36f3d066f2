package app.kindred.print;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** What printing needs to know about a PDF before sending it: pages, and whether it fits the paper as is. */
record PdfFacts(int pages, float widthPt, float heightPt) {
    // Paper sizes in points (1/72 in), by CUPS media name.
    private static final Map<String, float[]> PAPER = Map.of(
            "a4", new float[] {595.28f, 841.89f},
            "a5", new float[] {419.53f, 595.28f},
            "letter", new float[] {612f, 792f},
            "legal", new float[] {612f, 1008f});
    private static final float TOLERANCE_PT = 3f;

    static PdfFacts read(Path pdf) throws PrintSystemException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            if (doc.getNumberOfPages() == 0) {
                throw new PrintSystemException(Problem.BAD_DOCUMENT, "the PDF has no pages");
            }
            PDRectangle box = doc.getPage(0).getMediaBox();
            int rotation = doc.getPage(0).getRotation();
            boolean turned = rotation % 180 != 0;
            return new PdfFacts(doc.getNumberOfPages(), turned ? box.getHeight() : box.getWidth(),
                    turned ? box.getWidth() : box.getHeight());
        } catch (IOException e) {
            throw new PrintSystemException(Problem.BAD_DOCUMENT, pdf.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * True when the first page is the paper's size (either orientation), so it can print at actual
     * size; false means CUPS should fit it to the paper rather than cut its edges off. Unknown paper
     * names count as fitting: the printer's driver knows them better than we do.
     */
    boolean fits(String paper) {
        float[] size = PAPER.get(paper.toLowerCase(Locale.ROOT));
        if (size == null) {
            return true;
        }
        return close(widthPt, size[0]) && close(heightPt, size[1]) || close(widthPt, size[1]) && close(heightPt, size[0]);
    }

    private static boolean close(float a, float b) {
        return Math.abs(a - b) <= TOLERANCE_PT;
    }
}
