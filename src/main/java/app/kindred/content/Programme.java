package app.kindred.content;

import java.time.Duration;
import java.util.List;

/** An agenda of exercises and breaks, from {@code exercises/programmes/ID.yaml}. */
public record Programme(
        String id,
        String title,
        String summary,
        Audience audience,
        Duration length,
        List<ProgrammeItem> items,
        SourceFile origin,
        List<String> handouts) {

    /**
     * @param handouts ids of worksheets that go home with this programme on top of its exercises'
     *                 own handouts (the optional {@code handouts:} line); empty when none
     */
    public Programme {
        items = List.copyOf(items);
        handouts = List.copyOf(handouts);
    }

    /** A programme with no handouts of its own. */
    public Programme(String id, String title, String summary, Audience audience, Duration length,
                     List<ProgrammeItem> items, SourceFile origin) {
        this(id, title, summary, audience, length, items, origin, List.of());
    }
}
