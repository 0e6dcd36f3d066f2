package app.kindred.handout;

import java.util.ArrayList;
import java.util.List;

/**
 * Places items on pages top to bottom. Keep rules: an item marked keep-with-next stays on the same
 * page as the item after it (chains follow), which keeps headings with what they introduce and
 * gives paragraphs at least two lines at the top and bottom of a page (no widows, no orphans). A
 * chain taller than a whole page is broken where it must be.
 */
final class Paginator {
    /** @param repeat a table header drawn again at the top of a later page (an artifact, not read twice) */
    record Placed(Item item, float top, boolean repeat) {
        Placed(Item item, float top) {
            this(item, top, false);
        }
    }

    private Paginator() {
    }

    /**
     * @param firstTop  top of the content area on the first page (below the title band)
     * @param otherTop  top of the content area on later pages
     * @param bottom    bottom of the content area on every page
     */
    static List<List<Placed>> paginate(List<Item> items, float firstTop, float otherTop, float bottom) {
        List<List<Placed>> pages = new ArrayList<>();
        List<Placed> page = new ArrayList<>();
        pages.add(page);
        float y = firstTop;
        float pageHeight = otherTop - bottom;
        int n = items.size();
        int i = 0;
        while (i < n) {
            Item item = items.get(i);
            boolean empty = page.isEmpty();
            if (item.breakBefore() && !empty) {
                page = new ArrayList<>();
                pages.add(page);
                y = otherTop;
                continue;
            }
            float gap = empty ? 0 : item.gapBefore();
            float chain = gap + item.height();
            for (int j = i; j + 1 < n && items.get(j).keepWithNext() && !items.get(j + 1).breakBefore(); j++) {
                chain += items.get(j + 1).gapBefore() + items.get(j + 1).height();
            }
            float room = y - bottom;
            boolean chainFits = chain <= room + 0.01f;
            boolean chainFitsAnyPage = chain - gap <= pageHeight;
            boolean itemFits = gap + item.height() <= room + 0.01f;
            boolean roomyer = y < otherTop - 0.01f && item.height() <= pageHeight;
            if (!empty && (!itemFits || !chainFits && chainFitsAnyPage) || empty && !itemFits && roomyer) {
                page = new ArrayList<>();
                pages.add(page);
                y = otherTop;
                continue;
            }
            if (empty && pages.size() > 1 && item.repeat() != null) {
                // A table continues: its header row comes first on the new page.
                Item header = item.repeat();
                if (header.height() + item.height() <= y - bottom) {
                    page.add(new Placed(header, y, true));
                    y -= header.height();
                }
            }
            page.add(new Placed(item, y - gap));
            y -= gap + item.height();
            i++;
        }
        return pages;
    }
}
