package app.kindred.handout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The two summaries of a session: the couple's take-home summary (their names, what they did, the
 * reflections and commitments they chose to print, their worksheets and a "this week" page) and the
 * facilitator's group summary (the agenda as it ran, times, extensions, time-outs and counts).
 *
 * <p>Privacy by construction: {@link #groupSection} reads only the agenda and counts of a
 * {@link SessionReport}, never its names, reflections or commitments.
 */
public final class SummaryRenderer {
    private final FontLibrary fonts;

    public SummaryRenderer() {
        this(FontLibrary.shared());
    }

    public SummaryRenderer(FontLibrary fonts) {
        this.fonts = fonts;
    }

    /**
     * @param handoutTitles id → title of the worksheets that can be named on the summary (unknown ids are left out)
     */
    public byte[] takeHome(SessionReport report, Map<String, String> handoutTitles, RenderOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        writeTakeHome(report, handoutTitles, options, out);
        return out.toByteArray();
    }

    public void writeTakeHome(SessionReport report, Map<String, String> handoutTitles, RenderOptions options, OutputStream out)
            throws IOException {
        PdfWords words = new PdfWords(options.language());
        Section section = takeHomeSection(report, handoutTitles, words);
        try (PdfBuilder pdf = new PdfBuilder(fonts, options)) {
            pdf.add(section);
            pdf.save(out, section.title(), words.get("kicker.takeHome"), report.programmeTitle());
        }
    }

    public byte[] group(SessionReport report, RenderOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        writeGroup(report, options, out);
        return out.toByteArray();
    }

    public void writeGroup(SessionReport report, RenderOptions options, OutputStream out) throws IOException {
        PdfWords words = new PdfWords(options.language());
        Section section = groupSection(report, words);
        try (PdfBuilder pdf = new PdfBuilder(fonts, options)) {
            pdf.add(section);
            pdf.save(out, section.title(), words.get("kicker.group"), report.programmeTitle());
        }
    }

    static Section takeHomeSection(SessionReport r, Map<String, String> handoutTitles, PdfWords words) {
        List<String> names = r.names().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        String title = names.isEmpty() ? words.get("title.takeHome.anonymous")
                : words.get("title.takeHome.names", String.join(" & ", names));
        String date = words.date(r.date());
        List<Block> blocks = new ArrayList<>();
        blocks.add(para(words.get("intro.takeHome", date)));
        if (!r.programmeTitle().isBlank()) {
            blocks.add(para(words.get("intro.programme", r.programmeTitle())));
        }

        // It opens with what the couple did and said, in words: minutes are a detail beside each item.
        List<SessionReport.Activity> done = r.activities().stream().filter(a -> !a.isBreak() && !a.skipped()).toList();
        if (!done.isEmpty()) {
            blocks.add(heading(2, words.get("heading.done")));
            blocks.add(new Block.ListBlock(false, 1, done.stream().map(a -> List.<Block>of(new Block.Paragraph(List.of(
                    new Span(a.title(), FontStyle.MEDIUM),
                    Span.plain(words.get("activity.minutes", PdfWords.minutes(a.actual())))))))
                    .toList()));
        }

        List<SessionReport.Reflection> reflections = r.reflections().stream()
                .filter(x -> x.include() && x.answer() != null && !x.answer().isBlank()).toList();
        if (!reflections.isEmpty()) {
            blocks.add(heading(2, words.get("heading.reflections")));
            for (SessionReport.Reflection x : reflections) {
                if (x.question() != null && !x.question().isBlank()) {
                    blocks.add(heading(3, x.question()));
                }
                blocks.add(new Block.Quote(List.of(new Block.Paragraph(List.of(Span.plain(x.answer()))))));
            }
        }

        List<String> commitments = r.commitments().stream()
                .filter(c -> c.include() && c.text() != null && !c.text().isBlank())
                .map(SessionReport.Commitment::text).toList();
        if (!commitments.isEmpty()) {
            blocks.add(heading(2, words.get("heading.commitments")));
            blocks.add(new Block.ListBlock(false, 1,
                    commitments.stream().map(c -> List.<Block>of(new Block.Paragraph(List.of(Span.plain(c))))).toList()));
        }

        List<String> sheets = r.handoutIds().stream().filter(handoutTitles::containsKey).map(handoutTitles::get).toList();
        if (!sheets.isEmpty()) {
            blocks.add(heading(2, words.get("heading.worksheets")));
            blocks.add(para(words.get("worksheets.intro")));
            blocks.add(new Block.ListBlock(false, 1,
                    sheets.stream().map(t -> List.<Block>of(new Block.Paragraph(List.of(new Span(t, FontStyle.MEDIUM))))).toList()));
        }

        // No page break before the week: it follows on, and the keep rules move it whole if need be.
        blocks.add(heading(2, words.get("heading.thisWeek")));
        blocks.add(para(words.get("thisWeek.intro")));
        List<String> rows = commitments.isEmpty()
                ? List.of(words.get("thisWeek.default.1"), words.get("thisWeek.default.2"), words.get("thisWeek.default.3"))
                : commitments.stream().map(c -> shorten(TextPolicy.clean(c, false), 80)).toList();
        blocks.add(new Block.Planner(words.get("thisWeek.planner"), app.kindred.content.WorksheetBlock.Planner.WEEK, rows));
        blocks.add(new Block.Quote(List.of(para(words.get("thisWeek.stem")))));
        blocks.add(new Block.Lines(words.get("thisWeek.noticed"), 4));

        String footer = words.get("footer.takeHome", date);
        return new Section(title, words.get("kicker.takeHome"), footer, blocks);
    }

    /** Reads only the programme title, date, couple count and the agenda: nothing a couple typed. */
    static Section groupSection(SessionReport r, PdfWords words) {
        String date = words.date(r.date());
        String title = r.programmeTitle().isBlank() ? words.get("title.group.untitled")
                : words.get("title.group", r.programmeTitle());
        List<Block> blocks = new ArrayList<>();
        blocks.add(heading(2, words.get("heading.agenda")));
        List<List<List<Span>>> rows = new ArrayList<>();
        Duration planned = Duration.ZERO;
        Duration actual = Duration.ZERO;
        Duration extendedBy = Duration.ZERO;
        int extensions = 0;
        int timeOuts = 0;
        int skipped = 0;
        for (SessionReport.Activity a : r.activities()) {
            String name = a.isBreak() ? words.get("break", a.title()) : a.title();
            if (a.skipped()) {
                name = words.get("skipped", name);
                skipped++;
            }
            rows.add(List.of(cell(name), cell(PdfWords.minutes(a.planned())), cell(PdfWords.minutes(a.actual())),
                    cell(a.extensions() == 0 ? "–" : a.extensions() + " (+" + PdfWords.minutes(a.extendedBy()) + ")"),
                    cell(a.timeOuts() == 0 ? "–" : Integer.toString(a.timeOuts()))));
            planned = planned.plus(a.planned());
            actual = actual.plus(a.actual());
            extendedBy = extendedBy.plus(a.extendedBy());
            extensions += a.extensions();
            timeOuts += a.timeOuts();
        }
        rows.add(List.of(List.of(new Span(words.get("total"), FontStyle.MEDIUM)),
                List.of(new Span(PdfWords.minutes(planned), FontStyle.MEDIUM)),
                List.of(new Span(PdfWords.minutes(actual), FontStyle.MEDIUM)),
                List.of(new Span(Integer.toString(extensions), FontStyle.MEDIUM)),
                List.of(new Span(Integer.toString(timeOuts), FontStyle.MEDIUM))));
        blocks.add(new Block.Table(List.of(cell(words.get("col.item")), cell(words.get("col.planned")),
                cell(words.get("col.actual")), cell(words.get("col.extensions")), cell(words.get("col.timeouts"))), rows));

        long diff = Math.round((actual.getSeconds() - planned.getSeconds()) / 60.0);
        String balance = diff > 0 ? words.get("over", diff) : diff < 0 ? words.get("under", -diff) : words.get("onTime");
        blocks.add(heading(2, words.get("heading.counts")));
        List<String> counts = new ArrayList<>();
        counts.add(words.get("count.date", date));
        if (r.started() != null) {
            java.time.format.DateTimeFormatter hm = java.time.format.DateTimeFormatter.ofPattern("HH:mm");
            java.time.ZoneId zone = java.time.ZoneId.systemDefault();
            String from = hm.format(r.started().atZone(zone));
            counts.add(r.ended() == null ? words.get("count.started", from)
                    : words.get("count.ran", from, hm.format(r.ended().atZone(zone)),
                            PdfWords.minutes(Duration.between(r.started(), r.ended()))));
        }
        if (r.couples() > 0) {
            counts.add(words.get("count.couples", r.couples()));
        }
        counts.add(words.get("count.items", r.activities().size() - skipped, r.activities().size(), skipped));
        counts.add(words.get("count.minutes", PdfWords.minutes(planned), PdfWords.minutes(actual), balance));
        counts.add(words.get("count.extensions", extensions, PdfWords.minutes(extendedBy)));
        counts.add(words.get("count.timeouts", timeOuts));
        blocks.add(new Block.ListBlock(false, 1, counts.stream().map(c -> List.<Block>of(para(c))).toList()));
        return new Section(title, words.get("kicker.group"), words.get("footer.group", date), blocks);
    }

    private static List<Span> cell(String text) {
        return List.of(Span.plain(text));
    }

    private static Block para(String text) {
        return new Block.Paragraph(List.of(Span.plain(text)));
    }

    private static Block heading(int level, String text) {
        return new Block.Heading(level, List.of(Span.plain(text)));
    }

    private static String shorten(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }
}
