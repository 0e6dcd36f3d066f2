package app.kindred.handout;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.content.Handout;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tagged, accessible PDFs: a structure tree in reading order, language, title, form fields tagged; write-in areas. */
class TaggedPdfTest {
    private static final RenderOptions OPTIONS = RenderOptions.defaults().withCreated(Instant.parse("2026-11-21T20:00:00Z"));

    static Stream<Arguments> documents() throws Exception {
        List<Arguments> out = new ArrayList<>();
        for (Handout h : HandoutFiles.shipped()) {
            out.add(Arguments.of(h.id(), new HandoutRenderer().render(h, OPTIONS)));
        }
        out.add(Arguments.of("i-statements, no fields", new HandoutRenderer().render(handout("i-statements"), OPTIONS.withFormFields(false))));
        out.add(Arguments.of("take-home", new SummaryRenderer().takeHome(Fixtures.session(), Map.of("i-statements", "Saying It with \"I\""), OPTIONS)));
        out.add(Arguments.of("group", new SummaryRenderer().group(Fixtures.session(), OPTIONS)));
        out.add(Arguments.of("pack", new TakeHomePack().render(Fixtures.session(), HandoutFiles.shipped(), OPTIONS)));
        return out.stream();
    }

    static Handout handout(String id) {
        return HandoutFiles.shipped().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void isTaggedWithLanguageTitleAndPdfUaIdentification(String name, byte[] pdf) throws Exception {
        try (PDDocument doc = Pdfs.load(pdf)) {
            var catalog = doc.getDocumentCatalog();
            assertThat(catalog.getMarkInfo()).as(name).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).as(name).isTrue();
            assertThat(catalog.getStructureTreeRoot()).as(name).isNotNull();
            assertThat(catalog.getLanguage()).isEqualTo("en");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfuaid:part>1</pdfuaid:part>", doc.getDocumentInformation().getTitle().replace("&", "&amp;"));
            for (PDPage page : doc.getPages()) {
                assertThat(page.getStructParents()).as("%s: every page has its marked content in the parent tree", name)
                        .isGreaterThanOrEqualTo(0);
                for (PDAnnotation a : page.getAnnotations()) {
                    assertThat(a.getStructParent()).as("%s: a form field is tagged", name).isGreaterThanOrEqualTo(0);
                }
            }
            List<String> roles = new ArrayList<>();
            walk(catalog.getStructureTreeRoot(), roles, null, null);
            assertThat(roles.subList(0, 3)).as(name).containsExactly("Document", "Sect", "P");
            assertThat(roles).as(name).contains("H1");
            if (doc.getDocumentCatalog().getAcroForm() != null) {
                assertThat(roles).as(name).contains("Form");
            }
        }
    }

    /**
     * Reading order: the structure tree, read with the text of each element's marked content,
     * gives the headings in the order the Markdown has them, then the sources.
     */
    @Test
    void headingsComeInReadingOrderWithTheirText() throws Exception {
        Handout h = handout("i-statements");
        byte[] pdf = new HandoutRenderer().render(h, OPTIONS);
        List<String> expected = new ArrayList<>();
        expected.add(Typography.refine(h.title()));
        for (String line : h.markdown().split("\n")) {
            if (line.startsWith("## ")) {
                expected.add(Typography.refine(line.substring(3).strip()));
            }
        }
        expected.add("This sheet draws on");
        try (PDDocument doc = Pdfs.load(pdf)) {
            Map<PDPage, Map<Integer, String>> content = markedContent(doc);
            List<String> roles = new ArrayList<>();
            List<String> headings = new ArrayList<>();
            walk(doc.getDocumentCatalog().getStructureTreeRoot(), roles, content, headings);
            assertThat(headings).containsExactlyElementsOf(expected);
            assertThat(roles).contains("Table", "TR", "TH", "TD", "L", "LI", "Lbl", "LBody", "BlockQuote", "Form");
            assertThat(roles.indexOf("Table")).isLessThan(roles.indexOf("BlockQuote"));
        }
    }

    /** Every write-in area has room for at least four lines (per partner where there are two boxes). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void writeInAreasHoldAtLeastFourLines(String name, byte[] pdf) throws Exception {
        try (PDDocument doc = Pdfs.load(pdf)) {
            if (doc.getDocumentCatalog().getAcroForm() == null) {
                return;
            }
            for (PDField f : doc.getDocumentCatalog().getAcroForm().getFieldTree()) {
                if (f instanceof PDTextField t && t.isMultiline()) {
                    PDAnnotationWidget w = t.getWidgets().get(0);
                    assertThat(w.getRectangle().getHeight()).as("%s: %s", name, t.getFullyQualifiedName())
                            .isGreaterThanOrEqualTo(Theme.MIN_WRITE_LINES * Theme.WRITE_LINE_GAP - 2.01f);
                }
            }
        }
        assertThat(Theme.WRITE_LINE_GAP / 72f * 25.4f).as("line spacing in mm").isBetween(8.5f, 9.5f);
        assertThat(Theme.WRITE_LINE_WIDTH).isGreaterThanOrEqualTo(0.5f);
        float[] grey = Theme.rgb(Theme.WRITE_LINE);
        assertThat(grey[0] * 0.3f + grey[1] * 0.59f + grey[2] * 0.11f).as("mid grey").isBetween(0.4f, 0.65f);
    }

    @Test
    void aPersonalPackLabelsThePartnersBoxesWithTheirNames() throws Exception {
        SessionReport r = Fixtures.session();
        SessionReport two = new SessionReport(r.programmeTitle(), r.date(), 1, List.of("Sam", "Alex"), r.activities(), r.reflections(),
                r.commitments(), List.of());
        byte[] pdf = new TakeHomePack().render(two, List.of(handout("appreciation-notes")), OPTIONS);
        try (PDDocument doc = Pdfs.load(pdf)) {
            List<String> names = new ArrayList<>();
            doc.getDocumentCatalog().getAcroForm().getFieldTree().forEach(f -> names.add(f.getFullyQualifiedName()));
            assertThat(names).contains("Day 1 - Sam", "Day 1 - Alex").doesNotContain("Day 1 - Partner A");
        }
        byte[] plain = new HandoutRenderer().render(handout("appreciation-notes"), OPTIONS);
        assertThat(Pdfs.text(plain)).contains("Partner A", "Partner B");
    }

    @Test
    void theSummaryOpensWithWhatTheCoupleDidAndSaidAndHasNoHalfEmptyPage() throws Exception {
        byte[] pdf = new SummaryRenderer().takeHome(Fixtures.session(), Map.of("i-statements", "Saying It with \"I\""), OPTIONS);
        String text = Pdfs.text(pdf);
        int did = text.indexOf("What you did");
        assertThat(did).isPositive();
        assertThat(text.indexOf("In your own words")).isGreaterThan(did);
        assertThat(text.substring(0, did)).doesNotContain("Minutes").doesNotContain("Total");
        assertThat(text).contains("Holding the Floor \u00b7 23 min");
        SessionReport r = Fixtures.session();
        SessionReport sparse = new SessionReport(r.programmeTitle(), r.date(), 1, List.of("Sam", "Alex"), r.activities(), List.of(),
                List.of(), List.of());
        assertNoHalfEmptyPage(pdf);
        assertNoHalfEmptyPage(new SummaryRenderer().takeHome(sparse, Map.of(), OPTIONS));
    }

    private static void assertNoHalfEmptyPage(byte[] pdf) throws Exception {
        Map<Integer, List<LayoutInvariantsTest.Line>> pages = LayoutInvariantsTest.pages(pdf);
        int last = pages.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
        for (var e : pages.entrySet()) {
            if (e.getKey() == last) {
                continue;
            }
            float lowest = (float) e.getValue().stream().filter(l -> l.size() > Theme.SMALL_SIZE + 0.1f)
                    .mapToDouble(LayoutInvariantsTest.Line::baseline).max().orElse(0);
            assertThat(lowest).as("page %d is at least half full", e.getKey()).isGreaterThan(Paper.A4.height() / 2);
        }
    }

    /** Marked content text per page and MCID. */
    private static Map<PDPage, Map<Integer, String>> markedContent(PDDocument doc) throws Exception {
        Map<PDPage, Map<Integer, String>> out = new HashMap<>();
        for (PDPage page : doc.getPages()) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            Map<Integer, String> byId = new HashMap<>();
            for (PDMarkedContent mc : extractor.getMarkedContents()) {
                if (mc.getMCID() >= 0) {
                    StringBuilder b = new StringBuilder();
                    mc.getContents().forEach(o -> {
                        if (o instanceof TextPosition t) {
                            b.append(t.getUnicode());
                        }
                    });
                    byId.merge(mc.getMCID(), b.toString(), String::concat);
                }
            }
            out.put(page, byId);
        }
        return out;
    }

    private static void walk(PDStructureNode node, List<String> roles, Map<PDPage, Map<Integer, String>> content, List<String> headings) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                roles.add(e.getStructureType());
                if (headings != null && e.getStructureType().matches("H[1-6]")) {
                    StringBuilder text = new StringBuilder();
                    for (Object k : e.getKids()) {
                        if (k instanceof PDMarkedContentReference mcr) {
                            text.append(content.get(mcr.getPage()).getOrDefault(mcr.getMCID(), ""));
                        }
                    }
                    headings.add(text.toString().strip());
                }
                walk(e, roles, content, headings);
            } else if (kid instanceof PDObjectReference ref) {
                roles.add("OBJR");
            }
        }
    }
}
