package app.kindred.content;

import java.util.List;

/** A prompt deck from {@code exercises/decks/ID.yaml}; levels go from light to deeper. */
public record Deck(String id, String title, List<String> sources, List<DeckLevel> levels, SourceFile origin) {
    public Deck {
        sources = List.copyOf(sources);
        levels = List.copyOf(levels);
    }

    public int promptCount() {
        return levels.stream().mapToInt(l -> l.prompts().size()).sum();
    }
}
