package app.kindred.content;

import java.util.List;

/**
 * A worksheet block of a handout: a fenced block in the Markdown whose info word names it
 * (see docs/CONTENT-FORMAT.md). Parse one with {@link WorksheetBlocks#parse(String, String)}.
 */
public sealed interface WorksheetBlock {
    /** Lines to write on; {@code count} is 1–30. */
    record Lines(String label, int count) implements WorksheetBlock {
    }

    /** Tick boxes, one per item. */
    record Checklist(List<String> items) implements WorksheetBlock {
        public Checklist {
            items = List.copyOf(items);
        }
    }

    /** A grid: one row per ritual, one column per day. {@code label} may be null. */
    record Planner(String label, List<String> days, List<String> rows) implements WorksheetBlock {
        public static final List<String> WEEK = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

        public Planner {
            days = List.copyOf(days);
            rows = List.copyOf(rows);
        }
    }

    /** Two boxes side by side, {@code left} and {@code right} headings; {@code label} may be null. */
    record Pair(String label, int count, String left, String right) implements WorksheetBlock {
    }

    /** A single line to fill in. */
    record Field(String label) implements WorksheetBlock {
    }

    /** Starts a new page. */
    record PageBreak() implements WorksheetBlock {
    }
}
