package app.kindred.handout;

import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDListAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * The tagged-PDF bookkeeping of one document: the structure tree, marked-content ids per page, and
 * the parent tree that maps each page's marked content and each form field back to its element.
 * Everything drawn that is not tagged is marked as an artifact by {@link Canvas}.
 */
final class StructureTree {
    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final Tag document = Tag.root("Document");
    private final Map<Integer, COSObjectable> parents = new HashMap<>();
    private int nextKey;
    private PDPage page;
    private COSArray pageElements;

    Tag document() {
        return document;
    }

    /** Starts a page: its marked content is numbered from 0 and listed under a new parent-tree key. */
    void startPage(PDPage page) {
        this.page = page;
        this.pageElements = new COSArray();
        page.setStructParents(nextKey);
        parents.put(nextKey++, pageElements);
        // Pages with form fields: tab through them in structure (reading) order, as PDF/UA asks.
        page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
    }

    /** The marked-content id for the next piece of content of this element on the current page. */
    int mark(Tag tag) {
        PDStructureElement element = element(tag);
        int mcid = pageElements.size();
        PDMarkedContentReference ref = new PDMarkedContentReference();
        ref.setMCID(mcid);
        ref.setPage(page);
        element.appendKid(ref);
        pageElements.add(element);
        return mcid;
    }

    /** A form field's widget belongs to its element (a {@code Form}). */
    void annotation(Tag tag, PDAnnotation widget) {
        PDStructureElement element = element(tag);
        PDObjectReference ref = new PDObjectReference();
        ref.setReferencedObject(widget);
        ref.setPage(page);
        element.appendKid(ref);
        widget.setStructParent(nextKey);
        parents.put(nextKey++, element);
    }

    /** Makes sure the element exists (an empty table cell: every row has all its cells). */
    void touch(Tag tag) {
        element(tag);
    }

    private PDStructureElement element(Tag tag) {
        if (tag.element != null) {
            return tag.element;
        }
        PDStructureElement element;
        if (tag.parent == null) {
            element = new PDStructureElement(tag.role, root);
            root.appendKid(element);
        } else {
            PDStructureElement parent = element(tag.parent);
            element = new PDStructureElement(tag.role, parent);
            parent.appendKid(element);
        }
        if (tag.attribute != null && tag.role.equals("TH")) {
            PDTableAttributeObject scope = new PDTableAttributeObject();
            scope.setScope(tag.attribute);
            element.addAttribute(scope);
        } else if (tag.attribute != null && tag.role.equals("L")) {
            PDListAttributeObject numbering = new PDListAttributeObject();
            numbering.setListNumbering(tag.attribute);
            element.addAttribute(numbering);
        }
        tag.element = element;
        return element;
    }

    /** Puts the tree in the document and marks it as tagged. */
    void finish(PDDocument doc) {
        PDNumberTreeNode tree = new PDNumberTreeNode(COSBase.class);
        tree.setNumbers(parents);
        root.setParentTree(tree);
        root.setParentTreeNextKey(nextKey);
        doc.getDocumentCatalog().setStructureTreeRoot(root);
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        doc.getDocumentCatalog().setMarkInfo(mark);
    }
}
