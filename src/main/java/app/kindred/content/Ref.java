package app.kindred.content;

/**
 * A reference from one content file to another, kept with its place for cross-file checks.
 *
 * @param level for a deck reference, the level asked for (1-based), or 0
 */
record Ref(Kind target, String id, int line, int column, int level) {
    static Ref at(Kind target, String id, YNode node) {
        return new Ref(target, id, node.line(), node.column(), 0);
    }
}
