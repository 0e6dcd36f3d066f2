package app.kindred.session;

import app.kindred.content.ContentLibrary;
import app.kindred.content.Deck;
import app.kindred.content.DeckLevel;
import app.kindred.content.Prompt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Draws prompts without repeats within one session, climbing a deck's levels one step per prompt
 * drawn unless a phase names a level. Never repeats: when nothing is left it says the deck ran out.
 * Climbing never enters an opt-in level ({@link DeckLevel#isOptIn()}): only a phase that names such
 * a level draws from it, and the kiosk asks the couple before that phase.
 */
final class PromptDrawer {
    /** The outcome of a draw: a prompt, or none because the deck (or the named level) is used up. */
    record Draw(Prompt prompt, boolean ranOut) {
    }

    private final ContentLibrary library;
    private final DeckMemory memory;
    private final SplittableRandom random;
    private final Set<String> drawn = new LinkedHashSet<>();
    private final Map<String, Integer> climb = new HashMap<>();

    PromptDrawer(ContentLibrary library, DeckMemory memory, long seed) {
        this.library = library;
        this.memory = memory;
        this.random = new SplittableRandom(seed);
    }

    Draw draw(String deckId, int level) {
        Optional<Deck> found = library.deck(deckId);
        if (found.isEmpty()) {
            return new Draw(null, true);
        }
        Deck deck = found.get();
        int n = deck.levels().size();
        List<Integer> order = new ArrayList<>();
        if (level > 0) {
            order.add(Math.min(level, n) - 1);
        } else {
            int target = Math.min(climb.getOrDefault(deckId, 0), n - 1);
            for (int i = target; i < n; i++) {
                order.add(i);
            }
            for (int i = target - 1; i >= 0; i--) {
                order.add(i);
            }
        }
        if (level <= 0) {
            order.removeIf(li -> deck.levels().get(li).isOptIn());
        }
        for (int li : order) {
            Prompt p = pick(deck, li);
            if (p != null) {
                drawn.add(p.key());
                if (memory != null) {
                    memory.remember(p);
                }
                climb.merge(deckId, 1, Integer::sum);
                return new Draw(p, false);
            }
        }
        return new Draw(null, true);
    }

    private Prompt pick(Deck deck, int levelIndex) {
        DeckLevel level = deck.levels().get(levelIndex);
        List<Prompt> fresh = new ArrayList<>();
        List<Prompt> notToday = new ArrayList<>();
        for (int i = 0; i < level.prompts().size(); i++) {
            Prompt p = new Prompt(deck.id(), levelIndex + 1, i, level.prompts().get(i));
            if (!drawn.contains(p.key())) {
                fresh.add(p);
                if (memory == null || !memory.seenToday(p)) {
                    notToday.add(p);
                }
            }
        }
        List<Prompt> from = notToday.isEmpty() ? fresh : notToday;
        return from.isEmpty() ? null : from.get(random.nextInt(from.size()));
    }

    Set<String> drawnKeys() {
        return Set.copyOf(drawn);
    }

    Map<String, Integer> climbCounts() {
        return Map.copyOf(climb);
    }

    /** Restores the bookkeeping after a crash, so recovery never repeats a prompt. */
    void restore(Iterable<String> keys, Map<String, Integer> climbs) {
        keys.forEach(drawn::add);
        climb.putAll(climbs);
    }
}
