package app.kindred.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library-wide checks of {@code validate}: deck levels reachable, sources that name real articles,
 * no near-duplicate prompts. The planted cases go into a copy of the shipped library, so they are
 * checked against everything a facilitator actually has.
 */
class LibraryChecksTest {
    private static final Path SHIPPED = Path.of("").toAbsolutePath();

    @TempDir
    Path root;

    private Path write(String relative, String text) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private void copyShipped() throws IOException {
        for (String folder : List.of("exercises", "handouts")) {
            try (Stream<Path> walk = Files.walk(SHIPPED.resolve(folder))) {
                walk.forEach(p -> {
                    try {
                        Path to = root.resolve(SHIPPED.relativize(p).toString());
                        if (Files.isDirectory(p)) {
                            Files.createDirectories(to);
                        } else {
                            Files.copy(p, to);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }

    private void replaceIn(String relative, String old, String replacement) throws IOException {
        Path p = root.resolve(relative);
        String text = Files.readString(p);
        assertThat(text).contains(old);
        Files.writeString(p, text.replace(old, replacement));
    }

    private List<String> messages() {
        return ContentLoader.load(root).diagnostics().stream().map(Diagnostic::toString).toList();
    }

    private static final String EXERCISE = """
            id: %s
            title: T
            summary: S
            sources: ["Nurturing Emotional Intimacy in Your Relationship"]
            phases:
            %s""";

    private static String phase(String deck, int level) {
        return "  - {title: T, duration: 1m, active: A, instructions: I, deck: " + deck
                + (level > 0 ? ", level: " + level : "") + "}\n";
    }

    private void threeLevelDeck(String optIn) throws IOException {
        write("exercises/decks/ladder.yaml", """
                id: ladder
                title: Ladder
                sources: ["Nurturing Emotional Intimacy in Your Relationship"]
                levels:
                  - name: Light
                    prompts: ["What meal would you cook for a friend?"]
                  - name: Warmer
                    prompts: ["Which song takes you back to school?"]
                  - name: Deeper
                """ + (optIn == null ? "" : "    opt-in: " + optIn + "\n") + """
                    prompts: ["What old hurt still stings?"]
                """);
    }

    // ---------------------------------------------------------------- reachability

    @Test
    void aLevelNoExerciseDrawsFromIsReportedAtTheLevel() throws IOException {
        threeLevelDeck(null);
        write("exercises/talk.yaml", EXERCISE.formatted("talk", phase("ladder", 1) + phase("ladder", 3)));

        assertThat(messages()).containsExactly("exercises/decks/ladder.yaml:7:5: warning: level 2 \"Warmer\" is"
                + " never drawn: no exercise has a phase with \"deck: ladder\" and \"level: 2\"; use the level in an"
                + " exercise or remove it");
    }

    @Test
    void aDeckNoExerciseUsesIsReportedAtItsId() throws IOException {
        threeLevelDeck(null);
        write("exercises/talk.yaml", """
                id: talk
                title: T
                summary: S
                sources: ["Nurturing Emotional Intimacy in Your Relationship"]
                phases:
                  - {title: T, duration: 1m, active: A, instructions: I}
                """);

        assertThat(messages()).containsExactly("exercises/decks/ladder.yaml:1:5: warning: no exercise draws from"
                + " deck \"ladder\": add a phase with \"deck: ladder\" to an exercise, or remove the deck");
    }

    @Test
    void climbingReachesTheOrdinaryLevelsButNotAnOptInOne() throws IOException {
        threeLevelDeck("Old hurts. Choose them only if you both want to.");
        write("exercises/talk.yaml", EXERCISE.formatted("talk", phase("ladder", 0)));

        assertThat(messages()).containsExactly("exercises/decks/ladder.yaml:9:5: warning: level 3 \"Deeper\" is"
                + " never drawn: no exercise has a phase with \"deck: ladder\" and \"level: 3\" (an opt-in level is"
                + " drawn only where a phase names it); use the level in an exercise or remove it");

        write("exercises/deep.yaml", EXERCISE.formatted("deep", phase("ladder", 3)));
        assertThat(messages()).isEmpty();
        Deck ladder = ContentLoader.load(root).library().deck("ladder").orElseThrow();
        assertThat(ladder.isOptIn(3)).isTrue();
        assertThat(ladder.isOptIn(2)).isFalse();
        assertThat(ladder.levels().get(2).optIn()).isEqualTo("Old hurts. Choose them only if you both want to.");
    }

    @Test
    void aBrokenExerciseStillCountsAsDrawingItsLevels() throws IOException {
        threeLevelDeck(null);
        write("exercises/talk.yaml", EXERCISE.formatted("talk", phase("ladder", 1) + phase("ladder", 2)
                + phase("ladder", 3) + "  - {title: T, duration: 5s, active: A, instructions: I}\n"));

        assertThat(messages()).hasSize(1).allMatch(m -> m.contains("phase duration must be between"));
    }

    @Test
    void theShippedLibraryDrawsEveryLevelOfEveryDeck() throws IOException {
        copyShipped();
        replaceIn("exercises/closing-round.yaml", "    deck: appreciation\n    level: 3\n", "");

        assertThat(messages()).containsExactly("exercises/decks/appreciation.yaml:28:5: warning: level 3"
                + " \"Us over the years\" is never drawn: no exercise has a phase with \"deck: appreciation\" and"
                + " \"level: 3\"; use the level in an exercise or remove it");
    }

    // ---------------------------------------------------------------- sources

    @Test
    void aWrongCreditIsReportedInExercisesDecksAndHandouts() throws IOException {
        copyShipped();
        replaceIn("exercises/softened-start.yaml", "  - \"5 Steps to Building Emotional Intimacy in Relationships\"",
                "  - \"The Seven Principles for Making Marriage Work\"");
        replaceIn("exercises/decks/tender-things.yaml",
                "  - \"Nurturing Emotional Intimacy in Your Relationship\"", "  - \"Emotional Intimacy 101\"");
        replaceIn("handouts/i-statements.md", "  - \"5 Steps to Building Emotional Intimacy in Relationships\"",
                "  - \"5 Steps to Building Emotional Intimacy in Relationship\"");

        assertThat(messages()).containsExactly(
                "exercises/decks/tender-things.yaml:5:5: warning: source \"Emotional Intimacy 101\" is not one of the"
                        + " 5 articles Kindred draws on; credit only those, by the titles listed in"
                        + " docs/CONTENT-FORMAT.md",
                "exercises/softened-start.yaml:6:5: warning: source \"The Seven Principles for Making Marri...\""
                        + " is not one of the 5 articles Kindred draws on; credit only those, by the titles listed in"
                        + " docs/CONTENT-FORMAT.md",
                "handouts/i-statements.md:6:5: warning: source \"5 Steps to Building Emotional Intimac...\" is not"
                        + " quite an article title; did you mean \"5 Steps to Building Emotional Intimacy in"
                        + " Relationships\"?");
    }

    @Test
    void theArticleTableMatchesTheFormatDocumentAndTheCreditsPage() throws IOException {
        String format = Files.readString(SHIPPED.resolve("docs/CONTENT-FORMAT.md"));
        String credits = Files.readString(SHIPPED.resolve("handouts/credits-and-reading.md"));
        for (Articles.Article a : Articles.ALL) {
            assertThat(format).contains("| " + a.title() + " |");
            assertThat(credits).contains("  - \"" + a.title() + "\"");
            if (a.author() != null) {
                assertThat(credits).contains(a.author());
            }
        }
        assertThat(Ids.ARTICLE_TITLES).hasSize(5).isEqualTo(Articles.titles());
    }

    // ---------------------------------------------------------------- near-duplicates

    @Test
    void aPromptRewordedIntoAnotherDeckIsANearDuplicate() throws IOException {
        copyShipped();
        replaceIn("exercises/decks/question-ladder.yaml", "      - What song do you never skip when it comes on?\n",
                "      - What song do you never skip when it comes on?\n"
                        + "      - Which cause would you stand up for, even when it costs you friends?\n");

        assertThat(messages()).containsExactly("exercises/decks/values-and-dreams.yaml:11:9: warning: this prompt"
                + " is a near-duplicate of \"Which cause would you stand up for, even when it costs you friends?\""
                + " (exercises/decks/question-ladder.yaml line 19): similarity 0.75, at least 0.50 counts as a"
                + " near-duplicate; shared words: cost, even, stand. Merge them or reword one");
    }

    @Test
    void twoPromptsBuiltOnTheSamePhraseAreNearDuplicatesEvenInOneDeck() throws IOException {
        copyShipped();
        replaceIn("exercises/decks/appreciation.yaml", "      - You made me laugh when …\n",
                "      - You made me laugh when …\n      - I noticed how much effort you put into …\n");

        assertThat(messages()).singleElement().asString()
                .startsWith("exercises/decks/appreciation.yaml:18:9: warning: this prompt is a near-duplicate of"
                        + " \"I noticed the effort you put into …\" (exercises/decks/appreciation.yaml line 11):"
                        + " similarity 1.00");
    }

    @Test
    void promptsThatShareOnlyOneWordAreNotFlagged() throws IOException {
        copyShipped();
        replaceIn("exercises/decks/appreciation.yaml", "      - You made me laugh when …\n",
                "      - You made me laugh when …\n      - A day with you feels complete when …\n");

        assertThat(messages()).isEmpty();
    }

    @Test
    void theSimilarityRuleIsTheDocumentedOne() {
        assertThat(PromptSimilarity.THRESHOLD).isEqualTo(0.5);
        assertThat(PromptSimilarity.MIN_SHARED).isEqualTo(2);
        assertThat(PromptSimilarity.contentWords("What have you changed your mind about in the last few years?"))
                .containsExactly("chang", "mind", "few", "year");
        assertThat(PromptSimilarity.contentWords("What would you like our home to have stood for?"))
                .containsExactly("hom", "stand");
        // Shares "home" and nothing else: not a near-duplicate however short the prompts.
        assertThat(PromptSimilarity.nearDuplicates("What would you like our home to feel like to someone who walks in?",
                "What would you want people to say our home stood for?")).isFalse();
        assertThat(PromptSimilarity.similarity("How do you like to give back, to the people around you?",
                "What do you hope our life together gives back to the people around us?")).isGreaterThan(0.5);
        assertThat(PromptSimilarity.nearDuplicates("How do you like to give back, to the people around you?",
                "What do you hope our life together gives back to the people around us?")).isTrue();
        assertThat(PromptSimilarity.similarity("Favourite meal?", "?")).isZero();
    }

    // ---------------------------------------------------------------- programme handouts

    @Test
    void aProgrammeMayNameHandoutsOfItsOwnAndTheyAreCheckedAndGoHomeLast() throws IOException {
        copyShipped();
        ContentLibrary library = ContentLoader.load(root).library();
        Programme taster = library.programme("kiosk-taster").orElseThrow();
        assertThat(taster.handouts()).containsExactly("faq");
        assertThat(library.takeHomeHandouts(taster)).extracting(Handout::id)
                .containsExactly("listening-card", "i-statements", "getting-support", "appreciation-notes", "faq");

        replaceIn("exercises/programmes/kiosk-taster.yaml", "handouts: [faq]", "handouts: [fqa]");
        assertThat(messages()).containsExactly("exercises/programmes/kiosk-taster.yaml:11:12: error: no handout"
                + " with id \"fqa\"; did you mean \"faq\"?");
    }
}
