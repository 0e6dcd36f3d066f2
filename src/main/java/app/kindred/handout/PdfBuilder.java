package app.kindred.handout;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Builds one tagged PDF from sections: lays each out, draws the header (kicker, title, a thin rule)
 * on its first page, a footer with its title and "page / pages" on every page, and adds a bookmark
 * per section. The structure tree has a {@code Sect} per section, its title as {@code H1}; the
 * document's language, title and PDF/UA identification are set. Holds the font lock from
 * construction to {@link #close()} because parsed fonts are shared.
 */
final class PdfBuilder implements Closeable {
    private final FontLibrary fonts;
    private final RenderOptions options;
    private final PDDocument document = new PDDocument();
    private final DocumentFonts documentFonts;
    private final FormFields fields;
    private final TextSetter setter;
    private final List<PDOutlineItem> bookmarks = new ArrayList<>();
    private final StructureTree tree = new StructureTree();

    PdfBuilder(FontLibrary fonts, RenderOptions options) {
        this.fonts = fonts;
        this.options = options;
        fonts.lock().lock();
        this.documentFonts = new DocumentFonts(document);
        this.fields = new FormFields(document, fonts, options.formFields());
        this.setter = new TextSetter(fonts);
    }

    TextSetter setter() {
        return setter;
    }

    int pageCount() {
        return document.getNumberOfPages();
    }

    /** Lays out and draws a section; returns the number of pages it took. */
    int add(Section section) throws IOException {
        Paper paper = options.paper();
        float left = Theme.MARGIN_SIDE;
        float width = paper.width() - 2 * Theme.MARGIN_SIDE;
        float smallLh = Theme.SMALL_SIZE * 1.35f;
        String numberSample = "00 / 00";
        float numberWidth = setter.width(numberSample, FontStyle.MEDIUM, Theme.SMALL_SIZE) + 16;
        List<TextLine> footer = setter.set(section.footer(), FontStyle.REGULAR, Theme.SMALL_SIZE, Theme.MUTED, width - numberWidth);
        float footerHeight = footer.size() * smallLh;
        float bottom = Theme.MARGIN_BOTTOM + footerHeight + 22;
        float top = paper.height() - Theme.MARGIN_TOP;
        float firstTop = top - Theme.BAND_HEIGHT - 12;

        Tag sect = tree.document().child("Sect");
        List<Item> items = new Composer(setter).compose(section.blocks(), width, sect);
        List<List<Paginator.Placed>> pages = Paginator.paginate(items, firstTop, top, bottom);
        int total = pages.size();
        for (int p = 0; p < total; p++) {
            PDPage page = new PDPage(paper.size());
            document.addPage(page);
            tree.startPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                Canvas canvas = new Canvas(page, cs, documentFonts, fields, tree, left, width);
                if (p == 0) {
                    band(canvas, section, top, width, sect);
                    bookmark(section.title(), page);
                }
                for (Paginator.Placed placed : pages.get(p)) {
                    canvas.artifactsOnly(placed.repeat());
                    placed.item().painter().paint(canvas, placed.top());
                    canvas.artifactsOnly(false);
                }
                footer(canvas, footer, p + 1, total, width, smallLh);
            }
        }
        return total;
    }

    /**
     * The header of a section's first page: a small kicker, the title in ink, and a thin accent rule.
     * No filled band: it would print as a dark grey block on a black-and-white printer.
     */
    private void band(Canvas c, Section section, float top, float width, Tag sect) throws IOException {
        float h = Theme.BAND_HEIGHT;
        TextLine kicker = setter.set(section.kicker(), FontStyle.MEDIUM, 8f, Theme.ACCENT_DARK, width).get(0);
        c.text(kicker, c.left, top - 8, sect.child("P"));
        float area = h - 20 - 10; // between the kicker and the rule
        float size = Theme.TITLE_SIZE;
        List<TextLine> title = setter.set(section.title(), FontStyle.SERIF_SEMIBOLD, size, Theme.INK, width);
        // Long titles get smaller rather than lose words.
        for (float smaller : new float[] {16f, 12f, 9f}) {
            if (title.size() * size * 1.15f <= area) {
                break;
            }
            size = smaller;
            title = setter.set(section.title(), FontStyle.SERIF_SEMIBOLD, size, Theme.INK, width);
        }
        float lh = size * 1.15f;
        float blockHeight = title.size() * lh;
        float firstBase = top - 20 - Math.max(0, (area - blockHeight) / 2) - size * 0.85f;
        Tag heading = sect.child("H1");
        for (int k = 0; k < title.size(); k++) {
            c.text(title.get(k), c.left, firstBase - k * lh, heading);
        }
        c.line(c.left, top - h, c.left + width, top - h, 1.2f, Theme.ACCENT);
    }

    private void footer(Canvas c, List<TextLine> footer, int page, int total, float width, float lh) throws IOException {
        float y = Theme.MARGIN_BOTTOM + footer.size() * lh + 8;
        c.line(c.left, y, c.left + width, y, 0.5f, Theme.RULE);
        for (int k = 0; k < footer.size(); k++) {
            c.text(footer.get(k), c.left, Theme.MARGIN_BOTTOM + (footer.size() - 1 - k) * lh + 2);
        }
        TextLine number = setter.set(page + " / " + total, FontStyle.MEDIUM, Theme.SMALL_SIZE, Theme.MUTED, 200).get(0);
        c.text(number, c.left + width - number.width(), Theme.MARGIN_BOTTOM + (footer.size() - 1) * lh + 2);
    }

    private void bookmark(String title, PDPage page) {
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(TextPolicy.clean(title, false));
        PDPageFitWidthDestination dest = new PDPageFitWidthDestination();
        dest.setPage(page);
        dest.setTop((int) page.getMediaBox().getHeight());
        item.setDestination(dest);
        bookmarks.add(item);
    }

    void save(OutputStream out, String title, String subject, String keywords) throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(TextPolicy.clean(title, false));
        info.setAuthor("Kindred");
        info.setSubject(TextPolicy.clean(subject, false));
        info.setKeywords(TextPolicy.clean(keywords, false));
        info.setCreator("Kindred");
        info.setProducer("Kindred with Apache PDFBox");
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        Instant at = options.created() == null ? Instant.now() : options.created();
        created.setTimeInMillis(at.toEpochMilli());
        info.setCreationDate(created);
        info.setModificationDate(created);
        document.getDocumentCatalog().setLanguage(options.language());
        tree.finish(document);
        metadata(TextPolicy.clean(title, false), options.language());
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(prefs);
        if (bookmarks.size() > 1 || options.bookmarks()) {
            PDDocumentOutline outline = new PDDocumentOutline();
            bookmarks.forEach(outline::addLast);
            outline.openNode();
            document.getDocumentCatalog().setDocumentOutline(outline);
        }
        document.save(out);
    }

    /** XMP with the title and the PDF/UA identification (ISO 14289-1), as PDF/UA validators expect. */
    private void metadata(String title, String language) throws IOException {
        String xmp = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                + "<pdfuaid:part>1</pdfuaid:part>\n"
                + "<pdf:Producer>Kindred with Apache PDFBox</pdf:Producer>\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(title) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "<dc:language><rdf:Bag><rdf:li>" + xml(language) + "</rdf:li></rdf:Bag></dc:language>\n"
                + "</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>";
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
        document.getDocumentCatalog().setMetadata(metadata);
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public void close() throws IOException {
        try {
            document.close();
        } finally {
            fonts.lock().unlock();
        }
    }
}
