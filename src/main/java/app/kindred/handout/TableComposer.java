package app.kindred.handout;

import java.util.ArrayList;
import java.util.List;

/**
 * GitHub-style tables: columns sized to their content within the page width and never narrower than
 * their longest word (so no word is cut), text wrapped inside cells, numbers right-aligned, a tinted
 * header row kept with the first body row, hairlines between rows. Tagged as Table, TR, TH, TD.
 */
final class TableComposer {
    private static final float MIN_COLUMN = 56f;
    private static final float SHORT_TABLE = 260f;
    /** A cell that is a number, a duration, a count like "3 (+3)", or a dash for none. */
    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("[<>~\\u2248]?[+\\-\\u2212]?\\d[\\d.,:]*\\s*%?(\\s*\\([+\\-]?\\d[\\d.,:]*\\))?|[\\-\\u2013\\u2014]");
    private final TextSetter setter;
    private final Composer composer;

    TableComposer(TextSetter setter, Composer composer) {
        this.setter = setter;
        this.composer = composer;
    }

    void table(Block.Table t, float x, float w, float gap) {
        int cols = t.header().size();
        for (List<List<Span>> row : t.rows()) {
            cols = Math.max(cols, row.size());
        }
        if (cols == 0) {
            return;
        }
        float pad = Theme.CELL_PAD;
        float[] natural = new float[cols];
        float[] longestWord = new float[cols];
        measure(t.header(), natural, longestWord, FontStyle.MEDIUM);
        for (List<List<Span>> row : t.rows()) {
            measure(row, natural, longestWord, null);
        }
        float[] widths = widths(natural, longestWord, w, 2 * pad);
        boolean[] numeric = numericColumns(t.rows(), cols);
        Tag table = composer.context().child("Table");
        boolean firstRow = true;
        Item header = null;
        if (!t.header().isEmpty()) {
            List<List<Span>> head = t.header().stream()
                    .map(cell -> cell.stream().map(s -> new Span(s.text(), FontStyle.MEDIUM)).toList()).toList();
            header = row(head, x, widths, numeric, Theme.TABLE_HEAD, Theme.ACCENT_DARK, gap, table.child("TR"), true).keep(true);
            composer.add(header);
            header = header.gap(0);
            firstRow = false;
        }
        List<Item> rows = new java.util.ArrayList<>();
        float height = 0;
        for (List<List<Span>> row : t.rows()) {
            Item item = row(row, x, widths, numeric, -1, Theme.INK, firstRow ? gap : 0, table.child("TR"), false);
            rows.add(item);
            height += item.height();
            firstRow = false;
        }
        // A short table is read as a whole: it moves to the next page rather than split.
        boolean whole = height < SHORT_TABLE;
        for (int i = 0; i < rows.size(); i++) {
            boolean keep = whole ? i < rows.size() - 1 : i == 0 || i == rows.size() - 2;
            composer.add(rows.get(i).keep(keep && rows.size() > 1).repeating(header));
        }
    }

    private void measure(List<List<Span>> row, float[] natural, float[] longestWord, FontStyle force) {
        for (int c = 0; c < row.size(); c++) {
            String text = MarkdownReader.text(row.get(c));
            FontStyle style = force != null ? force : row.get(c).isEmpty() ? FontStyle.REGULAR : row.get(c).get(0).style();
            natural[c] = Math.max(natural[c], setter.width(text, style, Theme.TABLE_SIZE));
            for (String word : text.split("\\s+")) {
                longestWord[c] = Math.max(longestWord[c], setter.width(word, style, Theme.TABLE_SIZE));
            }
        }
    }

    /** Columns whose body cells are all numbers (or a dash for none), with at least one number. */
    static boolean[] numericColumns(List<List<List<Span>>> rows, int cols) {
        boolean[] numeric = new boolean[cols];
        for (int c = 0; c < cols; c++) {
            boolean all = !rows.isEmpty();
            boolean digit = false;
            for (List<List<Span>> row : rows) {
                String text = c < row.size() ? MarkdownReader.text(row.get(c)).strip() : "";
                if (text.isEmpty()) {
                    continue;
                }
                all &= NUMBER.matcher(text).matches();
                digit |= text.chars().anyMatch(Character::isDigit);
            }
            numeric[c] = all && digit;
        }
        return numeric;
    }

    /** Columns get what they need if it fits; otherwise short columns keep their width and long ones share the rest. */
    static float[] widths(float[] natural, float[] longestWord, float total, float padding) {
        int n = natural.length;
        float[] want = new float[n];
        float sum = 0;
        for (int i = 0; i < n; i++) {
            want[i] = Math.max(Math.max(natural[i], longestWord[i]) + padding, MIN_COLUMN);
            sum += want[i];
        }
        float[] out = new float[n];
        if (sum <= total) {
            // Spare width goes to the text columns; short ones (numbers, single words) keep their size.
            float wide = 0;
            for (int i = 0; i < n; i++) {
                wide += want[i] > 100 ? want[i] : 0;
            }
            for (int i = 0; i < n; i++) {
                float share = wide > 0 ? (want[i] > 100 ? want[i] / wide : 0) : want[i] / sum;
                out[i] = want[i] + (total - sum) * share;
            }
            return out;
        }
        // Too wide: every column keeps at least its longest word (so no word is cut), and the rest
        // is shared in proportion to what each wants beyond that.
        float[] floor = new float[n];
        float floors = 0;
        for (int i = 0; i < n; i++) {
            floor[i] = Math.max(longestWord[i] + padding, Math.min(MIN_COLUMN, want[i]));
            floors += floor[i];
        }
        if (floors > total) {
            // Words longer than the page allows (a test string, a pasted link): shrink in proportion.
            for (int i = 0; i < n; i++) {
                out[i] = total * floor[i] / floors;
            }
            return out;
        }
        float beyond = 0;
        for (int i = 0; i < n; i++) {
            beyond += want[i] - floor[i];
        }
        float rest = total - floors;
        for (int i = 0; i < n; i++) {
            out[i] = floor[i] + (beyond > 0 ? rest * (want[i] - floor[i]) / beyond : rest / n);
        }
        return out;
    }

    private Item row(List<List<Span>> cells, float x, float[] widths, boolean[] numeric, int background, int colour, float gap,
                     Tag tr, boolean head) {
        float pad = Theme.CELL_PAD;
        float size = Theme.TABLE_SIZE;
        float lh = size * 1.35f;
        List<List<TextLine>> set = new ArrayList<>();
        List<Tag> tags = new ArrayList<>();
        int maxLines = 1;
        for (int c = 0; c < widths.length; c++) {
            tags.add(head ? tr.child("TH", "Column") : tr.child("TD"));
            List<Span> cell = c < cells.size() ? cells.get(c) : List.of();
            List<TextLine> lines = setter.set(cell, size, colour, widths[c] - 2 * pad, true);
            set.add(lines);
            maxLines = Math.max(maxLines, lines.size());
        }
        float height = maxLines * lh + 2 * pad;
        float total = 0;
        for (float wc : widths) {
            total += wc;
        }
        float tableWidth = total;
        return Item.of(height, gap, (c, top) -> {
            if (background >= 0) {
                c.fillRect(c.left + x, top - height, tableWidth, height, background);
            }
            float cx = c.left + x;
            for (int col = 0; col < widths.length; col++) {
                List<TextLine> lines = set.get(col);
                c.empty(tags.get(col));
                for (int k = 0; k < lines.size(); k++) {
                    float slotTop = top - pad - k * lh;
                    TextLine line = lines.get(k);
                    float lx = numeric[col] ? cx + widths[col] - pad - line.width() : cx + pad;
                    c.text(line, lx, Canvas.baseline(slotTop, lh, size), tags.get(col));
                }
                cx += widths[col];
            }
            c.line(c.left + x, top - height, c.left + x + tableWidth, top - height, 0.5f, Theme.RULE);
        });
    }
}
