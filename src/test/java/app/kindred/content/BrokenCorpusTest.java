package app.kindred.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * src/test/resources/broken/ is a content folder of broken files (and three clean ones they refer to);
 * broken-expected.txt holds every message the loader must give for it, exactly: file, line, column, text.
 */
class BrokenCorpusTest {
    private static final Path ROOT = resource("broken");

    @Test
    void everyBrokenFileGetsExactlyTheExpectedMessages() throws IOException {
        List<String> expected = Files.readAllLines(resource("broken-expected.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .toList();

        List<String> actual = ContentLoader.load(ROOT).diagnostics().stream().map(Diagnostic::toString).toList();

        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void theCorpusHasAtLeast25DistinctBrokenFilesAndEachIsReported() throws IOException {
        Set<String> files;
        try (Stream<Path> walk = Files.walk(ROOT)) {
            files = walk.filter(Files::isRegularFile)
                    .map(p -> ROOT.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !name.contains("ok-"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> reported = ContentLoader.load(ROOT).diagnostics().stream().map(Diagnostic::file)
                .collect(Collectors.toSet());

        assertThat(files).hasSizeGreaterThanOrEqualTo(25);
        assertThat(reported).containsAll(files);
    }

    @Test
    void theCleanFilesLoadAndTheBrokenOnesDoNot() {
        ContentLibrary library = ContentLoader.load(ROOT).library();

        assertThat(library.exercises()).containsOnlyKeys("ok-exercise", "not-the-file-name", "pasted", "source-typo", "nbsp-indent");
        assertThat(library.decks()).containsOnlyKeys("ok-deck");
        assertThat(library.handouts()).containsOnlyKeys("ok-handout");
        assertThat(library.programmes()).isEmpty();
    }

    @Test
    void warningsDoNotStopAFileLoadingAndItsTextIsRepaired() {
        Exercise pasted = ContentLoader.load(ROOT).library().exercise("pasted").orElseThrow();

        assertThat(pasted.title()).isEqualTo("Conversations that matter");
        assertThat(pasted.summary()).isEqualTo("Tab here, bell  there");
        assertThat(pasted.phases().get(0).instructions()).isEqualTo("Say привет to Москва, then coo a quick hello.");
    }

    static Path resource(String name) {
        try {
            return Path.of(BrokenCorpusTest.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
