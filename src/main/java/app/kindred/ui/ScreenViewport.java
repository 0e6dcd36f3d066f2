package app.kindred.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.ScrollPaneConstants;
import javax.swing.border.EmptyBorder;

/**
 * Holds the kiosk's screens so that none is ever cut off: a screen fills the window when it fits
 * and scrolls (up and down, and sideways only if it must) when a large UI scale makes it bigger
 * than the screen. Sizes follow the screen on show, not the largest screen ever built (a card
 * layout alone would size every screen to the biggest of them).
 */
public final class ScreenViewport extends ScrollingPanel {
    private final JComponent deck;
    private final boolean cards;

    /** For the deck of screens (a card layout): sized by the screen on show. */
    public ScreenViewport(JComponent deck) {
        this(deck, true);
    }

    /**
     * @param cards true for a card layout's deck (sized by its visible card), false for one
     *              component (an overlay's card)
     */
    public ScreenViewport(JComponent deck, boolean cards) {
        super(new BorderLayout());
        this.deck = deck;
        this.cards = cards;
        setName("screens.view");
        setOpaque(false);
        add(deck, BorderLayout.CENTER);
    }

    /** The scroll pane that shows it: borderless, scroll bars only when needed. */
    public JScrollPane inScrollPane() {
        JScrollPane sp = new JScrollPane(this, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_AS_NEEDED);
        sp.setName("screens.scroll");
        sp.setBorder(new EmptyBorder(0, 0, 0, 0));
        sp.getViewport().setOpaque(false);
        sp.setOpaque(false);
        return sp;
    }

    private Component shown() {
        if (!cards) {
            return deck;
        }
        for (Component c : deck.getComponents()) {
            if (c.isVisible()) {
                return c;
            }
        }
        return null;
    }

    @Override
    public Dimension getPreferredSize() {
        Component c = shown();
        return c == null ? super.getPreferredSize() : c.getPreferredSize();
    }

    @Override
    public Dimension getMinimumSize() {
        Component c = shown();
        return c == null ? super.getMinimumSize() : c.getMinimumSize();
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return fitsViewportWidth();
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return fitsViewportHeight();
    }
}
