package app.kindred.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random damage to the shipped files (deleted and swapped lines, values of the wrong type,
 * garbage bytes, truncation, deep nesting, pasted junk): the loader must answer with diagnostics,
 * never an exception, a hang, or its own "this is a bug" message. Ten files are damaged per load so
 * 1,200 mutations cost about 120 loads of the library (run time: docs/TIMINGS.md).
 */
class MutationTest {
    private static final long SEED = 20261121L;
    private static final int ROUNDS = 120;
    private static final int FILES_PER_ROUND = 10;

    @TempDir
    Path root;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void damagedFilesOnlyEverProduceLocatedDiagnostics() throws IOException {
        Map<Path, byte[]> originals = copyShippedContent();
        List<Path> files = new ArrayList<>(originals.keySet());
        assertThat(files).hasSizeGreaterThan(FILES_PER_ROUND);
        Random random = new Random(SEED);
        int mutations = 0;
        int filesWithErrors = 0;

        for (int round = 0; round < ROUNDS; round++) {
            List<Path> chosen = new ArrayList<>();
            List<String> applied = new ArrayList<>();
            while (chosen.size() < FILES_PER_ROUND) {
                Path p = files.get(random.nextInt(files.size()));
                if (!chosen.contains(p)) {
                    chosen.add(p);
                    int kind = random.nextInt(Mutator.KINDS);
                    Files.write(p, Mutator.mutate(originals.get(p), kind, random));
                    applied.add(root.relativize(p) + " <- " + Mutator.name(kind));
                    mutations++;
                }
            }

            ContentLoader.Result result = ContentLoader.load(root);

            for (Diagnostic d : result.diagnostics()) {
                assertThat(d.message()).as("round %d %s", round, applied).doesNotContain("bug in Kindred");
                assertThat(d.message()).as("round %d %s", round, applied).isNotBlank();
                if (d.isError()) {
                    assertThat(d.line()).as("%s (round %d %s)", d, round, applied).isPositive();
                }
            }
            filesWithErrors += (int) result.errors().stream().map(Diagnostic::file).distinct().count();
            for (Path p : chosen) {
                Files.write(p, originals.get(p));
            }
        }

        assertThat(mutations).isGreaterThanOrEqualTo(1_000);
        // Most damage is noticed (some mutations, like deleting a blank line, are harmless).
        assertThat(filesWithErrors).isGreaterThan(mutations / 3);
    }

    private Map<Path, byte[]> copyShippedContent() throws IOException {
        Path shipped = Path.of("").toAbsolutePath();
        Map<Path, byte[]> originals = new LinkedHashMap<>();
        for (String folder : List.of("exercises", "exercises/decks", "exercises/programmes", "handouts")) {
            Path from = shipped.resolve(folder);
            Path to = Files.createDirectories(root.resolve(folder));
            if (!Files.isDirectory(from)) {
                continue;
            }
            try (Stream<Path> list = Files.list(from)) {
                for (Path p : list.filter(Files::isRegularFile).sorted().toList()) {
                    byte[] bytes = Files.readAllBytes(p);
                    Path copy = to.resolve(p.getFileName().toString());
                    Files.write(copy, bytes);
                    originals.put(copy, bytes);
                }
            }
        }
        return originals;
    }

    /** The kinds of damage, each a small function of the file's bytes. */
    static final class Mutator {
        static final int KINDS = 12;
        private static final String[] WRONG_VALUES = {"[1, 2]", "{a: b}", "42", "", "~", "true", "-3m", "\"\"",
            "[", "{", "'unclosed", "\"unclosed", "&anchor x", "*alias", "!!python/object:os.system x", "- item",
            "3h", "0s", "{A} {C}", "- [nested, [list]]"};
        private static final String PUNCTUATION = ":\"-'&*!|>%@`[]{},#?";
        private static final String[] JUNK = {"\u00a0", "\u200b", "\u0435", "\u0430", "\t", "\u0007", "\u202e",
            "\ufeff", "\u2028", "\r", "\u0000", "\ud83d\ude00", "\u0301", ":", "#", "---\n", "```\n", "{", "}"};

        static String name(int kind) {
            return List.of("delete line", "duplicate line", "swap lines", "wrong value type", "garbage bytes",
                    "truncate", "deep nesting", "shift indentation", "punctuation", "pasted junk", "empty",
                    "invalid utf-8 tail").get(kind);
        }

        static byte[] mutate(byte[] original, int kind, Random r) {
            String text = new String(original, StandardCharsets.UTF_8);
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            int i = r.nextInt(lines.size());
            switch (kind) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, lines.get(i));
                case 2 -> {
                    int j = r.nextInt(lines.size());
                    String t = lines.get(i);
                    lines.set(i, lines.get(j));
                    lines.set(j, t);
                }
                case 3 -> {
                    String line = lines.get(i);
                    int colon = line.indexOf(": ");
                    String value = WRONG_VALUES[r.nextInt(WRONG_VALUES.length)];
                    lines.set(i, colon >= 0 ? line.substring(0, colon + 2) + value : line + value);
                }
                case 4 -> {
                    byte[] out = original.clone();
                    for (int n = 0; n < 1 + r.nextInt(8) && out.length > 0; n++) {
                        out[r.nextInt(out.length)] = (byte) r.nextInt(256);
                    }
                    return out;
                }
                case 5 -> {
                    return java.util.Arrays.copyOf(original, r.nextInt(original.length + 1));
                }
                case 6 -> {
                    int depth = 1 + r.nextInt(5000);
                    String open = r.nextBoolean() ? "[" : "{a: ";
                    lines.set(i, lines.get(i) + " " + open.repeat(depth));
                }
                case 7 -> {
                    String line = lines.get(i);
                    lines.set(i, r.nextBoolean() ? " ".repeat(1 + r.nextInt(3)) + line : line.stripLeading());
                }
                case 8, 9 -> {
                    String line = lines.get(i);
                    int at = line.isEmpty() ? 0 : r.nextInt(line.length() + 1);
                    String junk = kind == 8 ? String.valueOf(PUNCTUATION.charAt(r.nextInt(PUNCTUATION.length())))
                            : JUNK[r.nextInt(JUNK.length)];
                    lines.set(i, line.substring(0, at) + junk + line.substring(at));
                }
                case 10 -> {
                    return new byte[0];
                }
                default -> {
                    byte[] out = java.util.Arrays.copyOf(original, original.length + 2);
                    out[out.length - 2] = (byte) 0xC3;
                    out[out.length - 1] = (byte) 0x28;
                    return out;
                }
            }
            return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        }
    }
}
