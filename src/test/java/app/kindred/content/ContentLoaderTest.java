package app.kindred.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader's model and its handling of files named one by one. */
class ContentLoaderTest {
    @TempDir
    Path root;

    private Path write(String relative, String text) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private void writeLibrary() throws IOException {
        write("exercises/talk.yaml", """
                id: talk
                title: Talk
                summary: Talk and listen.
                sources: ["Nurturing Emotional Intimacy in Your Relationship"]
                roles: {A: Speaker, B: Listener}
                swap: true
                handouts: [sheet]
                phases:
                  - title: Speak
                    duration: 1m30s
                    active: each
                    instructions: "{A}, speak. {B}, listen."
                    stems: ["I feel …"]
                    deck: ladder
                    level: 2
                  - title: Note
                    duration: 1m
                    active: both
                    instructions: Write.
                    reflection: What did you hear?
                    deck: ladder
                    level: 1
                """);
        write("exercises/decks/ladder.yaml", """
                id: ladder
                title: Ladder
                levels:
                  - name: Light
                    prompts: ["Favourite meal?"]
                  - name: Deeper
                    prompts: ["A hope?", "A fear?"]
                """);
        write("exercises/programmes/evening.yaml", """
                id: evening
                title: Evening
                summary: Talk, tea, talk.
                audience: room
                length: 25m
                items:
                  - exercise: talk
                  - break: Tea
                    duration: 5m
                  - exercise: talk
                    duration: 12m
                """);
        write("handouts/sheet.md", """
                ---
                id: sheet
                title: A Sheet
                audience: everyone
                ---
                # A Sheet

                ```lines
                label: Notes
                ```
                """);
    }

    @Test
    void aCleanLibraryLoadsIntoTheRecords() throws IOException {
        writeLibrary();

        ContentLoader.Result result = ContentLoader.load(root);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.fileCount()).isEqualTo(4);
        Exercise talk = result.library().exercise("talk").orElseThrow();
        assertThat(talk.roles()).isEqualTo(new Roles("Speaker", "Listener"));
        assertThat(talk.swap()).isTrue();
        assertThat(talk.handouts()).containsExactly("sheet");
        assertThat(talk.phases()).extracting(Phase::active).containsExactly(Active.EACH, Active.BOTH);
        assertThat(talk.phases().get(0).level()).isEqualTo(2);
        assertThat(talk.phases().get(1).reflection()).isEqualTo("What did you hear?");
        assertThat(talk.totalDuration()).isEqualTo(Duration.ofMinutes(8)); // (2 x 1m30s + 1m) x 2
        assertThat(talk.origin().displayName()).isEqualTo("exercises/talk.yaml");
        Programme evening = result.library().programme("evening").orElseThrow();
        assertThat(evening.items()).containsExactly(ProgrammeItem.exercise("talk", Duration.ofMinutes(8)),
                ProgrammeItem.pause("Tea", Duration.ofMinutes(5)), ProgrammeItem.exercise("talk", Duration.ofMinutes(12)));
        assertThat(evening.audience()).isEqualTo(Audience.ROOM);
        Handout sheet = result.library().handout("sheet").orElseThrow();
        assertThat(sheet.bodyFirstLine()).isEqualTo(6);
        assertThat(sheet.markdown()).startsWith("# A Sheet\n");
        assertThat(sheet.audience()).isEqualTo("everyone");
        assertThat(result.library().deck("ladder").orElseThrow().promptCount()).isEqualTo(3);
    }

    @Test
    void aFileNamedAloneIsCheckedAgainstTheRestOfItsFolderQuietly() throws IOException {
        writeLibrary();
        Path lone = write("exercises/lone.yaml", """
                id: lone
                title: Lone
                summary: S
                sources: ["Nurturing Emotional Intimacy in Your Relationship"]
                handouts: [shet]
                phases:
                  - {title: T, duration: 1m, active: A, instructions: I, deck: ladder, level: 3}
                """);
        write("exercises/other-broken.yaml", "id: [");

        ContentLoader.Result result = ContentLoader.loadPaths(List.of(lone));

        assertThat(result.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                lone + ":5:12: error: no handout with id \"shet\"; did you mean \"sheet\"?",
                lone + ":7:64: error: level 3 is out of range: deck \"ladder\" has 2 levels (1-2)");
        assertThat(result.fileCount()).isEqualTo(1);
    }

    @Test
    void aYamlFileOutsideTheFoldersIsRecognisedByItsKeys() throws IOException {
        Path deck = write("loose/some-deck.yaml", "id: some-deck\ntitle: D\nlevels:\n  - name: L\n    prompts: []\n");

        assertThat(ContentLoader.loadPaths(List.of(deck)).diagnostics()).extracting(Diagnostic::message)
                .containsExactly("prompts is empty; add at least one prompt");
    }

    @Test
    void aFileThatIsNotContentIsReported() throws IOException {
        Path txt = write("notes.txt", "hello");

        assertThat(ContentLoader.loadPaths(List.of(txt)).diagnostics()).extracting(Diagnostic::toString)
                .containsExactly(txt + ": error: not a content file: Kindred reads .yaml files (exercises, decks,"
                        + " programmes) and .md files (handouts)");
    }

    @Test
    void aYmlFileInAContentFolderIsPointedOutNotSilentlySkipped() throws IOException {
        write("exercises/typo.yml", "id: typo\n");

        assertThat(ContentLoader.load(root).diagnostics()).extracting(Diagnostic::toString)
                .containsExactly("exercises/typo.yml: warning: ignored: Kindred reads .yaml files; rename it to typo.yaml");
    }

    @Test
    void aDuplicateIsReportedOnTheFileBeingCheckedEvenWhenItSortsFirst() throws IOException {
        writeLibrary();
        Path copy = write("exercises/aaa-copy.yaml", Files.readString(root.resolve("exercises/talk.yaml")));

        assertThat(ContentLoader.loadPaths(List.of(copy)).diagnostics()).extracting(Diagnostic::message)
                .contains("duplicate exercise id \"talk\": also used by " + root.resolve("exercises/talk.yaml")
                        + "; give one of them another id");
    }

    @Test
    void handoutBodiesAreRepairedLineByLineAndWindowsLineEndingsAreFine() throws IOException {
        write("handouts/pasted.md", "---\r\nid: pasted\r\ntitle: Pasted\r\n---\r\n# Pasted\r\n\r\n"
                + "-\tfirst\r\n- a dееp\u00a0talk\r\n\r\n```lines\r\nlabel: Notes\r\n```\r\n");

        ContentLoader.Result result = ContentLoader.load(root);

        assertThat(result.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "handouts/pasted.md:7:2: warning: repaired 1 tab",
                "handouts/pasted.md:8:6: warning: repaired 2 look-alike letters (Cyrillic е in \"dееp\") and 1"
                        + " non-breaking space");
        assertThat(result.library().handout("pasted").orElseThrow().markdown())
                .isEqualTo("# Pasted\n\n-   first\n- a deep talk\n\n```lines\nlabel: Notes\n```\n");
    }

    @Test
    void aFolderWithNothingToCheckIsPointedOut() throws IOException {
        Path empty = Files.createDirectories(root.resolve("typo-folder"));

        assertThat(ContentLoader.loadPaths(List.of(empty)).diagnostics()).extracting(Diagnostic::toString)
                .containsExactly(empty + ": warning: no content files here (.yaml or .md)");
    }

    @Test
    void itemsThatSqueezeOrStretchAnExerciseTooFarAreWarnedAbout() throws IOException {
        writeLibrary(); // talk: 8m in all, shortest phase 1m
        write("exercises/programmes/squeezed.yaml", """
                id: squeezed
                title: Squeezed
                summary: Too short, too short, too long.
                length: 23m
                items:
                  - exercise: talk
                    duration: 1m
                  - exercise: talk
                    duration: 3m
                  - exercise: talk
                    duration: 19m
                """);

        assertThat(ContentLoader.load(root).diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "exercises/programmes/squeezed.yaml:6:5: warning: item 1 gives \"talk\" 1m instead of its 8m: its"
                        + " shortest phase would last only 7s; allow at least 2m",
                "exercises/programmes/squeezed.yaml:8:5: warning: item 2 gives \"talk\" 3m instead of its 8m: every"
                        + " phase would be cut by more than half; allow at least 4m",
                "exercises/programmes/squeezed.yaml:10:5: warning: item 3 gives \"talk\" 19m instead of its 8m: every"
                        + " phase would be more than twice as long; allow at most 16m");
    }

    @Test
    void aRootWithoutContentFoldersSaysSoInsteadOfLoadingNothingSilently() {
        ContentLoader.Result result = ContentLoader.load(root.resolve("missing"));

        assertThat(result.library().exercises()).isEmpty();
        assertThat(result.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                root.resolve("missing") + ": error: no exercises/ or handouts/ folder here; nothing to load");
    }

    @Test
    void aDraftFolderWithOnlyExercisesIsCheckedAgainstTheDefaultContentRoot(@TempDir Path drafts) throws IOException {
        writeLibrary();
        Path draft = drafts.resolve("exercises/draft.yaml");
        Files.createDirectories(draft.getParent());
        Files.writeString(draft, """
                id: draft
                title: Draft
                summary: S
                sources: ["Nurturing Emotional Intimacy in Your Relationship"]
                handouts: [shet]
                phases:
                  - {title: T, duration: 1m, active: A, instructions: I, deck: ladders}
                """);
        System.setProperty("kindred.content", root.toString());
        try {
            assertThat(ContentLoader.loadPaths(List.of(draft)).diagnostics()).extracting(Diagnostic::message)
                    .containsExactly("no handout with id \"shet\"; did you mean \"sheet\"?",
                            "no deck with id \"ladders\"; did you mean \"ladder\"?");
        } finally {
            System.clearProperty("kindred.content");
        }
    }

    @Test
    void aFilePastedFromTheWebWithLookAlikeLettersInKeysAndWordsStillLoads() throws IOException {
        writeLibrary();
        // Every "e" is a Cyrillic "е" (U+0435), keys and single-word values included.
        String pasted = Files.readString(root.resolve("exercises/talk.yaml")).replace('e', '\u0435');
        write("exercises/talk.yaml", pasted);

        ContentLoader.Result result = ContentLoader.load(root);

        assertThat(result.errors()).isEmpty();
        Exercise talk = result.library().exercise("talk").orElseThrow();
        assertThat(talk.phases().get(0).active()).isEqualTo(Active.EACH);
        assertThat(talk.phases().get(1).reflection()).isEqualTo("What did you hear?");
        assertThat(result.warnings()).extracting(Diagnostic::toString)
                .anyMatch(w -> w.endsWith("talk.yaml:2:1: warning: key \"title\": repaired 1 look-alike letter"
                        + " (Cyrillic \u0435 in \"titl\u0435\")"))
                .anyMatch(w -> w.contains("talk.yaml:11:13: warning: repaired 1 look-alike letter (Cyrillic \u0435 in \"\u0435ach\")"));
    }

    @Test
    void aHandoutWhoseIdHasLookAlikeLettersIsFoundByItsRepairedIdEverywhere() throws IOException {
        writeLibrary();
        write("exercises/talk.yaml", Files.readString(root.resolve("exercises/talk.yaml"))
                .replace("handouts: [sheet]", "handouts: [appreciation-notes]"));
        // Pasted from the web: both "e"s of the id are Cyrillic "е" (U+0435).
        write("handouts/appreciation-notes.md", """
                ---
                id: apprеciation-notеs
                title: Appreciation notes
                ---
                # Notes
                """);

        ContentLoader.Result result = ContentLoader.load(root);

        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).extracting(Diagnostic::toString)
                .anyMatch(w -> w.contains("appreciation-notes.md:2:5: warning: repaired 2 look-alike letters"));
        assertThat(result.library().handout("appreciation-notes")).isPresent();
        assertThat(result.library().exercise("talk").orElseThrow().handouts()).containsExactly("appreciation-notes");
    }

    @Test
    void aMessageQuotingTwoStringsThatLookAlikeNamesTheCharactersThatDiffer() {
        assertThat(Suggestions.didYouMean("apprеciation-notеs", "appreciation-notes"))
                .isEqualTo("; did you mean \"appreciation-notes\"? (they look alike but differ:"
                        + " character 5 is U+0435 CYRILLIC SMALL LETTER IE in the first, U+0065 LATIN SMALL LETTER E"
                        + " in the second; character 17 is U+0435 CYRILLIC SMALL LETTER IE in the first,"
                        + " U+0065 LATIN SMALL LETTER E in the second)");
        assertThat(LookAlikes.differences("sheet​", "sheet"))
                .isEqualTo(" (they look alike but differ: character 6 of the first is the invisible U+200B ZERO WIDTH SPACE)");
        assertThat(Suggestions.didYouMean("shet", "sheet")).isEqualTo("; did you mean \"sheet\"?");
        assertThat(LookAlikes.differences("sheet", "sheet")).isEmpty();
    }

    @Test
    void renderingLoadsOnlyTheHandoutsAndGetsTheSameHandoutsAndHandoutErrors() throws IOException {
        writeLibrary();
        write("handouts/no-title.md", "---\nid: no-title\n---\nBody.\n");
        write("handouts/sheet-copy.md", Files.readString(root.resolve("handouts/sheet.md")));
        write("exercises/broken.yaml", "id: [");

        ContentLoader.Result all = ContentLoader.load(root);
        ContentLoader.Result handouts = ContentLoader.loadHandouts(root);

        assertThat(handouts.library().handouts()).isEqualTo(all.library().handouts()).isNotEmpty();
        assertThat(handouts.errors()).isEqualTo(all.errors().stream()
                .filter(d -> d.file().startsWith("handouts/")).toList()).isNotEmpty();
        assertThat(handouts.library().exercises()).isEmpty();
        assertThat(ContentLoader.loadHandouts(Path.of("")).library().handouts())
                .isEqualTo(ContentLoader.load(Path.of("")).library().handouts());
    }
}
