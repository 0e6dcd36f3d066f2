package app.kindred.ui.kiosk;

import app.kindred.content.ContentLibrary;
import app.kindred.ui.CommandAction;
import app.kindred.ui.PanelScreen;
import app.kindred.ui.ScrollColumn;
import app.kindred.ui.Text;
import app.kindred.ui.Widgets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import net.miginfocom.swing.MigLayout;

/**
 * Choose a short programme or one exercise: cards with minutes and a one-line summary, filtered by
 * length. Tapping a card starts it.
 */
public final class ChooseScreen extends PanelScreen {
    public static final String ID = "choose";

    private final CommandAction<?> back;
    private final Consumer<Choice> onChoose;
    private List<Choice> choices = List.of();
    private Choice.LengthFilter filter = Choice.LengthFilter.ANY;
    private ScrollColumn list;
    private JLabel empty;

    public ChooseScreen(CommandAction<?> back, Consumer<Choice> onChoose) {
        this.back = back;
        this.onChoose = onChoose;
    }

    @Override
    public String id() {
        return ID;
    }

    /** Shows what the library offers; may be called before or after the screen is built. */
    public void setLibrary(ContentLibrary library) {
        choices = Choice.from(library);
        if (panel != null) {
            fill();
        }
    }

    @Override
    protected JPanel build() {
        JPanel p = new JPanel(new MigLayout("fill, insets 40lp 48lp 32lp 48lp, wrap 1", "push[640lp:880lp:1100lp]push",
                "[]rel[]para[]unrel[grow, fill]para[]"));
        p.add(Widgets.label("choose.title", "title", Text.get("choose.title")));
        p.add(Widgets.label("choose.lead", "body", Text.get("choose.lead")));
        // A few pixels of room so the focus ring of the first chip is not clipped.
        // A radio group: one choice at a time, and choosing it (by tap, Space or the arrow keys, which
        // FlatLaf lets move the selection within a button group) filters at once.
        JPanel chips = new JPanel(new MigLayout("insets 4lp, gap rel"));
        chips.setOpaque(false);
        chips.setName("choose.filter");
        chips.getAccessibleContext().setAccessibleName(Text.get("choose.filter"));
        ButtonGroup group = new ButtonGroup();
        for (Choice.LengthFilter f : Choice.LengthFilter.values()) {
            String key = "choose.filter." + f.name().toLowerCase(Locale.ROOT);
            JToggleButton chip = Widgets.named(new RadioChip(Text.get(key)), key, "chip");
            chip.setSelected(f == filter);
            chip.addItemListener(e -> {
                if (e.getStateChange() == java.awt.event.ItemEvent.SELECTED && filter != f) {
                    filter = f;
                    fill();
                }
            });
            group.add(chip);
            chips.add(chip);
        }
        p.add(chips);
        list = new ScrollColumn("choose.list");
        p.add(list.inScrollPane(), "grow");
        empty = Widgets.label("choose.empty", "body", Text.get("choose.empty"));
        JButton backButton = Widgets.button("choose.back", "touch", back);
        p.add(backButton, "left");
        p.getAccessibleContext().setAccessibleName(Text.get("choose.title"));
        fill();
        return p;
    }

    private void fill() {
        list.removeAll();
        int shown = 0;
        for (Choice c : choices) {
            if (c.fits(filter)) {
                list.add(card(c));
                shown++;
            }
        }
        if (shown == 0) {
            list.add(empty, "center");
        }
        list.revalidate();
        list.repaint();
        list.scrollRectToVisible(new java.awt.Rectangle(0, 0, 1, 1));
    }

    private JButton card(Choice c) {
        JButton card = new JButton();
        // No layout insets: the card style's margin already gives the padding.
        card.setLayout(new MigLayout("insets 0, fillx, wrap 2", "[grow, fill][right]", "[]4lp[]4lp[]"));
        Widgets.named(card, "choose.card." + c.id(), "card");
        JLabel title = Widgets.label(null, "turn", c.title());
        card.add(title, "wmin 0");
        String minutes = Text.format("choose.minutes", c.minutes());
        card.add(Widgets.label(null, "minutes", minutes));
        String kind = Text.get(c.isProgramme() ? "choose.kind.programme" : "choose.kind.exercise");
        card.add(Widgets.cardParagraph(null, "body", c.summary()), "span 2, wmin 0");
        card.add(Widgets.label(null, "secondary", kind), "span 2");
        card.getAccessibleContext().setAccessibleName(c.title() + ", " + minutes);
        card.getAccessibleContext().setAccessibleDescription(c.summary());
        card.addActionListener(e -> onChoose.accept(c));
        return card;
    }

    @Override
    public JComponent initialFocus() {
        return list != null && list.getComponentCount() > 0 && list.getComponent(0) instanceof JButton b ? b : null;
    }

    /** A chip that a screen reader knows as one radio button of the group. */
    private static final class RadioChip extends JToggleButton {
        RadioChip(String text) {
            super(text);
        }

        @Override
        public javax.accessibility.AccessibleContext getAccessibleContext() {
            if (accessibleContext == null) {
                accessibleContext = new AccessibleJToggleButton() {
                    @Override
                    public javax.accessibility.AccessibleRole getAccessibleRole() {
                        return javax.accessibility.AccessibleRole.RADIO_BUTTON;
                    }
                };
            }
            return accessibleContext;
        }
    }

    /** The list's scroll pane (tests drag it). */
    public ScrollColumn list() {
        return list;
    }

    /** The filter chips' current choice (tests). */
    public Choice.LengthFilter filter() {
        return filter;
    }
}
