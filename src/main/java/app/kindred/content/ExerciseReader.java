package app.kindred.content;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code exercises/ID.yaml}; see docs/CONTENT-FORMAT.md. */
final class ExerciseReader {
    static final List<String> KEYS = List.of("id", "title", "summary", "sources", "roles", "swap", "handouts", "phases");
    static final List<String> PHASE_KEYS =
            List.of("title", "duration", "active", "instructions", "stems", "deck", "level", "reflection");
    static final Duration MIN_PHASE = Duration.ofSeconds(10);
    static final Duration MAX_PHASE = Duration.ofHours(2);

    private static final Map<String, Active> ACTIVE = new LinkedHashMap<>();

    static {
        ACTIVE.put("A", Active.A);
        ACTIVE.put("B", Active.B);
        ACTIVE.put("both", Active.BOTH);
        ACTIVE.put("each", Active.EACH);
    }

    private ExerciseReader() {
    }

    /** The exercise, or null when the file has errors; references are added to {@code refs}. */
    static Exercise read(YNode.Map root, SourceFile origin, String fileStem, Findings f, List<Ref> refs) {
        int errorsBefore = f.errorCount();
        Fields fields = new Fields(root, f, "", KEYS);
        String id = fields.id(fileStem);
        String title = fields.text("title", true);
        String summary = fields.text("summary", true);
        List<String> sources = fields.sources(true);
        Roles roles = roles(fields, f);
        Boolean swap = fields.bool("swap");
        List<String> handouts = fields.texts("handouts", false, "handout id", false);
        if (handouts != null) {
            YNode list = fields.node("handouts", false);
            if (list instanceof YNode.Seq seq) {
                for (int i = 0; i < handouts.size() && i < seq.items().size(); i++) {
                    refs.add(Ref.at(Kind.HANDOUT, handouts.get(i), seq.items().get(i)));
                }
            }
        }
        List<Phase> phases = fields.groups("phases", "phase",
                "a group of lines (title:, duration:, active:, instructions:)", (m, number) -> phase(m, number, f, refs));
        if (f.errorCount() > errorsBefore) {
            return null;
        }
        return new Exercise(id, title, summary, sources, roles, swap != null && swap, handouts, phases, origin);
    }

    private static Roles roles(Fields fields, Findings f) {
        YNode.Map m = fields.group("roles", false, "\"A: Speaker\" and \"B: Listener\"");
        if (m == null) {
            return Roles.PARTNERS;
        }
        Fields r = new Fields(m, f, " in roles", List.of("A", "B"));
        String a = r.text("A", true);
        String b = r.text("B", true);
        return a == null || b == null ? Roles.PARTNERS : new Roles(a, b);
    }

    private static Phase phase(YNode.Map m, int number, Findings f, List<Ref> refs) {
        Fields p = new Fields(m, f, " in phase " + number, PHASE_KEYS);
        String title = p.text("title", true);
        Duration duration = p.duration("duration", true, "phase duration", MIN_PHASE, MAX_PHASE);
        Active active = p.choice("active", true, ACTIVE);
        String instructions = p.text("instructions", true);
        List<String> stems = p.texts("stems", false, "sentence stem", true);
        String deck = p.word("deck", false);
        Integer level = p.integer("level", 1, 99);
        if (level != null && deck == null && !p.has("deck")) {
            f.error(p.node("level", false), "level needs a deck: add \"deck: ...\" to this phase or remove level");
        }
        if (deck != null) {
            YNode at = p.node("deck", false);
            refs.add(new Ref(Kind.DECK, deck, at.line(), at.column(), level == null ? 0 : level));
        }
        String reflection = p.text("reflection", false);
        if (title == null || duration == null || active == null || instructions == null || stems == null) {
            return null;
        }
        return new Phase(title, duration, active, instructions, stems, deck, level == null ? 0 : level, reflection);
    }
}
