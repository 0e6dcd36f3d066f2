package app.kindred.handout;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.content.Handout;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;

class SummaryRendererTest {
    private static final RenderOptions OPTIONS = RenderOptions.defaults().withCreated(Instant.parse("2026-11-21T20:00:00Z"));

    @Test
    void theGroupSummaryNeverPrintsACouplesWords() throws Exception {
        // The same session's take-home sheet holds the words: the fixture has them, and extraction sees them.
        String takeHome = Pdfs.text(new SummaryRenderer().takeHome(Fixtures.session(), Map.of(), OPTIONS));
        assertThat(takeHome).contains(Fixtures.MARKER, "Sam", "Alex", "Sunday evenings", "ten-minute walk");

        byte[] pdf = new SummaryRenderer().group(Fixtures.session(), OPTIONS);
        String text = Pdfs.text(pdf);
        // An empty or unreadable PDF must not pass: the summary itself is there, then the words are not.
        assertThat(text).contains("Group summary: Listening Basics", "Agenda as run", "Holding the Floor");
        assertThat(text).doesNotContain(Fixtures.MARKER).doesNotContain("Sam").doesNotContain("Alex")
                .doesNotContain("Sunday evenings").doesNotContain("ten-minute walk");
        try (var doc = Pdfs.load(pdf)) {
            var info = doc.getDocumentInformation();
            assertThat(String.join(" ", java.util.Objects.toString(info.getTitle()),
                    java.util.Objects.toString(info.getSubject()), java.util.Objects.toString(info.getKeywords())))
                    .as("the document's own title, subject and keywords").doesNotContain(Fixtures.MARKER)
                    .doesNotContain("Sam").doesNotContain("Alex");
        }
    }

    @Test
    void theGroupSummaryShowsTheAgendaAsRun() throws Exception {
        String text = Pdfs.text(new SummaryRenderer().group(Fixtures.session(), OPTIONS));
        assertThat(text).contains("Group summary: Listening Basics", "Agenda as run", "Holding the Floor",
                "Break: Stretch, water, fresh air", "In Your Shoes (skipped)", "Planned", "Actual", "Extensions", "Time-outs",
                "Couples taking part: 6", "Items run: 3 of 4 (1 skipped)", "Time-outs called: 1", "3 (+3)");
        // planned 20+5+15+20 = 60, actual 23+6+14+0.67 = 43.67 -> 44
        assertThat(text).contains("Minutes planned: 60; minutes used: 44 (16 min under plan)");
    }

    @Test
    void theTakeHomeSummaryShowsOnlyWhatTheCoupleChose() throws Exception {
        String text = Pdfs.text(new SummaryRenderer().takeHome(Fixtures.session(),
                Map.of("i-statements", "Saying It with \"I\"", "ritual-planner", "Our Daily Rituals"), OPTIONS));
        assertThat(text).contains("Sam " + Fixtures.MARKER + " & Alex: our time together", "November 21, 2026",
                "What you did", "Holding the Floor", "23", "Appreciation Round", "14",
                "What did you understand about your partner today?", "That Sunday evenings feel heavy for Alex.",
                "A ten-minute walk after dinner", "Say one thank-you each night",
                "Worksheets to take home", "Saying It with \u201CI\u201D", "Our Daily Rituals", "This week", "Our week");
        assertThat(text).doesNotContain("Private, not to print").doesNotContain("Not chosen for printing")
                .doesNotContain("In Your Shoes").doesNotContain("no-such-handout").doesNotContain("Stretch, water");
    }

    @Test
    void aTakeHomePackHoldsTheSummaryAndHandoutsWithBookmarksAndMetadata() throws Exception {
        List<Handout> handouts = HandoutFiles.shipped().subList(0, 2);
        byte[] pdf = new TakeHomePack().render(Fixtures.session(), handouts, OPTIONS.withPaper(Paper.LETTER));
        try (PDDocument doc = Pdfs.load(pdf)) {
            List<String> titles = new java.util.ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                assertThat(item.getDestination()).isNotNull();
            }
            assertThat(titles).containsExactly("Sam " + Fixtures.MARKER + " & Alex: our time together",
                    handouts.get(0).title(), handouts.get(1).title());
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Sam " + Fixtures.MARKER + " & Alex: our time together");
            assertThat(info.getAuthor()).isEqualTo("Kindred");
            assertThat(info.getSubject()).isNotBlank();
            assertThat(info.getCreationDate().toInstant()).isEqualTo(Instant.parse("2026-11-21T20:00:00Z"));
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(doc.getDocumentCatalog().getAcroForm().getFields()).isNotEmpty();
        }
    }

    @Test
    void theKioskPackComesFromTheRecordAndTheTickedWorksheets() throws Exception {
        var record = app.kindred.persist.SessionRecordFile.read(java.nio.file.Path.of("src/test/resources/sessions/evening.yaml"));
        var library = app.kindred.content.ContentLoader.load(java.nio.file.Path.of("")).library();
        byte[] pdf = new TakeHomePack().render(record, library, List.of("ritual-planner", "no-such-sheet"), OPTIONS);
        try (PDDocument doc = Pdfs.load(pdf)) {
            List<String> titles = new java.util.ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(i -> titles.add(i.getTitle()));
            assertThat(titles).containsExactly("Sam & Ана: our time together", library.handout("ritual-planner").get().title());
        }
        String text = Pdfs.text(pdf);
        assertThat(text).contains("Worksheets to take home", "That Sunday evenings feel heavy for you.");
        assertThat(text).doesNotContain("Not for printing");
    }

    @Test
    void anEmptySessionStillMakesBothSummaries() throws Exception {
        SessionReport empty = new SessionReport(null, null, 0, null, null, null, null, null);
        assertThat(Pdfs.text(new SummaryRenderer().takeHome(empty, Map.of(), OPTIONS))).contains("Our time together", "This week");
        assertThat(Pdfs.text(new SummaryRenderer().group(empty, OPTIONS))).contains("Group summary", "Items run: 0 of 0");
    }
}
