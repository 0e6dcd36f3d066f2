package app.kindred.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14 (1): a venue's own folder is layered over the shipped content. */
class VenueContentTest {
    private static final Path SHIPPED = Path.of("").toAbsolutePath();

    @TempDir
    Path venue;

    @AfterEach
    void forget() {
        System.clearProperty("kindred.venueContent");
    }

    @Test
    void aVenueFileWithTheSameNameReplacesTheShippedOneAndANewOneIsAdded() throws Exception {
        Files.createDirectories(venue.resolve("exercises"));
        Files.createDirectories(venue.resolve("handouts"));
        Files.writeString(venue.resolve("exercises/appreciation-round.yaml"),
                Files.readString(SHIPPED.resolve("exercises/appreciation-round.yaml"))
                        .replace("title: Appreciation Round", "title: Our Own Appreciation Round"));
        Files.writeString(venue.resolve("handouts/opening-hours.md"),
                Files.readString(SHIPPED.resolve("handouts/faq.md")).replace("id: faq", "id: opening-hours")
                        .replace("title: Questions Couples Often Ask", "title: When We Are Open"));
        ContentLoader.Result shipped = ContentLoader.load(SHIPPED);

        System.setProperty("kindred.venueContent", venue.toString());
        ContentLoader.Result layered = ContentLoader.load(SHIPPED);

        assertThat(layered.errors()).isEmpty();
        assertThat(layered.fileCount()).isEqualTo(shipped.fileCount() + 1);
        assertThat(layered.library().exercises().values()).anyMatch(e -> e.title().equals("Our Own Appreciation Round"))
                .noneMatch(e -> e.title().equals("Appreciation Round"));
        assertThat(layered.library().handouts().values()).anyMatch(h -> h.title().equals("When We Are Open"));
    }
}
