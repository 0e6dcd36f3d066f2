package app.kindred.ui;

import com.formdev.flatlaf.util.UIScale;
import java.awt.AlphaComposite;
import java.awt.CardLayout;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.util.function.LongSupplier;
import javax.swing.JPanel;
import javax.swing.Timer;

/**
 * The panel that holds the screens. When the {@link Navigator} swaps them, the new screen is there at
 * once (it takes clicks, keys and the focus straight away) and is only drawn as arriving: it fades
 * in from 40 % and rises the last few pixels into place over {@link #MILLIS} ms. With less motion
 * asked for ({@link Motion}) it is simply there. The very first frame already shows the new screen,
 * so a tap's answer is seen as soon as without the fade. The room view's cards (ready, step, paused,
 * break, finished) arrive the same way.
 */
public final class ScreenDeck extends JPanel {
    /** The whole transition; 150 to 250 ms reads as "arriving", not as a wait. */
    static final int MILLIS = 200;
    private static final int FRAME_MS = 16;
    private static final float FIRST_ALPHA = 0.4f;
    /** How far the new screen rises into place, in logical pixels. */
    private static final int RISE = 12;

    private final LongSupplier nanos;
    private final Timer frames;
    /** When the running transition began (on {@link #nanos}); -1: none runs. */
    private long start = -1;
    private int framesBetween;

    public ScreenDeck(CardLayout cards, LongSupplier nanos) {
        super(cards);
        this.nanos = nanos;
        frames = new Timer(FRAME_MS, e -> step());
        frames.setCoalesce(true);
    }

    /**
     * Its accessible children are the visible cards only: a screen reader walking the tree (AT-SPI
     * through the ATK bridge, which lists hidden cards as well) meets the current screen's controls,
     * not those of every screen built so far.
     */
    @Override
    public javax.accessibility.AccessibleContext getAccessibleContext() {
        if (accessibleContext == null) {
            accessibleContext = new AccessibleJPanel() {
                @Override
                public int getAccessibleChildrenCount() {
                    return shownCards().size();
                }

                @Override
                public javax.accessibility.Accessible getAccessibleChild(int i) {
                    java.util.List<java.awt.Component> shown = shownCards();
                    return i >= 0 && i < shown.size() && shown.get(i) instanceof javax.accessibility.Accessible a ? a : null;
                }
            };
        }
        return accessibleContext;
    }

    private java.util.List<java.awt.Component> shownCards() {
        java.util.List<java.awt.Component> shown = new java.util.ArrayList<>();
        for (java.awt.Component c : getComponents()) {
            if (c.isVisible() && c instanceof javax.accessibility.Accessible) {
                shown.add(c);
            }
        }
        return shown;
    }

    /** The cards were just swapped: draw the new one arriving, or at once. */
    public void arrive() {
        if (Motion.reduced() || !isShowing()) {
            finish();
            return;
        }
        start = nanos.getAsLong();
        frames.restart();
        repaint();
    }

    /** One frame: repaint the arriving screen, or end the transition once its time is up. */
    void step() {
        if (start >= 0 && progress() >= 1) {
            finish();
        } else if (start >= 0) {
            repaint();
        }
    }

    /** Ends a running transition now: the next paint is the screen as it stays. */
    void finish() {
        boolean was = start >= 0;
        start = -1;
        frames.stop();
        if (was) {
            repaint();
        }
    }

    public boolean moving() {
        return start >= 0;
    }

    /** Frames painted part-way, since this deck was made (tests: none with reduced motion). */
    public int framesBetween() {
        return framesBetween;
    }

    private double progress() {
        return Math.min(1, (nanos.getAsLong() - start) / (MILLIS * 1e6));
    }

    /**
     * While a screen arrives every repaint inside it (a caret, the countdown) is painted from here,
     * through the fade; otherwise Swing paints children directly, as it always did.
     */
    @Override
    protected boolean isPaintingOrigin() {
        return start >= 0;
    }

    @Override
    protected void paintChildren(Graphics g) {
        double p = start < 0 ? 1 : progress();
        if (p >= 1) {
            super.paintChildren(g);
            return;
        }
        double eased = 1 - Math.pow(1 - p, 3); // ease out: quick at first, settling gently
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setComposite(AlphaComposite.SrcOver.derive((float) (FIRST_ALPHA + (1 - FIRST_ALPHA) * eased)));
            g2.translate(0, Math.round(UIScale.scale((float) RISE) * (1 - eased)));
            framesBetween++;
            super.paintChildren(g2);
        } finally {
            g2.dispose();
        }
    }
}
