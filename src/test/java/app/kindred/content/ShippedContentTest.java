package app.kindred.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every file in exercises/ and handouts/ loads with no errors and no warnings. */
class ShippedContentTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    void everyShippedFileLoadsWithoutErrorsOrWarnings() {
        ContentLoader.Result result = ContentLoader.load(ROOT);

        assertThat(result.diagnostics()).extracting(Diagnostic::toString).isEmpty();
        assertThat(result.fileCount()).isGreaterThan(0);
    }

    @Test
    void theShippedLibraryHasWhatTheIssueAsksFor() {
        ContentLibrary library = ContentLoader.load(ROOT).library();

        assertThat(library.exercises()).hasSizeGreaterThanOrEqualTo(14);
        assertThat(library.handouts()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(library.programmes()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(library.decks().values()).allSatisfy(d -> assertThat(d.levels()).isNotEmpty());
        assertThat(library.decks().values().stream().mapToInt(Deck::promptCount).sum()).isGreaterThanOrEqualTo(60);
        assertThat(library.decks().values()).anySatisfy(d -> assertThat(d.levels()).hasSizeGreaterThanOrEqualTo(3));
    }

    @Test
    void programmesAddUpToTheirStatedLength() {
        for (Programme p : ContentLoader.load(ROOT).library().programmes().values()) {
            assertThat(p.items().stream().map(ProgrammeItem::duration).reduce(java.time.Duration.ZERO,
                    java.time.Duration::plus)).as(p.id()).isEqualTo(p.length());
        }
    }

    @Test
    void theTenderCardsAreOptInWithFourMinuteTurnsAndAGentleClose() {
        ContentLibrary library = ContentLoader.load(ROOT).library();
        Deck deck = library.deck("tender-things").orElseThrow();
        assertThat(deck.isOptIn(3)).isTrue();
        assertThat(deck.levels().get(2).optIn()).contains("four minutes");
        assertThat(deck.levels().stream().flatMap(l -> l.prompts().stream()))
                .noneMatch(p -> p.contains("hidden") || p.contains("most alone"));
        Exercise tender = library.exercise("tender-things").orElseThrow();
        assertThat(tender.phases()).filteredOn(p -> p.level() == 3).singleElement()
                .satisfies(p -> assertThat(p.duration()).isEqualTo(Duration.ofMinutes(4)));
        assertThat(tender.phases().get(tender.phases().size() - 1).title()).isEqualTo("What do you need now?");
    }

    @Test
    void theEveningWorkshopWelcomesListensBeforeComplaintsClosesAndRunsAtHonestLengths() {
        ContentLibrary library = ContentLoader.load(ROOT).library();
        Programme evening = library.programme("evening-workshop").orElseThrow();
        List<String> ids = evening.items().stream().filter(i -> !i.isBreak()).map(ProgrammeItem::exerciseId).toList();
        assertThat(ids.get(0)).isEqualTo("welcome-in");
        assertThat(ids.get(ids.size() - 1)).isEqualTo("closing-round");
        assertThat(ids.indexOf("safe-space")).isLessThan(ids.indexOf("holding-the-floor"));
        assertThat(ids.indexOf("holding-the-floor")).isLessThan(ids.indexOf("softened-start"));
        for (ProgrammeItem item : evening.items()) {
            if (!item.isBreak()) {
                assertThat(item.duration()).as(item.exerciseId())
                        .isEqualTo(library.exercise(item.exerciseId()).orElseThrow().totalDuration());
            }
        }
        assertThat(evening.length()).isEqualTo(Duration.ofMinutes(80));
        assertThat(evening.summary()).startsWith("Eighty minutes");
    }

    @Test
    void takeHomePacksCarryTheRightSheets() {
        ContentLibrary library = ContentLoader.load(ROOT).library();
        assertThat(library.exercises().values()).allSatisfy(e -> assertThat(e.handouts()).as(e.id())
                .contains("getting-support"));
        assertThat(library.exercise("stress-reducing-talk").orElseThrow().handouts()).contains("ritual-planner");
        assertThat(library.takeHomeHandouts(library.programme("kiosk-taster").orElseThrow()))
                .extracting(Handout::id).contains("faq", "getting-support");
        assertThat(library.handout("emotion-journal").orElseThrow().markdown()).contains("Keep it somewhere private");
        assertThat(library.exercise("weekly-check-in").orElseThrow().phases())
                .filteredOn(p -> p.title().startsWith("One issue")).singleElement()
                .satisfies(p -> assertThat(p.active()).isEqualTo(Active.A));
    }

    @Test
    void theWordingIsConsistent() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.walk(ROOT.resolve("exercises")), Files.walk(ROOT.resolve("handouts")))) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            String text = Files.readString(f);
            assertThat(text.toLowerCase(Locale.ROOT)).as(f.toString()).doesNotContain("towards").doesNotContain("licensed");
            assertThat(text).as(f.toString()).doesNotContain("Check-In").doesNotContain("Check In");
        }
        ContentLibrary library = ContentLoader.load(ROOT).library();
        assertThat(library.handout("i-statements").orElseThrow().markdown())
                .doesNotContain("felt brushed aside").doesNotContain("felt left out");
    }
}
