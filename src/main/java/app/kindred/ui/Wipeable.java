package app.kindred.ui;

/**
 * A screen or widget that holds a couple's words. {@link #wipe()} forgets them for good: text
 * components get fresh documents (which drops their undo history with the old document), lists
 * are emptied. Called on the event thread by the privacy wipe after every couple.
 */
public interface Wipeable {
    void wipe();
}
