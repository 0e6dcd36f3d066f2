package app.kindred.content;

import java.util.List;

/**
 * A take-home worksheet from {@code handouts/ID.md}.
 *
 * @param markdown      the body after the front matter, already repaired
 * @param bodyFirstLine the 1-based line in the file where the body starts, for messages
 */
public record Handout(
        String id,
        String title,
        String audience,
        List<String> sources,
        String markdown,
        int bodyFirstLine,
        SourceFile origin) {

    public Handout {
        sources = List.copyOf(sources);
    }
}
