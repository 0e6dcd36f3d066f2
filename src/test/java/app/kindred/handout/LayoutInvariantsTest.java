package app.kindred.handout;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.content.Handout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks the pages from the glyph positions PDFBox reports, for every handout and both summaries. */
class LayoutInvariantsTest {

    static Stream<Arguments> documents() throws Exception {
        List<Arguments> docs = new ArrayList<>();
        List<Handout> handouts = new ArrayList<>(HandoutFiles.shipped());
        handouts.add(HandoutFiles.read(Path.of("src/test/resources/handouts-stress/stress.md")));
        for (Paper paper : Paper.values()) {
            RenderOptions options = RenderOptions.defaults().withPaper(paper);
            for (Handout h : handouts) {
                docs.add(Arguments.of(h.id() + " " + paper, new HandoutRenderer().render(h, options)));
            }
            docs.add(Arguments.of("take-home " + paper,
                    new SummaryRenderer().takeHome(Fixtures.session(), Map.of("i-statements", "Saying It with \"I\""), options)));
            docs.add(Arguments.of("group " + paper, new SummaryRenderer().group(Fixtures.session(), options)));
        }
        return docs.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void everyGlyphIsInsideTheMargins(String name, byte[] pdf) throws Exception {
        for (Pdfs.Glyph g : Pdfs.glyphs(pdf)) {
            float slack = 0.5f;
            assertThat(g.x()).as("%s p%d '%s' left edge", name, g.page(), g.text()).isGreaterThanOrEqualTo(Theme.MARGIN_SIDE - slack);
            assertThat(g.x() + g.width()).as("%s p%d '%s' right edge", name, g.page(), g.text())
                    .isLessThanOrEqualTo(g.pageWidth() - Theme.MARGIN_SIDE + slack);
            assertThat(g.y() - g.size() * 0.75f).as("%s p%d '%s' top", name, g.page(), g.text())
                    .isGreaterThanOrEqualTo(Theme.MARGIN_TOP - slack);
            assertThat(g.y() + g.size() * 0.2f).as("%s p%d '%s' bottom", name, g.page(), g.text())
                    .isLessThanOrEqualTo(g.pageHeight() - Theme.MARGIN_BOTTOM + slack);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void noTwoLinesOverlap(String name, byte[] pdf) throws Exception {
        for (List<Line> page : pages(pdf).values()) {
            for (int i = 0; i < page.size(); i++) {
                for (int j = i + 1; j < page.size(); j++) {
                    Line a = page.get(i);
                    Line b = page.get(j);
                    boolean vertical = a.top < b.bottom - 0.3f && b.top < a.bottom - 0.3f;
                    boolean horizontal = a.left < b.right - 0.3f && b.left < a.right - 0.3f;
                    assertThat(vertical && horizontal).as("%s: lines overlap:%n  %s%n  %s", name, a, b).isFalse();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void aHeadingIsNeverTheLastLineOfAPage(String name, byte[] pdf) throws Exception {
        Map<Integer, List<Line>> pages = pages(pdf);
        assertThat(pages).isNotEmpty();
        for (Map.Entry<Integer, List<Line>> e : pages.entrySet()) {
            List<Line> body = e.getValue().stream().filter(l -> l.size > Theme.SMALL_SIZE + 0.1f).toList();
            if (body.size() <= 2) {
                continue; // only the title band
            }
            Line last = body.get(body.size() - 1);
            assertThat(last.size).as("%s page %d ends with a heading: %s", name, e.getKey(), last)
                    .isLessThan(Theme.H3_SIZE - 0.1f);
        }
    }

    /** A run of glyphs sharing a baseline, with its extent (top-down coordinates). */
    record Line(float baseline, float left, float right, float top, float bottom, float size, String text) {
    }

    static Map<Integer, List<Line>> pages(byte[] pdf) throws Exception {
        Map<Integer, List<Line>> out = new TreeMap<>();
        Map<Integer, Map<Integer, List<Pdfs.Glyph>>> byPage = Pdfs.glyphs(pdf).stream()
                .filter(g -> !g.text().isBlank())
                .collect(Collectors.groupingBy(Pdfs.Glyph::page, TreeMap::new,
                        Collectors.groupingBy(g -> Math.round(g.y() * 4), TreeMap::new, Collectors.toList())));
        byPage.forEach((page, lines) -> {
            List<Line> list = new ArrayList<>();
            lines.forEach((key, glyphs) -> {
                float size = (float) glyphs.stream().mapToDouble(Pdfs.Glyph::size).max().orElse(0);
                float left = (float) glyphs.stream().mapToDouble(Pdfs.Glyph::x).min().orElse(0);
                float right = (float) glyphs.stream().mapToDouble(g -> g.x() + g.width()).max().orElse(0);
                float baseline = key / 4f;
                StringBuilder text = new StringBuilder();
                glyphs.forEach(g -> text.append(g.text()));
                list.add(new Line(baseline, left, right, baseline - size * 0.7f, baseline + size * 0.2f, size, text.toString()));
            });
            out.put(page, list);
        });
        return out;
    }
}
