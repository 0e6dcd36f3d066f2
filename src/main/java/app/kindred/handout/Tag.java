package app.kindred.handout;

import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;

/**
 * A node of a PDF's logical structure (a heading, a paragraph, a list item, a table cell, a form
 * field), made while composing and turned into a structure element the first time something of it
 * is drawn. Elements are therefore created, and added to their parent, in the order the page is
 * read, which is the reading order screen readers follow.
 *
 * @param role a standard structure type: {@code H1}-{@code H3}, {@code P}, {@code L}, {@code LI},
 *             {@code Lbl}, {@code LBody}, {@code BlockQuote}, {@code Table}, {@code TR}, {@code TH},
 *             {@code TD}, {@code Form}, {@code Sect}, {@code Document}
 */
final class Tag {
    /** For {@code TH}: the cells it heads ("Column" or "Row"); for {@code L}: its numbering ("Decimal", "Disc"). */
    final String role;
    final Tag parent;
    final String attribute;
    PDStructureElement element;

    private Tag(String role, Tag parent, String attribute) {
        this.role = role;
        this.parent = parent;
        this.attribute = attribute;
    }

    static Tag root(String role) {
        return new Tag(role, null, null);
    }

    Tag child(String role) {
        return new Tag(role, this, null);
    }

    Tag child(String role, String attribute) {
        return new Tag(role, this, attribute);
    }
}
