package app.kindred.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code exercises/decks/ID.yaml}. */
final class DeckReader {
    static final List<String> KEYS = List.of("id", "title", "sources", "levels");
    static final List<String> LEVEL_KEYS = List.of("name", "opt-in", "prompts");

    private DeckReader() {
    }

    static Deck read(YNode.Map root, SourceFile origin, String fileStem, Findings f) {
        return read(root, origin, fileStem, f, new DeckPlaces());
    }

    /** As above, noting where each kept level and prompt is in {@code places}. */
    static Deck read(YNode.Map root, SourceFile origin, String fileStem, Findings f, DeckPlaces places) {
        int errorsBefore = f.errorCount();
        Fields fields = new Fields(root, f, "", KEYS);
        String id = fields.id(fileStem);
        String title = fields.text("title", true);
        List<String> sources = fields.sources(false);
        Map<String, Integer> seenPrompts = new HashMap<>();
        List<DeckLevel> levels = fields.groups("levels", "level", "a group with name: and prompts:",
                (m, number) -> level(m, number, f, seenPrompts, places));
        if (f.errorCount() > errorsBefore) {
            return null;
        }
        return new Deck(id, title, sources, levels, origin);
    }

    /** One level, or null (errors reported); warns about a prompt that repeats one met before in the deck. */
    private static DeckLevel level(YNode.Map m, int number, Findings f, Map<String, Integer> seenPrompts,
            DeckPlaces places) {
        Fields l = new Fields(m, f, " in level " + number, LEVEL_KEYS);
        String name = l.text("name", true);
        String optIn = l.text("opt-in", false);
        YNode promptsNode = l.node("prompts", false);
        if (promptsNode == null) {
            f.error(m, "level " + number + (name == null ? "" : " \"" + Suggestions.shorten(name) + "\"")
                    + " has no prompts; add \"prompts:\" with at least one \"- prompt\"");
            return null;
        }
        List<String> prompts = l.texts("prompts", true, "prompt", true);
        if (prompts != null && promptsNode instanceof YNode.Seq seq) {
            for (int i = 0; i < prompts.size(); i++) {
                YNode at = seq.items().get(i);
                Integer earlier = seenPrompts.putIfAbsent(prompts.get(i).toLowerCase(java.util.Locale.ROOT), at.line());
                if (earlier != null) {
                    f.warning(at, "this prompt repeats the one on line " + earlier
                            + "; prompts are drawn without repeats, so keep one");
                }
            }
        }
        if (name == null || prompts == null) {
            return null;
        }
        places.level(m);
        if (promptsNode instanceof YNode.Seq seq) {
            seq.items().forEach(places::prompt);
        }
        return new DeckLevel(name, prompts, optIn);
    }
}
