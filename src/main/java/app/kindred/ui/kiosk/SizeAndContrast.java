package app.kindred.ui.kiosk;

import app.kindred.ui.Edt;
import app.kindred.ui.Text;
import app.kindred.ui.Theme;
import app.kindred.ui.Widgets;
import java.awt.Window;
import javax.swing.AbstractAction;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;

/**
 * The couple's "Aa": bigger text (100, 125, 150 or 200 % of the facilitator's size) and high
 * contrast, chosen without the PIN and applied at once. The facilitator's look is noted when a
 * couple first changes it; the wipe puts it back, so the next couple starts with it.
 */
final class SizeAndContrast {
    static final int[] SIZES = {100, 125, 150, 200};

    private final JPanel card = new JPanel(new MigLayout("insets 32lp 40lp 32lp 40lp, wrap 1, fillx, gapy 16lp",
            "[grow, fill, 420lp:560lp:720lp]"));
    private final JToggleButton[] sizes = new JToggleButton[SIZES.length];
    private final JToggleButton contrast = new JToggleButton();
    private final JButton close;
    /** The facilitator's theme and scale, noted at a couple's first change; null while unchanged. */
    private Theme baseTheme;
    private int baseScale;
    private int size = 100;

    SizeAndContrast(Runnable onClose) {
        card.setName("look");
        Widgets.style(card, "card");
        card.getAccessibleContext().setAccessibleName(Text.get("look.title"));
        card.add(Widgets.label("look.title", "title", Text.get("look.title")));
        card.add(Widgets.label("look.size", "body", Text.get("look.size")));
        JPanel row = new JPanel(new MigLayout(Widgets.NESTED + ", gap 16lp, fillx", "[grow, fill][grow, fill][grow, fill][grow, fill]"));
        row.setOpaque(false);
        ButtonGroup group = new ButtonGroup();
        for (int i = 0; i < SIZES.length; i++) {
            int percent = SIZES[i];
            JToggleButton b = Widgets.named(new JToggleButton(Text.format("look.percent", percent)), "look.size." + percent, "choice");
            b.getAccessibleContext().setAccessibleName(Text.format("look.size.name", percent));
            b.addActionListener(e -> choose(percent, contrast.isSelected()));
            group.add(b);
            row.add(b, "h 56lp!");
            sizes[i] = b;
        }
        card.add(row);
        Widgets.named(contrast, "look.contrast", "choice");
        contrast.getAccessibleContext().setAccessibleName(Text.get("look.contrast"));
        contrast.addActionListener(e -> choose(size, contrast.isSelected()));
        card.add(Widgets.label("look.contrast.label", "body", Text.get("look.contrast")));
        card.add(contrast, "h 56lp!, growx 0, w 200lp!");
        close = Widgets.button("look.close", "primary", new AbstractAction(Text.get("look.close")) {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                onClose.run();
            }
        });
        card.add(close, "growx 0, right");
        showChoice();
    }

    JComponent component() {
        return card;
    }

    JComponent initialFocus() {
        return close;
    }

    /** True while a couple's choice is in force (not the facilitator's look). */
    boolean changed() {
        return baseTheme != null;
    }

    int size() {
        return size;
    }

    boolean contrast() {
        return contrast.isSelected();
    }

    private void choose(int percent, boolean highContrast) {
        Edt.check();
        if (baseTheme == null) {
            baseTheme = Theme.current();
            baseScale = Theme.currentScalePercent();
        }
        size = percent;
        apply(highContrast ? Theme.HIGH_CONTRAST : baseTheme, Theme.clampScale(baseScale * percent / 100));
        showChoice();
    }

    /** The wipe: the facilitator's look again, and the card back at 100 % without contrast. */
    void reset() {
        Edt.check();
        size = 100;
        contrast.setSelected(false);
        if (baseTheme != null) {
            Theme t = baseTheme;
            baseTheme = null;
            apply(t, baseScale);
        }
        showChoice();
    }

    private void showChoice() {
        for (int i = 0; i < SIZES.length; i++) {
            sizes[i].setSelected(SIZES[i] == size);
        }
        contrast.setText(Text.get(contrast.isSelected() ? "look.on" : "look.off"));
    }

    private static void apply(Theme theme, int percent) {
        if (theme == Theme.current() && percent == Theme.currentScalePercent()) {
            return;
        }
        theme.install(percent);
        for (Window w : Window.getWindows()) {
            SwingUtilities.updateComponentTreeUI(w);
        }
    }
}
