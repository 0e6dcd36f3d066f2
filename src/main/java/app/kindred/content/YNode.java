package app.kindred.content;

import java.util.List;

/**
 * A YAML value with the place it was written, so every message can point at line and column.
 * Built by {@link YamlTree}; anchors, aliases and tags never get this far.
 */
sealed interface YNode permits YNode.Scalar, YNode.Seq, YNode.Map {
    int line();

    int column();

    /** A short description for "expected text, got a list" messages. */
    String describe();

    /**
     * A scalar as written (quotes removed).
     *
     * @param plain true for an unquoted scalar that YAML reads as a number, boolean or null
     * @param isNull true for {@code ~}, {@code null} or nothing at all after the colon
     */
    record Scalar(String text, boolean plain, boolean isNull, int line, int column) implements YNode {
        @Override
        public String describe() {
            return isNull || text.isEmpty() ? "nothing" : "\"" + Suggestions.shorten(text) + "\"";
        }
    }

    record Seq(List<YNode> items, int line, int column) implements YNode {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A mapping; entries keep their written order. */
    record Map(List<Entry> entries, int line, int column) implements YNode {
        @Override
        public String describe() {
            return "a group of \"key: value\" lines";
        }

        public Entry get(String key) {
            for (Entry e : entries) {
                if (e.key().equals(key)) {
                    return e;
                }
            }
            return null;
        }
    }

    record Entry(String key, int line, int column, YNode value) {
    }
}
