package app.kindred.content;

import java.util.ArrayList;
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
        String idText = fields.word("id", true);
        String id = idText == null ? null : Ids.check(idText, fields.node("id", false), fileStem, f);
        String title = fields.text("title", true);
        List<String> sources = fields.texts("sources", false, "article title", false);
        Ids.checkSources(fields.node("sources", false), f);
        List<DeckLevel> levels = new ArrayList<>();
        List<YNode> levelNodes = fields.list("levels", true, "level");
        Map<String, Integer> seenPrompts = new HashMap<>();
        if (levelNodes != null) {
            int number = 0;
            for (YNode n : levelNodes) {
                number++;
                if (!(n instanceof YNode.Map m)) {
                    f.error(n, "level " + number + " must be a group with name: and prompts:, got " + n.describe());
                    continue;
                }
                Fields l = new Fields(m, f, " in level " + number, LEVEL_KEYS);
                String name = l.text("name", true);
                String optIn = l.text("opt-in", false);
                YNode promptsNode = l.node("prompts", false);
                if (promptsNode == null) {
                    f.error(m, "level " + number + (name == null ? "" : " \"" + Suggestions.shorten(name) + "\"")
                            + " has no prompts; add \"prompts:\" with at least one \"- prompt\"");
                    continue;
                }
                List<String> prompts = l.texts("prompts", true, "prompt", true);
                if (prompts != null && promptsNode instanceof YNode.Seq seq) {
                    for (int i = 0; i < prompts.size(); i++) {
                        YNode at = seq.items().get(i);
                        Integer earlier = seenPrompts.putIfAbsent(prompts.get(i).toLowerCase(java.util.Locale.ROOT),
                                at.line());
                        if (earlier != null) {
                            f.warning(at, "this prompt repeats the one on line " + earlier
                                    + "; prompts are drawn without repeats, so keep one");
                        }
                    }
                }
                if (name != null && prompts != null) {
                    places.level(m);
                    if (promptsNode instanceof YNode.Seq seq) {
                        seq.items().forEach(places::prompt);
                    }
                    levels.add(new DeckLevel(name, prompts, optIn));
                }
            }
        }
        if (f.errorCount() > errorsBefore) {
            return null;
        }
        return new Deck(id, title, sources, levels, origin);
    }
}
