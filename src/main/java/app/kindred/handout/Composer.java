package app.kindred.handout;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns blocks into page slices ({@link Item}s): sets text into lines, tags them for the structure
 * tree, and decides the keep rules. Running text is set to {@link Theme#MEASURE}; tables and
 * write-in areas use the whole width. Keep rules: a heading stays with the first two lines of what
 * follows; a numbered item's first line stays with what follows it; a paragraph or stem that
 * introduces a write-in area stays with it; a paragraph never leaves one line alone at either end of
 * a page. Worksheet blocks are handed to {@link WorksheetComposer}.
 */
final class Composer {
    private final TextSetter setter;
    private final List<Item> out = new ArrayList<>();
    private final WorksheetComposer worksheets;
    private TextLine pendingMarker;
    private float pendingMarkerX;
    private Tag pendingMarkerTag;
    /** Items still to be kept with the one after them (a heading's hold on what follows). */
    private int holdNext;
    /** The element new blocks belong to. */
    private Tag context;

    Composer(TextSetter setter) {
        this.setter = setter;
        this.worksheets = new WorksheetComposer(setter, this);
    }

    List<Item> compose(List<Block> blocks, float width, Tag parent) {
        out.clear();
        holdNext = 0;
        context = parent;
        blocks(blocks, 0, width, 0, null, 0);
        return new ArrayList<>(out);
    }

    Tag context() {
        return context;
    }

    void add(Item item) {
        if (holdNext > 0) {
            holdNext--;
            item = item.keep(true);
        }
        out.add(item);
    }

    /** A tinted card behind quoted lines; x and w relative to the content area. */
    record Backdrop(float x, float w) {
        void paint(Canvas c, float top, float height) throws java.io.IOException {
            c.fillRect(c.left + x, top - height, w, height, Theme.TINT);
            c.fillRect(c.left + x, top - height, Theme.QUOTE_BAR, height, Theme.ACCENT);
        }
    }

    /** The width running text gets at offset x: the measure, never more than there is. */
    private static float measure(float x, float w) {
        return Math.max(Math.min(w, Theme.MEASURE - x), Math.min(w, 160f));
    }

    private static boolean isWorksheet(Block b) {
        return b instanceof Block.Lines || b instanceof Block.Field || b instanceof Block.Checklist
                || b instanceof Block.Planner || b instanceof Block.Pair;
    }

    private void blocks(List<Block> blocks, float x, float w, int depth, Backdrop backdrop, float firstGap) {
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            int start = out.size();
            boolean afterQuote = i > 0 && b instanceof Block.Quote && blocks.get(i - 1) instanceof Block.Quote;
            block(b, x, w, depth, backdrop, i == 0 ? firstGap : afterQuote ? 5 : -1);
            // Sentence stems belong with the sentence that introduces them, and a set of stems keeps
            // its first two and last two together (like a list): never one stem alone on a page.
            boolean nextIsQuote = i + 1 < blocks.size() && blocks.get(i + 1) instanceof Block.Quote;
            int runStart = i;
            while (runStart > 0 && blocks.get(runStart - 1) instanceof Block.Quote) {
                runStart--;
            }
            int runEnd = i;
            while (runEnd + 1 < blocks.size() && blocks.get(runEnd + 1) instanceof Block.Quote) {
                runEnd++;
            }
            boolean keepQuote = b instanceof Block.Quote && (i == runStart || i >= runEnd - 1);
            // A prompt (a paragraph or a stem) is never parted from the area it asks you to write in.
            boolean prompt = (b instanceof Block.Paragraph || b instanceof Block.Quote)
                    && i + 1 < blocks.size() && isWorksheet(blocks.get(i + 1));
            if (out.size() > start && (prompt || nextIsQuote && (keepQuote || b instanceof Block.Paragraph))) {
                keepLast();
            }
        }
    }

    /** @param gapOverride the gap above this block, or -1 for the block's usual gap */
    private void block(Block b, float x, float w, int depth, Backdrop backdrop, float gapOverride) {
        float tw = measure(x, w);
        if (b instanceof Block.Heading h) {
            float size = switch (h.level()) {
                case 1 -> Theme.H1_SIZE;
                case 2 -> Theme.H2_SIZE;
                default -> Theme.H3_SIZE;
            };
            // The reading serif of the screens (issue 15): the same face for headings on paper.
            FontStyle style = FontStyle.SERIF_SEMIBOLD;
            int colour = h.level() == 2 ? Theme.ACCENT_DARK : Theme.INK;
            List<Span> spans = h.spans().stream().map(s -> new Span(s.text(), style)).toList();
            List<TextLine> lines = setter.set(spans, size, colour, tw, true);
            float gap = gapOverride >= 0 ? gapOverride : Theme.HEADING_GAP_ABOVE + (h.level() == 1 ? 6 : 0);
            Tag tag = context.child("H" + Math.min(6, Math.max(1, h.level())));
            lines(lines, x, size, 1.25f, gap, backdrop, true, tag);
            out.add(Item.of(Theme.HEADING_GAP_BELOW, 0, (c, top) -> { }).asHeading());
            // The spacer is kept with the next item, and that one is held too, so a heading always
            // has at least two lines of what it introduces below it.
            holdNext = 1;
            return;
        }
        if (b instanceof Block.Paragraph p) {
            float gap = gapOverride >= 0 ? gapOverride : Theme.PARAGRAPH_GAP;
            paragraph(p.spans(), x, tw, Theme.BODY_SIZE, Theme.INK, gap, backdrop);
        } else if (b instanceof Block.Preformatted p) {
            float gap = gapOverride >= 0 ? gapOverride : Theme.PARAGRAPH_GAP;
            List<TextLine> lines = setter.set(List.of(new Span(p.text(), p.style())), Theme.BODY_SIZE, Theme.INK, tw, true);
            lines(lines, x, Theme.BODY_SIZE, Theme.LEADING, gap, backdrop, false, context.child("P"));
        } else if (b instanceof Block.ListBlock list) {
            list(list, x, w, depth, backdrop, gapOverride >= 0 ? gapOverride : Theme.PARAGRAPH_GAP);
        } else if (b instanceof Block.Quote q) {
            quote(q, x, tw, depth, gapOverride >= 0 ? gapOverride : Theme.PARAGRAPH_GAP + 2);
        } else if (b instanceof Block.Table t) {
            new TableComposer(setter, this).table(t, x, w, gapOverride >= 0 ? gapOverride : Theme.PARAGRAPH_GAP + 3);
        } else if (b instanceof Block.Rule) {
            float gap = gapOverride >= 0 ? gapOverride : Theme.PARAGRAPH_GAP;
            add(Item.of(14, gap, (c, top) -> c.line(c.left + x, top - 7, c.left + x + w, top - 7, 0.6f, Theme.RULE)));
        } else if (b instanceof Block.PageBreak) {
            add(Item.pageBreak());
        } else {
            worksheets.block(b, x, w, gapOverride >= 0 ? gapOverride : Theme.PARAGRAPH_GAP + 4);
        }
    }

    void paragraph(List<Span> spans, float x, float w, float size, int colour, float gap, Backdrop backdrop) {
        List<TextLine> lines = setter.set(spans, size, colour, w, true);
        lines(lines, x, size, Theme.LEADING, gap, backdrop, false, context.child("P"));
    }

    /** One item per line; the first two and last two lines of a block stay together. */
    void lines(List<TextLine> lines, float x, float size, float leading, float gap, Backdrop backdrop, boolean heading, Tag tag) {
        float lineHeight = size * leading;
        int n = lines.size();
        for (int k = 0; k < n; k++) {
            TextLine line = lines.get(k);
            TextLine marker = k == 0 ? pendingMarker : null;
            Tag markerTag = pendingMarkerTag;
            float markerX = pendingMarkerX;
            if (k == 0) {
                pendingMarker = null;
            }
            Item item = Item.of(lineHeight, k == 0 ? gap : 0, (c, top) -> {
                if (backdrop != null) {
                    backdrop.paint(c, top, lineHeight);
                }
                float base = Canvas.baseline(top, lineHeight, size);
                if (marker != null) {
                    c.text(marker, c.left + markerX, base, markerTag);
                }
                c.text(line, c.left + x, base, tag);
            });
            boolean keep = n >= 2 && (k == 0 || k == n - 2);
            item = heading ? item.asHeading() : item.keep(keep);
            add(item);
        }
    }

    private void list(Block.ListBlock list, float x, float w, int depth, Backdrop backdrop, float gap) {
        int number = list.start();
        float indent = Theme.LIST_INDENT + (list.ordered() ? 4 : 0);
        boolean first = true;
        int index = 0;
        int count = list.items().size();
        Tag outer = context;
        Tag listTag = outer.child("L", list.ordered() ? "Decimal" : "Disc");
        for (List<Block> item : list.items()) {
            // The first two and the last two items of a list stay together: no item alone on a page.
            if (index == 1 || index == count - 1 && index > 0) {
                keepLast();
            }
            index++;
            Tag li = listTag.child("LI");
            String mark = list.ordered() ? number + "." : depth == 0 ? "\u2022" : "\u2013";
            FontStyle style = list.ordered() ? FontStyle.MEDIUM : FontStyle.REGULAR;
            int colour = Theme.ACCENT;
            TextLine marker = setter.set(mark, style, Theme.BODY_SIZE, colour, indent).get(0);
            pendingMarker = marker;
            pendingMarkerTag = li.child("Lbl");
            pendingMarkerX = x + indent - 6 - marker.width();
            float itemGap = first ? gap : 3;
            context = li.child("LBody");
            int start = out.size();
            if (item.isEmpty()) {
                lines(setter.set("", FontStyle.REGULAR, Theme.BODY_SIZE, Theme.INK, w - indent), x + indent,
                        Theme.BODY_SIZE, Theme.LEADING, itemGap, backdrop, false, context.child("P"));
            } else {
                blocks(item, x + indent, w - indent, depth + 1, backdrop, itemGap);
            }
            // A numbered item (a prompt, an example to rewrite) keeps its first line with what follows.
            if (list.ordered() && out.size() > start) {
                out.set(start, out.get(start).keep(true));
            }
            context = outer;
            pendingMarker = null;
            number++;
            first = false;
        }
    }

    /** Marks the last item so far as kept with whatever comes next. */
    void keepLast() {
        if (!out.isEmpty()) {
            int last = out.size() - 1;
            out.set(last, out.get(last).keep(true));
        }
    }

    private void quote(Block.Quote q, float x, float w, int depth, float gap) {
        Backdrop backdrop = new Backdrop(x, w);
        float pad = Theme.QUOTE_PAD;
        float inner = x + Theme.QUOTE_BAR + 12;
        float innerW = w - Theme.QUOTE_BAR - 24;
        add(Item.of(pad - 2, gap, (c, top) -> backdrop.paint(c, top, pad - 2)).keep(true));
        int start = out.size();
        boolean first = true;
        Tag outer = context;
        context = outer.child("BlockQuote");
        for (Block b : q.blocks()) {
            if (b instanceof Block.Paragraph p) {
                List<Span> spans = p.spans().stream().map(s -> new Span(s.text(), s.style().withItalic().serif())).toList();
                List<TextLine> lines = setter.set(spans, Theme.QUOTE_SIZE, Theme.ACCENT_DARK, innerW, true);
                lines(lines, inner, Theme.QUOTE_SIZE, 1.4f, first ? 0 : 5, backdrop, false, context.child("P"));
            } else {
                block(b, inner, innerW, depth, backdrop, first ? 0 : 5);
            }
            first = false;
        }
        context = outer;
        if (out.size() > start) {
            keepLast();
        }
        add(Item.of(pad + 2, 0, (c, top) -> backdrop.paint(c, top, pad + 2)));
    }
}
