package app.kindred.handout;

import java.util.ArrayList;
import java.util.List;

/**
 * Worksheet blocks: mid-grey lines to write on (at least {@link Theme#MIN_WRITE_LINES}, 9 mm apart),
 * tick boxes, a week planner, two partners' boxes side by side, single fill-in lines. Every write-in
 * area is also a form field over the same spot, tagged as a {@code Form} element after its label.
 */
final class WorksheetComposer {
    private static final float LABEL_LEADING = 1.35f;
    /** Source Serif 4 looks smaller than Roboto at one size: 10.5 pt sits beside 10 pt Roboto labels. */
    private static final float PROMPT_SIZE = Theme.LABEL_SIZE + 1f;
    private final TextSetter setter;
    private final Composer composer;

    WorksheetComposer(TextSetter setter, Composer composer) {
        this.setter = setter;
        this.composer = composer;
    }

    void block(Block b, float x, float w, float gap) {
        if (b instanceof Block.Lines l) {
            lines(l, x, w, gap);
        } else if (b instanceof Block.Field f) {
            field(f, x, w, gap);
        } else if (b instanceof Block.Checklist c) {
            checklist(c, x, w, gap);
        } else if (b instanceof Block.Planner p) {
            planner(p, x, w, gap);
        } else if (b instanceof Block.Pair p) {
            pair(p, x, w, gap);
        }
    }

    /** The label above a write-in area; stays with the area. Returns the gap left for what follows. */
    private float label(String label, float x, float w, float gap) {
        if (label == null || label.isBlank()) {
            return gap;
        }
        // The question a write-in area answers is a prompt: the reading serif, as on the screens.
        List<TextLine> lines = setter.set(label, FontStyle.SERIF_SEMIBOLD, PROMPT_SIZE, Theme.INK, w);
        float lh = PROMPT_SIZE * LABEL_LEADING;
        boolean first = true;
        Tag tag = composer.context().child("P");
        for (TextLine line : lines) {
            composer.add(Item.of(lh, first ? gap : 0, (c, top) ->
                    c.text(line, c.left + x, Canvas.baseline(top, lh, PROMPT_SIZE), tag)).keep(true));
            first = false;
        }
        return 0;
    }

    private void lines(Block.Lines l, float x, float w, float gap) {
        float g = label(l.label(), x, w, gap);
        int perPage = 20; // about a page of lines; longer blocks continue on the next page
        int total = Math.max(l.count(), Theme.MIN_WRITE_LINES);
        int done = 0;
        while (done < total) {
            int count = Math.min(perPage, total - done);
            String name = l.label().isBlank() ? "Notes" : l.label();
            String fieldName = done == 0 ? name : name + " - continued";
            composer.add(writeLines(count, x, w, done == 0 ? g : 0, fieldName, composer.context().child("Form")));
            done += count;
        }
    }

    private static Item writeLines(int count, float x, float w, float gap, String fieldName, Tag form) {
        float lg = Theme.WRITE_LINE_GAP;
        float height = count * lg;
        return Item.of(height, gap, (c, top) -> {
            for (int k = 1; k <= count; k++) {
                float y = top - k * lg + 1;
                c.line(c.left + x, y, c.left + x + w, y, Theme.WRITE_LINE_WIDTH, Theme.WRITE_LINE);
            }
            c.textField(fieldName, c.left + x, top - height + 2, w, height - 2, count > 1, form);
        });
    }

    private void field(Block.Field f, float x, float w, float gap) {
        float size = Theme.LABEL_SIZE + 0.5f;
        float labelWidth = setter.width(f.label(), FontStyle.MEDIUM, size);
        String name = f.label().isBlank() ? "Field" : f.label();
        float lg = Theme.WRITE_LINE_GAP;
        if (labelWidth > w * 0.45f) {
            float g = label(f.label(), x, w, gap);
            composer.add(writeLines(1, x, w, g, name, composer.context().child("Form")));
            return;
        }
        TextLine line = setter.set(f.label(), FontStyle.MEDIUM, size, Theme.INK, w).get(0);
        float lineStart = x + labelWidth + 8;
        Tag label = composer.context().child("P");
        Tag form = composer.context().child("Form");
        composer.add(Item.of(lg, gap, (c, top) -> {
            float y = top - lg + 1;
            c.text(line, c.left + x, y + 4, label);
            c.line(c.left + lineStart, y, c.left + x + w, y, Theme.WRITE_LINE_WIDTH, Theme.WRITE_LINE);
            c.textField(name, c.left + lineStart, y + 1, x + w - lineStart, lg - 3, false, form);
        }));
    }

    private void checklist(Block.Checklist list, float x, float w, float gap) {
        float size = Theme.BODY_SIZE;
        float lh = size * 1.38f;
        float box = Theme.CHECKBOX;
        float textX = x + box + 9;
        boolean first = true;
        int index = 0;
        int count = list.items().size();
        for (String text : list.items()) {
            if (index == 1 || index == count - 1 && index > 0) {
                composer.keepLast();
            }
            index++;
            List<TextLine> lines = setter.set(text, FontStyle.REGULAR, size, Theme.INK, w - box - 9);
            float height = lines.size() * lh + 5;
            String name = text.isBlank() ? "Checkbox" : text;
            Tag form = composer.context().child("Form");
            Tag label = composer.context().child("P");
            composer.add(Item.of(height, first ? gap : 0, (c, top) -> {
                float boxTop = top - (lh - box) / 2 - 0.5f;
                c.roundRect(c.left + x, boxTop - box, box, box, 2f, Theme.ACCENT, false, 0.9f);
                c.checkBox(name, c.left + x, boxTop - box, box, form);
                for (int k = 0; k < lines.size(); k++) {
                    c.text(lines.get(k), c.left + textX, Canvas.baseline(top - k * lh, lh, size), label);
                }
            }));
            first = false;
        }
    }

    private void planner(Block.Planner p, float x, float w, float gap) {
        float g = label(p.label(), x, w, gap);
        String title = p.label().isBlank() ? "Planner" : p.label();
        List<String> days = p.days();
        List<String> rows = p.rows().isEmpty() ? List.of("") : p.rows();
        float size = Theme.TABLE_SIZE;
        float lh = size * 1.3f;
        float firstCol = 0;
        for (String r : rows) {
            firstCol = Math.max(firstCol, setter.width(r, FontStyle.REGULAR, size) + 12);
        }
        float dayMin = 30f;
        firstCol = Math.max(70f, Math.min(firstCol, Math.min(w * 0.38f, w - days.size() * dayMin)));
        float dayWidth = (w - firstCol) / Math.max(1, days.size());
        List<TextLine> dayLines = new ArrayList<>();
        for (String d : days) {
            dayLines.add(setter.set(d, FontStyle.MEDIUM, size - 0.5f, Theme.ACCENT_DARK, dayWidth - 4).get(0));
        }
        float headH = 18;
        float fc = firstCol;
        // A table to a screen reader: days head the columns, rituals head the rows, a field per cell.
        Tag table = composer.context().child("Table");
        Tag headRow = table.child("TR");
        Tag corner = headRow.child("TD");
        List<Tag> dayTags = new ArrayList<>();
        days.forEach(d -> dayTags.add(headRow.child("TH", "Column")));
        composer.add(Item.of(headH, g, (c, top) -> {
            c.fillRect(c.left + x, top - headH, w, headH, Theme.TABLE_HEAD);
            c.empty(corner);
            for (int d = 0; d < dayLines.size(); d++) {
                TextLine dl = dayLines.get(d);
                float cx = c.left + x + fc + d * dayWidth + (dayWidth - dl.width()) / 2;
                c.text(dl, cx, Canvas.baseline(top, headH, size - 0.5f), dayTags.get(d));
            }
        }).keep(true));
        for (String row : rows) {
            List<TextLine> lines = setter.set(row, FontStyle.REGULAR, size, Theme.INK, fc - 10);
            float height = Math.max(Theme.PLANNER_ROW, lines.size() * lh + 8);
            Tag tr = table.child("TR");
            Tag rowHead = tr.child("TH", "Row");
            List<Tag> cells = new ArrayList<>();
            days.forEach(d -> cells.add(tr.child("TD").child("Form")));
            composer.add(Item.of(height, 0, (c, top) -> {
                float bottom = top - height;
                c.empty(rowHead);
                for (int k = 0; k < lines.size(); k++) {
                    float slotTop = top - (height - lines.size() * lh) / 2 - k * lh;
                    c.text(lines.get(k), c.left + x + 4, Canvas.baseline(slotTop, lh, size), rowHead);
                }
                c.line(c.left + x, bottom, c.left + x + w, bottom, Theme.WRITE_LINE_WIDTH, Theme.WRITE_LINE);
                for (int d = 0; d < days.size(); d++) {
                    float cx = c.left + x + fc + d * dayWidth;
                    c.empty(cells.get(d).parent);
                    c.line(cx, top, cx, bottom, Theme.WRITE_LINE_WIDTH, Theme.WRITE_LINE);
                    String who = row.isBlank() ? title : title + " - " + row;
                    c.textField(who + " - " + days.get(d), cx + 1.5f, bottom + 1.5f, dayWidth - 3, height - 3, false,
                            cells.get(d));
                }
            }));
        }
    }

    private void pair(Block.Pair p, float x, float w, float gap) {
        float g = label(p.label(), x, w, gap);
        String title = p.label().isBlank() ? "Our answers" : p.label();
        int total = Math.max(p.count(), Theme.MIN_WRITE_LINES);
        int done = 0;
        while (done < total) {
            int count = Math.min(20, total - done);
            pairBoxes(new Block.Pair(done == 0 ? title : title + " - continued", count, p.left(), p.right()),
                    x, w, done == 0 ? g : 6);
            done += count;
        }
    }

    private void pairBoxes(Block.Pair p, float x, float w, float g) {
        String title = p.label();
        float between = 14;
        float boxW = (w - between) / 2;
        float headH = 20;
        float lg = Theme.WRITE_LINE_GAP;
        float height = headH + p.count() * lg + 8;
        float headSize = Theme.LABEL_SIZE;
        TextLine left = setter.set(p.left(), FontStyle.MEDIUM, headSize, Theme.ACCENT_DARK, boxW - 20).get(0);
        TextLine right = setter.set(p.right(), FontStyle.MEDIUM, headSize, Theme.ACCENT_DARK, boxW - 20).get(0);
        // Reading order: left name, left field, right name, right field (the order they are drawn).
        Tag[] heads = {composer.context().child("P"), composer.context().child("P")};
        Tag[] forms = {composer.context().child("Form"), composer.context().child("Form")};
        composer.add(Item.of(height, g, (c, top) -> {
            for (int side = 0; side < 2; side++) {
                float bx = c.left + x + side * (boxW + between);
                c.roundRect(bx, top - height, boxW, height, 5f, Theme.RULE, false, 0.7f);
                c.text(side == 0 ? left : right, bx + 10, Canvas.baseline(top - 3, headH, headSize), heads[side]);
                for (int k = 1; k <= p.count(); k++) {
                    float y = top - headH - k * lg + 1;
                    c.line(bx + 10, y, bx + boxW - 10, y, Theme.WRITE_LINE_WIDTH, Theme.WRITE_LINE);
                }
                String who = side == 0 ? p.left() : p.right();
                c.textField(title + " - " + who, bx + 8, top - headH - p.count() * lg + 2, boxW - 16,
                        p.count() * lg - 2, p.count() > 1, forms[side]);
            }
        }));
    }
}
