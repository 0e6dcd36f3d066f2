package app.kindred.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kindred validate} as a facilitator meets it: compiler-style lines, a count, honest exit codes. */
class ValidateCommandTest extends CommandLineTest {

    @TempDir
    Path temp;

    @AfterEach
    void forgetContentFolder() {
        System.clearProperty("kindred.content");
    }

    private List<String> outLines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theShippedContentIsCleanAndExitsZero() {
        int code = Main.run("validate");

        assertThat(code).isZero();
        assertThat(outLines()).singleElement().asString().matches("0 errors, 0 warnings in \\d+ files");
        assertThat(errText()).isEmpty();
    }

    @Test
    void brokenContentIsListedLikeACompilerWouldThenCountedAndExitsOne() throws IOException {
        Path broken = resource("broken");
        List<String> expected = Files.readAllLines(resource("broken-expected.txt")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> broken + "/" + l.replace("also used by ", "also used by " + broken + "/")
                        .replace("(see ", "(see " + broken + "/"))
                .toList();

        int code = Main.run("validate", broken.toString());

        assertThat(code).isEqualTo(1);
        List<String> lines = outLines();
        assertThat(lines.subList(0, lines.size() - 1)).containsExactlyElementsOf(expected);
        long errors = expected.stream().filter(l -> l.contains(": error: ")).count();
        long warnings = expected.size() - errors;
        assertThat(lines.get(lines.size() - 1)).isEqualTo(errors + " errors, " + warnings + " warnings in 53 files");
        assertThat(errText()).isEmpty();
    }

    @Test
    void theContentRootCanBeNamedWithASystemProperty() throws IOException {
        System.setProperty("kindred.content", resource("broken").toString());

        int code = Main.run("validate");

        assertThat(code).isEqualTo(1);
        assertThat(outLines().get(0)).startsWith("exercises/active-invalid.yaml:8:13: error: active must be A, B,");
    }

    @Test
    void warningsAloneStillExitZero() throws IOException {
        Path file = temp.resolve("pasted.yaml");
        Files.writeString(file, "id: pasted\ntitle: \"Convеrsations\u00a0matter\"\nsummary: S\n"
                + "sources: [\"Nurturing Emotional Intimacy in Your Relationship\"]\n"
                + "phases:\n  - title: Talk\n    duration: 2m\n    active: A\n    instructions: Talk.\n");

        int code = Main.run("validate", file.toString());

        assertThat(code).isZero();
        assertThat(outLines()).containsExactly(
                file + ":2:8: warning: repaired 1 look-alike letter (Cyrillic е in \"Convеrsations\") and 1"
                        + " non-breaking space",
                "0 errors, 1 warning in 1 file");
    }

    @Test
    void strictTurnsWarningsIntoAFailingExitCode() throws IOException {
        Path file = temp.resolve("tabbed.yaml");
        Files.writeString(file, "id: tabbed\ntitle: \"Tab\there\"\nsummary: S\n"
                + "sources: [\"Nurturing Emotional Intimacy in Your Relationship\"]\n"
                + "phases:\n  - title: Talk\n    duration: 2m\n    active: A\n    instructions: Talk.\n");

        assertThat(Main.run("validate", "--strict", file.toString())).isEqualTo(1);
        assertThat(outLines()).containsExactly(file + ":2:8: warning: repaired 1 tab", "0 errors, 1 warning in 1 file");
    }

    @Test
    void aPathThatDoesNotExistIsAUsageError() {
        int code = Main.run("validate", "exercises/no-such-file.yaml");

        assertThat(code).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(errText()).isEqualTo("kindred validate: exercises/no-such-file.yaml: no such file or folder"
                + System.lineSeparator());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(Main.run("validate", "--bogus")).isEqualTo(2);
        assertThat(errText()).startsWith("Unknown option: '--bogus'");
    }

    @Test
    void aFolderWithoutContentIsAUsageErrorWhenNoPathIsGiven() {
        System.setProperty("kindred.content", temp.toString());

        assertThat(Main.run("validate")).isEqualTo(2);
        assertThat(errText()).startsWith("kindred validate: no exercises/ or handouts/ folder in ");
    }

    @Test
    void hostileFilesGetMessagesAndNeverAStackTrace() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("exercises"));
        Files.write(dir.resolve("huge.yaml"), new byte[10 * 1024 * 1024]);
        Files.writeString(dir.resolve("bomb.yaml"), "a: &a [x, x, x]\nb: &b [*a, *a, *a]\n");
        Files.write(dir.resolve("latin1.yaml"), "title: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("deep.yaml"), "title: " + "[".repeat(100_000));
        Files.writeString(dir.resolve("not-yaml.yaml"), "<html><body>{{{ ]]] :::</body></html>\n");
        Files.write(dir.resolve("random.yaml"), new java.util.Random(7).ints(4000, 0, 256)
                .collect(ByteArrayOutputStream::new, (o, b) -> o.write(b), (a, b) -> { }).toByteArray());

        int code = Main.run("validate", temp.toString());

        String all = out.toString(StandardCharsets.UTF_8) + errText();
        assertThat(code).isEqualTo(1);
        assertThat(all).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("bug in Kindred");
        List<String> lines = outLines();
        assertThat(lines.get(lines.size() - 1)).endsWith(" in 6 files");
        assertThat(lines.subList(0, lines.size() - 1)).allSatisfy(l ->
                assertThat(l).matches(java.util.regex.Pattern.quote(temp.toString()) + "/exercises/[a-z0-9-]+\\.yaml"
                        + ":\\d+:\\d+: (error|warning): .+"));
    }

    private static Path resource(String name) {
        try {
            return Path.of(ValidateCommandTest.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
