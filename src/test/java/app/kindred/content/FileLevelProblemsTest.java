package app.kindred.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems with the bytes of a file rather than its YAML: size, encoding, stray characters, line ends. */
class FileLevelProblemsTest {
    private static final String VALID = "id: %s\ntitle: %s\nsummary: S\n"
            + "sources: [\"Nurturing Emotional Intimacy in Your Relationship\"]\n"
            + "phases:\n  - title: Talk\n    duration: 2m\n    active: A\n    instructions: Talk.\n";

    @TempDir
    Path root;

    private List<String> load(String name, byte[] bytes) throws IOException {
        Path dir = Files.createDirectories(root.resolve("exercises"));
        Files.write(dir.resolve(name), bytes);
        return ContentLoader.load(root).diagnostics().stream().map(Diagnostic::toString).toList();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithoutParsing() throws IOException {
        Path dir = Files.createDirectories(root.resolve("exercises"));
        try (OutputStream out = Files.newOutputStream(dir.resolve("huge.yaml"))) {
            byte[] chunk = utf8("title: " + "x".repeat(1017) + "\n");
            for (int i = 0; i < 10 * 1024; i++) {
                out.write(chunk);
            }
        }
        assertThat(ContentLoader.load(root).diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "exercises/huge.yaml:1:1: error: file is 10.0 MiB; content files may be at most 256 KiB"
                        + " (is this the right file?)");
    }

    @Test
    void bytesThatAreNotUtf8AreReportedWithTheirPosition() throws IOException {
        byte[] latin1 = String.format(VALID, "latin", "Caf\u00e9 talk").getBytes(StandardCharsets.ISO_8859_1);

        assertThat(load("latin.yaml", latin1)).containsExactly("exercises/latin.yaml:2:11: error: not valid UTF-8:"
                + " byte 0xE9 cannot be read here; save the file as UTF-8 (the text may have been pasted from a"
                + " document in another encoding)");
    }

    @Test
    void utf16IsRecognisedAndRefused() throws IOException {
        byte[] bytes = ("\uFEFF" + String.format(VALID, "wide", "Wide")).getBytes(StandardCharsets.UTF_16LE);

        assertThat(load("wide.yaml", bytes)).containsExactly(
                "exercises/wide.yaml:1:1: error: file is saved as UTF-16; save it as UTF-8");
    }

    @Test
    void aUtf8ByteOrderMarkAndWindowsLineEndingsAreFine() throws IOException {
        String text = "\uFEFF" + String.format(VALID, "windows", "Windows").replace("\n", "\r\n");

        assertThat(load("windows.yaml", utf8(text))).isEmpty();
    }

    @Test
    void controlCharactersAreDroppedAndLaterColumnsStillPointAtTheFileAsWritten() throws IOException {
        // Two BELs on line 7 before the bad duration: the parser never sees them, the message still
        // gives the column an editor shows.
        String text = String.format(VALID, "bells", "Bells").replace("duration: 2m", "\u0007\u0007duration: -2m");

        assertThat(load("bells.yaml", utf8(text))).containsExactly(
                "exercises/bells.yaml:7:5: warning: removed 2 control characters",
                "exercises/bells.yaml:7:17: error: duration must be a duration like 90s, 3m or 1m30s, got \"-2m\"");
    }

    @Test
    void nulBytesFromABinaryFileAreReportedNotCrashedOn() throws IOException {
        byte[] bytes = {'i', 'd', ':', ' ', 0, 0, 0, '\n'};

        assertThat(load("binary.yaml", bytes)).contains("exercises/binary.yaml:1:5: warning: removed 3 control characters");
    }

    @Test
    void anAliasBombIsRefusedAtTheFirstAnchor() throws IOException {
        StringBuilder b = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            b.append(c).append(": &").append(c).append(" [").append(("*" + previous + ",").repeat(8))
                    .append('*').append(previous).append("]\n");
            previous = c;
        }

        assertThat(load("bomb.yaml", utf8(b.toString()))).containsExactly(
                "exercises/bomb.yaml:1:1: error: this does not look like a Kindred exercise: it has no \"id:\" line;"
                        + " content files are \"key: value\" lines (id:, title:, ...) as described in"
                        + " docs/CONTENT-FORMAT.md",
                "exercises/bomb.yaml:1:4: error: YAML anchors (&a) are not allowed in Kindred files; write the text"
                        + " out in full");
    }

    @Test
    void proseSavedAsYamlIsCalledOutAsNotAContentFile() throws IOException {
        String prose = "Nurturing Emotional Intimacy\n\nEmotional intimacy is: a deep bond. It matters.\n";

        assertThat(load("article.yaml", utf8(prose))).containsExactly(
                "exercises/article.yaml:1:1: error: this does not look like a Kindred exercise: it has no \"id:\" line;"
                        + " content files are \"key: value\" lines (id:, title:, ...) as described in"
                        + " docs/CONTENT-FORMAT.md",
                "exercises/article.yaml:3:22: error: a colon is out of place here; if the text itself contains \": \","
                        + " put the whole text in quotes");
    }

    @Test
    void veryDeepNestingIsRefusedCleanly() throws IOException {
        String deep = "id: deep\ntitle: " + "[".repeat(200_000) + "\n";

        assertThat(load("deep.yaml", utf8(deep))).containsExactly("exercises/deep.yaml:2:39: error: nested too deeply"
                + " (more than 32 levels); check the indentation and the [ ] and { } brackets");
    }

    @Test
    void deepBlockIndentationIsRefusedCleanly() throws IOException {
        StringBuilder b = new StringBuilder("id: stairs\n");
        for (int i = 0; i < 300; i++) {
            b.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        assertThat(load("stairs.yaml", utf8(b.toString()))).containsExactly("exercises/stairs.yaml:34:65: error:"
                + " nested too deeply (more than 32 levels); check the indentation and the [ ] and { } brackets");
    }

    @Test
    void oneBrokenFileDoesNotStopTheOthers() throws IOException {
        Path dir = Files.createDirectories(root.resolve("exercises"));
        Files.writeString(dir.resolve("good.yaml"), String.format(VALID, "good", "Good"));
        Files.writeString(dir.resolve("bad.yaml"), "id: bad\ntitle: [unclosed\n");
        Files.writeString(dir.resolve("also-good.yaml"), String.format(VALID, "also-good", "Also good"));

        ContentLoader.Result result = ContentLoader.load(root);

        assertThat(result.library().exercises()).containsOnlyKeys("also-good", "good");
        assertThat(result.errors()).hasSize(1);
        assertThat(result.fileCount()).isEqualTo(3);
    }
}
