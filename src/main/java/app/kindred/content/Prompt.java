package app.kindred.content;

/**
 * A prompt drawn from a deck.
 *
 * @param level 1-based level within the deck
 * @param index 0-based position within the level
 */
public record Prompt(String deckId, int level, int index, String text) {
    /** A stable key for "already drawn" bookkeeping. */
    public String key() {
        return deckId + "/" + level + "/" + index;
    }
}
