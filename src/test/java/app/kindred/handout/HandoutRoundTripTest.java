package app.kindred.handout;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.content.Handout;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped handout: render, load, extract; every word of the source appears, in order. */
class HandoutRoundTripTest {
    static Stream<Handout> handouts() {
        List<Handout> all = HandoutFiles.shipped();
        assertThat(all).isNotEmpty();
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handouts")
    void everyWordComesBackInOrder(Handout handout) throws Exception {
        for (Paper paper : Paper.values()) {
            byte[] pdf = new HandoutRenderer().render(handout, RenderOptions.defaults().withPaper(paper));
            // Quotes are printed curly (Typography); the source has straight ones.
            String text = Pdfs.withoutWhitespace(Pdfs.text(pdf)).replaceAll("[\u2018\u2019]", "'").replaceAll("[\u201C\u201D]", "\"");
            int at = 0;
            for (String word : visibleWords(handout.markdown())) {
                int found = text.indexOf(word, at);
                assertThat(found).as("word \"%s\" of %s (%s) after position %d in:%n%s", word, handout.id(), paper, at,
                        text.substring(Math.max(0, at - 80), Math.min(text.length(), at + 200))).isGreaterThanOrEqualTo(0);
                at = found + word.length();
            }
        }
    }

    /**
     * The words a reader should see, read straight from the Markdown source with simple rules
     * (independent of the renderer's own parser): syntax characters and worksheet keys removed.
     */
    static List<String> visibleWords(String markdown) {
        List<String> words = new ArrayList<>();
        boolean fenced = false;
        for (String raw : markdown.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                if (line.matches("(?i)count:.*")) {
                    continue;
                }
                line = line.replaceFirst("(?i)^(label|left|right|days):\\s*", "").replace(",", " ");
                line = line.replaceFirst("^- ", "");
            } else {
                if (line.matches("\\|?[\\s:|-]+\\|?") && line.contains("-")) {
                    continue; // table separator
                }
                line = line.replaceFirst("^#+\\s+", "").replaceFirst("^(>\\s*)+", "")
                        .replaceFirst("^([-*+]|\\d+[.)])\\s+", "");
                line = line.replace("*", "").replace("|", " ").replace("`", "");
            }
            for (String w : line.split("\\s+")) {
                if (!w.isBlank()) {
                    words.add(Normalizer.normalize(w, Normalizer.Form.NFKC));
                }
            }
        }
        return words;
    }
}
