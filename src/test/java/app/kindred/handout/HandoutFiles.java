package app.kindred.handout;

import app.kindred.content.Handout;
import app.kindred.content.SourceFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Test-side reader for handout files (front matter + Markdown), independent of the content loader. */
final class HandoutFiles {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private HandoutFiles() {
    }

    /** The shipped handouts/ folder if it has files, else the test fixtures. */
    static List<Handout> shipped() {
        Path shipped = Path.of("handouts");
        List<Handout> list = Files.isDirectory(shipped) ? folder(shipped) : List.of();
        return list.isEmpty() ? folder(Path.of("src/test/resources/handouts")) : list;
    }

    static List<Handout> folder(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Handout> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                out.add(read(p));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Handout read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (!text.startsWith("---\n")) {
            throw new IOException(file + ": no front matter");
        }
        int end = text.indexOf("\n---", 4);
        String front = text.substring(4, end);
        int bodyStart = text.indexOf('\n', end + 1) + 1;
        JsonNode meta = YAML.readTree(front);
        List<String> sources = new ArrayList<>();
        meta.path("sources").forEach(n -> sources.add(n.asText()));
        return new Handout(meta.path("id").asText(), meta.path("title").asText(), meta.path("audience").asText("couples"),
                sources, text.substring(bodyStart), 1, SourceFile.of(file));
    }
}
