package app.kindred.content;

import java.util.List;

/** One level of a prompt deck, e.g. "Light" with its prompts. */
public record DeckLevel(String name, List<String> prompts) {
    public DeckLevel {
        prompts = List.copyOf(prompts);
    }
}
