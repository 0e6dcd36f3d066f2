package app.kindred.handout;

import java.io.IOException;

/**
 * One unbreakable horizontal slice of a page, in the order it is read. The paginator only sees
 * heights and the keep rules; the painter draws the slice once its page and position are known.
 *
 * @param gapBefore    space above, dropped at the top of a page
 * @param keepWithNext never end a page after this item (headings, a paragraph's first line, labels)
 * @param breakBefore  start a new page before this item
 * @param heading      for layout checks: a heading must never be the last thing on a page
 * @param repeat       drawn again at the top of a page this item starts (a table's header row), or null
 */
record Item(float height, float gapBefore, boolean keepWithNext, boolean breakBefore, boolean heading, Painter painter,
            Item repeat) {

    @FunctionalInterface
    interface Painter {
        /** Draws the slice with its top edge at {@code top} (PDF user space, y grows upwards). */
        void paint(Canvas canvas, float top) throws IOException;
    }

    static Item of(float height, float gapBefore, Painter painter) {
        return new Item(height, gapBefore, false, false, false, painter, null);
    }

    Item keep(boolean keep) {
        return new Item(height, gapBefore, keep, breakBefore, heading, painter, repeat);
    }

    Item gap(float gap) {
        return new Item(height, gap, keepWithNext, breakBefore, heading, painter, repeat);
    }

    Item asHeading() {
        return new Item(height, gapBefore, true, breakBefore, true, painter, repeat);
    }

    Item repeating(Item header) {
        return new Item(height, gapBefore, keepWithNext, breakBefore, heading, painter, header);
    }

    static Item pageBreak() {
        return new Item(0, 0, false, true, false, (c, top) -> { }, null);
    }
}
