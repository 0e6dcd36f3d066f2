package app.kindred.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
}
