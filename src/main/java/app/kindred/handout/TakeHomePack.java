package app.kindred.handout;

import app.kindred.content.ContentLibrary;
import app.kindred.content.Handout;
import app.kindred.session.SessionRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a couple takes home: their summary followed by the chosen handouts, in one PDF with a
 * bookmark for each part. Form field names are unique across the whole pack.
 */
public final class TakeHomePack {
    private final FontLibrary fonts;

    public TakeHomePack() {
        this(FontLibrary.shared());
    }

    public TakeHomePack(FontLibrary fonts) {
        this.fonts = fonts;
    }

    public byte[] render(SessionReport report, List<Handout> handouts, RenderOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        write(report, handouts, options, out);
        return out.toByteArray();
    }

    /**
     * The kiosk's case: the engine's record, the loaded content, and the worksheets the couple ticked
     * (unknown ids are left out).
     */
    public byte[] render(SessionRecord record, ContentLibrary library, List<String> handoutIds, RenderOptions options)
            throws IOException {
        List<Handout> handouts = handoutIds.stream().map(library::handout).flatMap(Optional::stream).toList();
        return render(SessionReports.forCouple(record, library), handouts, options);
    }

    /**
     * As {@link #render(SessionRecord, ContentLibrary, List, RenderOptions)}, within {@code maxPages}:
     * worksheets are left out from the last while the pack would be longer (the summary always
     * stays). An unattended kiosk never prints a stack of paper because someone ticked everything.
     */
    public byte[] render(SessionRecord record, ContentLibrary library, List<String> handoutIds, RenderOptions options,
            int maxPages) throws IOException {
        List<Handout> handouts = new java.util.ArrayList<>(
                handoutIds.stream().map(library::handout).flatMap(Optional::stream).toList());
        SessionReport report = SessionReports.forCouple(record, library);
        while (true) {
            byte[] pdf = render(report, handouts, options);
            if (handouts.isEmpty() || pages(pdf) <= maxPages) {
                return pdf;
            }
            handouts.remove(handouts.size() - 1);
        }
    }

    static int pages(byte[] pdf) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    public void write(SessionReport report, List<Handout> handouts, RenderOptions options, OutputStream out) throws IOException {
        PdfWords words = new PdfWords(options.language());
        Map<String, String> titles = new LinkedHashMap<>();
        handouts.forEach(h -> titles.put(h.id(), h.title()));
        // The summary lists exactly the worksheets that follow it in the pack.
        SessionReport listed = new SessionReport(report.programmeTitle(), report.date(), report.couples(), report.names(),
                report.activities(), report.reflections(), report.commitments(), List.copyOf(titles.keySet()),
                report.started(), report.ended());
        Section summary = SummaryRenderer.takeHomeSection(listed, titles, words);
        try (PdfBuilder pdf = new PdfBuilder(fonts, options)) {
            pdf.add(summary);
            List<String> names = report.names().stream().map(String::strip).filter(n -> !n.isEmpty()).toList();
            for (Handout h : handouts) {
                pdf.add(HandoutRenderer.section(h, words, names));
            }
            pdf.save(out, summary.title(), words.get("kicker.takeHome"), report.programmeTitle());
        }
    }
}
