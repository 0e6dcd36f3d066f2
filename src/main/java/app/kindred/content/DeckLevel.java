package app.kindred.content;

import java.util.List;

/**
 * One level of a prompt deck, e.g. "Light" with its prompts.
 *
 * @param optIn null for an ordinary level; for a level a couple must choose before it is drawn
 *              (the {@code opt-in:} line), the sentence that tells them what it involves
 */
public record DeckLevel(String name, List<String> prompts, String optIn) {
    public DeckLevel {
        prompts = List.copyOf(prompts);
    }

    /** An ordinary level, drawn without asking first. */
    public DeckLevel(String name, List<String> prompts) {
        this(name, prompts, null);
    }

    /** True when the couple (or the facilitator) must choose this level before a card is drawn. */
    public boolean isOptIn() {
        return optIn != null;
    }
}
