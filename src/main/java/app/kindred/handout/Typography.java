package app.kindred.handout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Printer's punctuation, applied when a page is set so that content files stay easy to edit with
 * the keys on a keyboard: straight quotes become curly ones (an apostrophe is a closing single
 * quote), and the space some writers leave before a comma, full stop, colon, semicolon, question or
 * exclamation mark ("I felt … , because … .") is taken out.
 */
final class Typography {
    /** Spaces before , . ; : ? ! when the mark ends a word (not ".5" or "..."). */
    private static final Pattern SPACE_BEFORE_MARK = Pattern.compile("(?<=\\S)[ \\u00A0]+(?=[,.;:?!](?:\\s|$|[\"'\\u2019\\u201D)]))");

    private Typography() {
    }

    /** The text with printer's quotes and no space before punctuation. */
    static String refine(String text) {
        return refine(text, ' ');
    }

    /** @param before the character that precedes the text on the line (it decides a leading quote's direction) */
    static String refine(String text, char before) {
        if (text == null || text.isEmpty() || !needsWork(text)) {
            return text;
        }
        String spaced = SPACE_BEFORE_MARK.matcher(text).replaceAll("");
        StringBuilder out = new StringBuilder(spaced.length());
        char previous = before;
        for (int i = 0; i < spaced.length(); i++) {
            char c = spaced.charAt(i);
            if (c == '"') {
                c = opens(previous) ? '\u201C' : '\u201D';
            } else if (c == '\'') {
                c = opens(previous) ? '\u2018' : '\u2019';
            }
            out.append(c);
            previous = c;
        }
        return out.toString();
    }

    /** Most text has neither a straight quote nor a space before a mark: skip the regex (rendering is timed). */
    private static boolean needsWork(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'' || (c == ' ' || c == '\u00A0') && i + 1 < text.length() && ",.;:?!".indexOf(text.charAt(i + 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A quote opens after a space, at the start, or after an opening bracket, dash or quote. */
    private static boolean opens(char previous) {
        return Character.isWhitespace(previous) || previous == '(' || previous == '[' || previous == '{'
                || previous == '\u2013' || previous == '\u2014' || previous == '\u201C' || previous == '\u2018'
                || previous == '/';
    }

    static List<Span> spans(List<Span> spans) {
        List<Span> out = new ArrayList<>(spans.size());
        char previous = ' ';
        for (Span s : spans) {
            // Spaces that end one span and punctuation that starts the next ("… *word* ," is rare,
            // but "…" then " ," across spans is not).
            String text = refine(s.text(), previous);
            if (!out.isEmpty() && !text.isEmpty() && ",.;:?!".indexOf(text.charAt(0)) >= 0) {
                Span last = out.get(out.size() - 1);
                out.set(out.size() - 1, new Span(last.text().stripTrailing(), last.style()));
            }
            out.add(new Span(text, s.style()));
            if (!text.isEmpty()) {
                previous = text.charAt(text.length() - 1);
            }
        }
        return out;
    }

    /** Every block with its text refined; form-field names change with their labels. */
    static List<Block> blocks(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            out.add(block(b));
        }
        return out;
    }

    static Block block(Block b) {
        if (b instanceof Block.Heading h) {
            return new Block.Heading(h.level(), spans(h.spans()));
        } else if (b instanceof Block.Paragraph p) {
            return new Block.Paragraph(spans(p.spans()));
        } else if (b instanceof Block.ListBlock l) {
            return new Block.ListBlock(l.ordered(), l.start(), l.items().stream().map(Typography::blocks).toList());
        } else if (b instanceof Block.Quote q) {
            return new Block.Quote(blocks(q.blocks()));
        } else if (b instanceof Block.Table t) {
            return new Block.Table(t.header().stream().map(Typography::spans).toList(),
                    t.rows().stream().map(r -> r.stream().map(Typography::spans).toList()).toList());
        } else if (b instanceof Block.Lines l) {
            return new Block.Lines(refine(l.label()), l.count());
        } else if (b instanceof Block.Checklist c) {
            return new Block.Checklist(c.items().stream().map(Typography::refine).toList());
        } else if (b instanceof Block.Planner p) {
            return new Block.Planner(refine(p.label()), p.days(), p.rows().stream().map(Typography::refine).toList());
        } else if (b instanceof Block.Pair p) {
            return new Block.Pair(refine(p.label()), p.count(), refine(p.left()), refine(p.right()));
        } else if (b instanceof Block.Field f) {
            return new Block.Field(refine(f.label()));
        }
        return b; // preformatted text is a person's own, kept as typed; rules and page breaks have none
    }
}
