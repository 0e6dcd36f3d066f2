package app.kindred.handout;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.content.Handout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The handouts against a workbook's typography (issue 16), read back from the PDFs of every shipped
 * handout on both papers: line length, keep-with-next, printer's punctuation, tables.
 */
class WorkbookTypographyTest {
    private static final Pattern SPACE_BEFORE_MARK = Pattern.compile("\\S\\s+[,.;:?!](\\s|$)");

    static Stream<Arguments> handouts() throws Exception {
        List<Arguments> out = new ArrayList<>();
        for (Paper paper : Paper.values()) {
            for (Handout h : HandoutFiles.shipped()) {
                out.add(Arguments.of(h.id() + " " + paper, h, new HandoutRenderer().render(h, RenderOptions.defaults().withPaper(paper))));
            }
        }
        return out.stream();
    }

    /** A line of glyphs on one baseline, in reading order, with its font size and whether it is all italic. */
    record Line(int page, float y, float left, float size, boolean italic, String text) {
    }

    static Map<Integer, List<Line>> lines(byte[] pdf) throws Exception {
        Map<Integer, List<Line>> out = new TreeMap<>();
        Map<Integer, Map<Integer, List<Pdfs.Glyph>>> byPage = Pdfs.glyphs(pdf).stream()
                .collect(Collectors.groupingBy(Pdfs.Glyph::page, TreeMap::new,
                        Collectors.groupingBy(g -> Math.round(g.y() * 2), TreeMap::new, Collectors.toList())));
        byPage.forEach((page, rows) -> rows.forEach((key, glyphs) -> {
            List<Pdfs.Glyph> visible = glyphs.stream().filter(g -> !g.text().isBlank()).toList();
            if (visible.isEmpty()) {
                return;
            }
            float size = (float) visible.stream().mapToDouble(Pdfs.Glyph::size).max().orElse(0);
            boolean italic = visible.stream().allMatch(g -> g.font().contains("Italic"));
            StringBuilder text = new StringBuilder();
            Pdfs.Glyph previous = null;
            for (Pdfs.Glyph g : glyphs) {
                if (previous != null && g.x() - (previous.x() + previous.width()) > g.size() * 0.2f && !text.isEmpty()
                        && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
                text.append(g.text());
                previous = g;
            }
            float left = (float) visible.stream().mapToDouble(Pdfs.Glyph::x).min().orElse(0);
            out.computeIfAbsent(page, p -> new ArrayList<>()).add(new Line(page, key / 2f, left, size, italic, text.toString().strip()));
        }));
        return out;
    }

    private static boolean body(Line l) {
        return Math.abs(l.size() - Theme.BODY_SIZE) < 0.05f;
    }

    /**
     * The measure: body lines that run on to another line of the same paragraph (the next line
     * below, same left edge, one line-height down) are 60-80 characters long at the median. A
     * paragraph's last line and a one-line list item are as short as their words and say nothing
     * about the measure.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("handouts")
    void bodyLinesAreSixtyToEightyCharactersLong(String name, Handout handout, byte[] pdf) throws Exception {
        float leading = Theme.BODY_SIZE * Theme.LEADING;
        List<Line> wrapped = new ArrayList<>();
        for (List<Line> page : lines(pdf).values()) {
            for (int k = 0; k + 1 < page.size(); k++) {
                Line l = page.get(k);
                Line next = page.get(k + 1);
                if (body(l) && body(next) && Math.abs(next.y() - l.y() - leading) < 0.6f && Math.abs(next.left() - l.left()) < 1f) {
                    wrapped.add(l);
                }
            }
        }
        int[] lengths = wrapped.stream().mapToInt(l -> l.text().codePointCount(0, l.text().length())).sorted().toArray();
        assertThat(lengths).as(name).isNotEmpty();
        int median = lengths[lengths.length / 2];
        assertThat(median).as("%s: median body line %d characters, of %s", name, median, Arrays.toString(lengths))
                .isBetween(60, 80);
        assertThat(Theme.BODY_SIZE).isBetween(10.5f, 11f);
    }

    /**
     * No page ends with a heading or with fewer than two lines after one, nor with the first line of
     * a numbered item or a prompt (an italic line) parted from what follows it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("handouts")
    void headingsPromptsAndNumberedItemsStayWithWhatFollows(String name, Handout handout, byte[] pdf) throws Exception {
        Map<Integer, List<Line>> pages = lines(pdf);
        int last = pages.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (Map.Entry<Integer, List<Line>> e : pages.entrySet()) {
            if (e.getKey() == last) {
                continue;
            }
            // Footer lines are smaller than body text; the page's own lines end above them.
            List<Line> content = e.getValue().stream().filter(l -> l.size() > Theme.SMALL_SIZE + 0.1f).toList();
            int n = content.size();
            for (int k = Math.max(0, n - 2); k < n; k++) {
                Line l = content.get(k);
                assertThat(l.size()).as("%s p%d: a heading among the last two lines: %s", name, e.getKey(), l)
                        .isLessThan(Theme.H3_SIZE - 0.1f);
            }
            Line end = content.get(n - 1);
            assertThat(end.text()).as("%s p%d ends on a numbered item's first line", name, e.getKey()).doesNotMatch("\\d+\\. .*");
            // A prompt is an italic body line that starts its paragraph (not the run-on of the line above).
            boolean startsParagraph = n < 2 || end.y() - content.get(n - 2).y() > Theme.BODY_SIZE * Theme.LEADING + 0.6f;
            assertThat(end.italic() && body(end) && startsParagraph).as("%s p%d ends on a prompt: %s", name, e.getKey(), end)
                    .isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handouts")
    void quotesAreCurlyAndNoSpaceComesBeforePunctuation(String name, Handout handout, byte[] pdf) throws Exception {
        String text = Pdfs.text(pdf);
        assertThat(text).as(name).doesNotContain("\"").doesNotContain("'");
        assertThat(SPACE_BEFORE_MARK.matcher(text).find()).as("%s: a space before punctuation in:%n%s", name, text).isFalse();
    }

    /** Every word of every table cell comes back whole (a column is never narrower than its longest word). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("handouts")
    void noTableWordIsCut(String name, Handout handout, byte[] pdf) throws Exception {
        List<String> tokens = lines(pdf).values().stream().flatMap(List::stream)
                .flatMap(l -> Arrays.stream(l.text().split("\\s+"))).map(WorkbookTypographyTest::bare).toList();
        for (Block b : MarkdownReader.read(handout.markdown())) {
            if (b instanceof Block.Table t) {
                List<List<Span>> cells = new ArrayList<>(t.header());
                t.rows().forEach(cells::addAll);
                for (List<Span> cell : cells) {
                    for (String word : Typography.refine(MarkdownReader.text(cell)).split("\\s+")) {
                        if (!bare(word).isEmpty()) {
                            assertThat(tokens).as("%s: table word \"%s\" cut", name, word).contains(bare(word));
                        }
                    }
                }
            }
        }
    }

    /** Letters and digits only: punctuation at a word's edge may sit in a neighbouring glyph run. */
    private static String bare(String word) {
        return word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
    }

    @Test
    void theRegressionOfIssue16IsGone() throws Exception {
        Handout h = HandoutFiles.shipped().stream().filter(x -> x.id().equals("i-statements")).findFirst().orElseThrow();
        byte[] pdf = new HandoutRenderer().render(h, RenderOptions.defaults());
        String text = Pdfs.text(pdf);
        assertThat(text).contains("Observation", "Saying It with \u201CI\u201D", "I\u2019d like");
        assertThat(Pdfs.withoutWhitespace(text)).contains("WhenIsaw...,Ifelt...,becauseIneed....Wouldyoubewillingto...?");
    }

    @Test
    void printersPunctuationLeavesTheWordsAlone() {
        assertThat(Typography.refine("Open with \"you always …\" and it's 'fine' (\"yes\") — \"no\""))
                .isEqualTo("Open with \u201Cyou always …\u201D and it\u2019s \u2018fine\u2019 (\u201Cyes\u201D) — \u201Cno\u201D");
        assertThat(Typography.refine("When I saw … , I felt … . Would you … ?"))
                .isEqualTo("When I saw …, I felt …. Would you …?");
        assertThat(Typography.refine("a .5 mm pen, and ... dots")).isEqualTo("a .5 mm pen, and ... dots");
    }
}
