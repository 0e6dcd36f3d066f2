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
        SourceFile origin) {

    public Programme {
        items = List.copyOf(items);
    }
}
