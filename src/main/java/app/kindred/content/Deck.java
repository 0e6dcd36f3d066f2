package app.kindred.content;

import java.util.List;

/** A prompt deck from {@code exercises/decks/ID.yaml}; levels go from light to deeper. */
public record Deck(String id, String title, List<String> sources, List<DeckLevel> levels, SourceFile origin) {
    public Deck {
        sources = List.copyOf(sources);
        levels = List.copyOf(levels);
    }

    /**
     * True when {@code level} (1-based, as in a phase's {@code level:}) is an opt-in level: before a
     * phase draws from it the couple must choose to go on, after reading {@link DeckLevel#optIn()}.
     */
    public boolean isOptIn(int level) {
        return level >= 1 && level <= levels.size() && levels.get(level - 1).isOptIn();
    }

    public int promptCount() {
        return levels.stream().mapToInt(l -> l.prompts().size()).sum();
    }
}
