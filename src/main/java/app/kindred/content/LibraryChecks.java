package app.kindred.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks over the whole library that keep the content honest (all warnings: nothing breaks at run
 * time, but a facilitator would send the library back):
 * <ul>
 * <li>every level of every deck is drawn by some exercise: a phase names the deck and the level, or
 * names the deck without a level (the session then climbs through the ordinary levels; an opt-in
 * level is only ever reached by a phase that names it);</li>
 * <li>no two prompts in the library are near-duplicates ({@link PromptSimilarity}).</li>
 * </ul>
 * Sources are checked file by file ({@link Ids#checkSources}).
 */
final class LibraryChecks {
    private final List<ContentLoader.Loaded> loaded;
    private final Set<Kind> scope;

    LibraryChecks(List<ContentLoader.Loaded> loaded, Set<Kind> scope) {
        this.loaded = loaded;
        this.scope = scope;
    }

    void run() {
        if (scope.contains(Kind.EXERCISE)) {
            reachability();
        }
        nearDuplicates();
    }

    private void reachability() {
        // References are noted while reading, so an exercise with an unrelated error still counts.
        Set<String> named = new HashSet<>();
        Set<String> climbed = new HashSet<>();
        for (ContentLoader.Loaded l : loaded) {
            if (l.kind != Kind.EXERCISE) {
                continue;
            }
            for (Ref r : l.refs) {
                if (r.target() == Kind.DECK) {
                    if (r.level() > 0) {
                        named.add(r.id() + "#" + r.level());
                    } else {
                        climbed.add(r.id());
                    }
                }
            }
        }
        for (ContentLoader.Loaded l : loaded) {
            if (!(l.value instanceof Deck deck)) {
                continue;
            }
            boolean used = climbed.contains(deck.id())
                    || named.stream().anyMatch(k -> k.startsWith(deck.id() + "#"));
            if (!used) {
                l.findings.warning(l.idLine, l.idColumn, "no exercise draws from deck \"" + deck.id()
                        + "\": add a phase with \"deck: " + deck.id() + "\" to an exercise, or remove the deck");
                continue;
            }
            for (int i = 0; i < deck.levels().size(); i++) {
                DeckLevel level = deck.levels().get(i);
                int number = i + 1;
                boolean reached = named.contains(deck.id() + "#" + number)
                        || (!level.isOptIn() && climbed.contains(deck.id()));
                if (!reached) {
                    int[] at = i < l.deckPlaces.levels.size() ? l.deckPlaces.levels.get(i) : new int[] {l.idLine, 1};
                    l.findings.warning(at[0], at[1], "level " + number + " \"" + Suggestions.shorten(level.name())
                            + "\" is never drawn: no exercise has a phase with \"deck: " + deck.id() + "\" and \"level: "
                            + number + "\"" + (level.isOptIn() ? " (an opt-in level is drawn only where a phase names it)"
                            : "") + "; use the level in an exercise or remove it");
                }
            }
        }
    }

    /** One prompt with where it is. */
    private record Spot(ContentLoader.Loaded file, Deck deck, int level, int index, String text, Set<String> words) {
        int[] at() {
            List<List<int[]>> p = file.deckPlaces.prompts;
            return level < p.size() && index < p.get(level).size() ? p.get(level).get(index)
                    : new int[] {file.idLine, 1};
        }

        String where() {
            return file.file.display() + " line " + at()[0];
        }
    }

    private void nearDuplicates() {
        List<Spot> spots = new ArrayList<>();
        for (ContentLoader.Loaded l : loaded) {
            if (l.value instanceof Deck deck) {
                for (int li = 0; li < deck.levels().size(); li++) {
                    List<String> prompts = deck.levels().get(li).prompts();
                    for (int pi = 0; pi < prompts.size(); pi++) {
                        String text = prompts.get(pi);
                        spots.add(new Spot(l, deck, li, pi, text, PromptSimilarity.contentWords(text)));
                    }
                }
            }
        }
        for (int j = 1; j < spots.size(); j++) {
            Spot b = spots.get(j);
            for (int i = 0; i < j; i++) {
                Spot a = spots.get(i);
                if (a.file == b.file && a.text.toLowerCase(Locale.ROOT).equals(b.text.toLowerCase(Locale.ROOT))) {
                    continue; // an exact repeat within a deck is reported by DeckReader
                }
                Set<String> shared = PromptSimilarity.shared(a.words, b.words);
                double similarity = PromptSimilarity.similarity(a.words, b.words);
                if (shared.size() < PromptSimilarity.MIN_SHARED || similarity < PromptSimilarity.THRESHOLD) {
                    continue;
                }
                // Report on the later prompt, unless only the earlier one's file was asked about.
                Spot on = b.file.file.report() || !a.file.file.report() ? b : a;
                Spot other = on == b ? a : b;
                int[] at = on.at();
                on.file.findings.warning(at[0], at[1], String.format(Locale.ROOT,
                        "this prompt is a near-duplicate of \"%s\" (%s): similarity %.2f, at least %.2f counts as a"
                                + " near-duplicate; shared words: %s. Merge them or reword one",
                        other.text, other.where(), similarity, PromptSimilarity.THRESHOLD,
                        String.join(", ", PromptSimilarity.sharedWords(other.text, on.text))));
            }
        }
    }
}
