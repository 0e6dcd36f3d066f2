package app.kindred.handout;

import java.util.List;

/**
 * One titled run of pages inside a PDF: a handout, or a summary. Page numbers count within it.
 *
 * @param kicker  small line above the title in the band, e.g. "KINDRED · WORKSHEET"
 * @param footer  the footer's left text (title and the articles it draws on)
 */
record Section(String title, String kicker, String footer, List<Block> blocks) {
    /** Printer's quotes and punctuation everywhere the section prints (see {@link Typography}). */
    Section {
        title = Typography.refine(title);
        kicker = Typography.refine(kicker);
        footer = Typography.refine(footer);
        blocks = List.copyOf(Typography.blocks(blocks));
    }
}
