package app.kindred.handout;

import app.kindred.content.Handout;
import app.kindred.content.SourceFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Shipped handouts through the content loader; test fixtures outside handouts/ read with a small front-matter reader. */
final class HandoutFiles {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private HandoutFiles() {
    }

    /** Every shipped handout, through the real content loader. */
    static List<Handout> shipped() {
        return List.copyOf(app.kindred.content.ContentLoader.load(Path.of("")).library().handouts().values());
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
