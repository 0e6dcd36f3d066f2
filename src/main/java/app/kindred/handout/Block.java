package app.kindred.handout;

import java.util.List;

/** What a page is made of, independent of Markdown: handouts and summaries both compose these. */
public sealed interface Block {
    record Heading(int level, List<Span> spans) implements Block {
    }

    record Paragraph(List<Span> spans) implements Block {
    }

    /** Text kept as written, line by line (code blocks in Markdown, a person's own words). */
    record Preformatted(String text, FontStyle style) implements Block {
    }

    record ListBlock(boolean ordered, int start, List<List<Block>> items) implements Block {
    }

    /** Sentence stems and quotations: a tinted card with an accent bar. */
    record Quote(List<Block> blocks) implements Block {
    }

    record Table(List<List<Span>> header, List<List<List<Span>>> rows) implements Block {
    }

    record Rule() implements Block {
    }

    record PageBreak() implements Block {
    }

    /** Lines to write on; one multi-line form field over them. */
    record Lines(String label, int count) implements Block {
    }

    /** Tick boxes; one check box field each. */
    record Checklist(List<String> items) implements Block {
    }

    /** A week grid: rows (rituals) by days; one small text field per cell. */
    record Planner(String label, List<String> days, List<String> rows) implements Block {
    }

    /** Two boxes side by side for the partners' answers. */
    record Pair(String label, int count, String left, String right) implements Block {
    }

    /** One line to fill in, e.g. a date. */
    record Field(String label) implements Block {
    }
}
