package app.kindred;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, item 5: {@code docs/COPY.md} lists every sentence a couple or a facilitator reads,
 * and it and the resource bundles cannot drift apart. Every bundle value is in COPY.md word for
 * word (as {@code - `bundle:key`: text}); every line of COPY.md names a key the bundle has, with
 * that value.
 */
class CopyDocTest {
    /** Short name in COPY.md → bundle on the classpath. */
    static final Map<String, String> BUNDLES = Map.of(
            "kiosk", "/app/kindred/ui/Messages.properties",
            "console", "/app/kindred/ui/console/Console.properties",
            "kiosks", "/app/kindred/ui/console/Kiosks.properties",
            "print", "/app/kindred/print/PrintMessages.properties",
            "persist", "/app/kindred/persist/PersistMessages.properties",
            "app", "/app/kindred/app/AppMessages.properties",
            "paper", "/app/kindred/handout/pdf-words.properties");

    private static final Pattern LINE = Pattern.compile("^- `([a-z]+):([A-Za-z0-9_.-]+)`: ?(.*)$");

    @Test
    void copyMdAndTheBundlesSayTheSameThing() throws IOException {
        Map<String, String> doc = readDoc(Path.of("docs/COPY.md"));
        Map<String, String> bundles = readBundles();
        List<String> problems = new ArrayList<>();
        bundles.forEach((key, value) -> {
            String written = doc.get(key);
            if (written == null) {
                problems.add("missing from COPY.md, add under its screen: - `" + key + "`: " + value);
            } else if (!written.equals(value)) {
                problems.add("COPY.md and the bundle differ for " + key + ":\n    COPY.md: " + written + "\n    bundle:  " + value);
            }
        });
        doc.keySet().stream().filter(k -> !bundles.containsKey(k))
                .forEach(k -> problems.add("COPY.md names " + k + ", which no bundle has"));
        assertThat(problems).as("docs/COPY.md against the bundles").isEmpty();
    }

    @Test
    void theWordsTheIssueNamedAreGoneFromWhatCouplesRead() throws IOException {
        Map<String, String> bundles = readBundles();
        bundles.forEach((key, value) -> {
            if (key.startsWith("kiosk:") || key.startsWith("print:couple.") || key.startsWith("console:room.")) {
                assertThat(value.toLowerCase(java.util.Locale.ROOT)).as(key)
                        .doesNotContain("wiped", "restarted", "calm-down", "your sign", "only you see");
            }
        });
    }

    static Map<String, String> readDoc(Path file) throws IOException {
        Map<String, String> doc = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                String key = m.group(1) + ":" + m.group(2);
                assertThat(doc.put(key, m.group(3).strip())).as("listed twice in COPY.md: " + key).isNull();
            }
        }
        return doc;
    }

    static Map<String, String> readBundles() throws IOException {
        Map<String, String> all = new LinkedHashMap<>();
        for (Map.Entry<String, String> b : BUNDLES.entrySet()) {
            Properties p = new Properties();
            try (InputStream in = CopyDocTest.class.getResourceAsStream(b.getValue())) {
                assertThat(in).as(b.getValue()).isNotNull();
                p.load(in);
            }
            for (String k : p.stringPropertyNames()) {
                all.put(b.getKey() + ":" + k, p.getProperty(k).strip());
            }
        }
        return all;
    }
}
