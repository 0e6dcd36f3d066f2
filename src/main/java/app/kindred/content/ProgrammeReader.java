package app.kindred.content;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code exercises/programmes/ID.yaml} into a draft: item lengths that default to an exercise's
 * own length, and the check that the items add up, need the exercises, so they are settled later.
 */
final class ProgrammeReader {
    static final List<String> KEYS = List.of("id", "title", "summary", "audience", "length", "handouts", "items");
    static final List<String> ITEM_KEYS = List.of("exercise", "break", "duration");
    static final Duration MIN_ITEM = Duration.ofSeconds(10);
    static final Duration MAX_ITEM = Duration.ofHours(4);
    static final Duration MAX_LENGTH = Duration.ofHours(12);

    private static final Map<String, Audience> AUDIENCE = new LinkedHashMap<>();

    static {
        AUDIENCE.put("kiosk", Audience.KIOSK);
        AUDIENCE.put("room", Audience.ROOM);
        AUDIENCE.put("any", Audience.ANY);
    }

    /** An item as written; {@code duration} is null when it defaults to the exercise's length. */
    record ItemDraft(String exerciseId, String breakText, Duration duration, YNode at) {
        boolean isBreakItem() {
            return exerciseId == null;
        }
    }

    record Draft(String id, String title, String summary, Audience audience, Duration length, YNode lengthAt,
                 List<ItemDraft> items, SourceFile origin, List<String> handouts) {
    }

    private ProgrammeReader() {
    }

    static Draft read(YNode.Map root, SourceFile origin, String fileStem, Findings f, List<Ref> refs) {
        int errorsBefore = f.errorCount();
        Fields fields = new Fields(root, f, "", KEYS);
        String id = fields.id(fileStem);
        String title = fields.text("title", true);
        String summary = fields.text("summary", true);
        Audience audience = fields.choice("audience", false, AUDIENCE);
        Duration length = fields.duration("length", true, "programme length", Duration.ofMinutes(1), MAX_LENGTH);
        List<String> handouts = fields.texts("handouts", false, "handout id", false);
        if (handouts != null && fields.node("handouts", false) instanceof YNode.Seq seq) {
            for (int i = 0; i < handouts.size() && i < seq.items().size(); i++) {
                refs.add(Ref.at(Kind.HANDOUT, handouts.get(i), seq.items().get(i)));
            }
        }
        List<ItemDraft> items = fields.groups("items", "item", "\"exercise: ID\" or \"break: TEXT\" with a duration",
                (m, number) -> item(m, number, f, refs));
        if (f.errorCount() > errorsBefore) {
            return null;
        }
        return new Draft(id, title, summary, audience == null ? Audience.ANY : audience, length,
                fields.node("length", false), items, origin, handouts == null ? List.of() : handouts);
    }

    private static ItemDraft item(YNode.Map m, int number, Findings f, List<Ref> refs) {
        Fields item = new Fields(m, f, " in item " + number, ITEM_KEYS);
        boolean isExercise = item.has("exercise");
        boolean isBreak = item.has("break");
        if (isExercise == isBreak) {
            f.error(m, "item " + number + (isExercise ? " has both \"exercise\" and \"break\"; keep one"
                    : " needs \"exercise: ID\" or \"break: TEXT\""));
            return null;
        }
        Duration duration = item.duration("duration", isBreak, "item duration", MIN_ITEM, MAX_ITEM);
        if (isExercise) {
            String exercise = item.word("exercise", true);
            if (exercise == null) {
                return null;
            }
            refs.add(Ref.at(Kind.EXERCISE, exercise, item.node("exercise", false)));
            return new ItemDraft(exercise, null, duration, m);
        }
        String text = item.text("break", true);
        return text == null || duration == null ? null : new ItemDraft(null, text, duration, m);
    }
}
