package app.kindred.ui.kiosk;

import app.kindred.content.Handout;
import app.kindred.session.Participants;
import app.kindred.session.SessionRecord.WrittenWords;
import app.kindred.ui.CheckMark;
import app.kindred.ui.CommandAction;
import app.kindred.ui.PartnerLook;
import app.kindred.ui.PanelScreen;
import app.kindred.ui.ScrollColumn;
import app.kindred.ui.Text;
import app.kindred.ui.Widgets;
import app.kindred.ui.Wipeable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javax.swing.JLabel;
import javax.swing.JToggleButton;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/**
 * "Choose what goes on your take-home sheet": what they did is always on it; each worksheet and
 * each reflection has a tick box. Unticked words are never printed and are wiped at goodbye.
 */
public final class ReviewScreen extends PanelScreen implements Wipeable {
    public static final String ID = "review";

    private final CommandAction<?> print;
    private final CommandAction<?> skip;
    private final BiConsumer<String, Boolean> onWordsChoice;
    private final Map<String, JToggleButton> handouts = new LinkedHashMap<>();
    private ScrollColumn list;

    /** @param onWordsChoice called with a words id and whether it goes on the sheet */
    public ReviewScreen(CommandAction<?> print, CommandAction<?> skip, BiConsumer<String, Boolean> onWordsChoice) {
        this.print = print;
        this.skip = skip;
        this.onWordsChoice = onWordsChoice;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    protected JPanel build() {
        JPanel p = new JPanel(new MigLayout("fill, insets 40lp 48lp 32lp 48lp, wrap 1", "push[600lp:880lp:1100lp]push",
                "[]rel[]para[grow, fill]para[]"));
        p.add(Widgets.label("review.title", "title", Text.get("review.title")));
        p.add(Widgets.label("review.lead", "body", Text.get("review.lead")));
        list = new ScrollColumn("review.list");
        p.add(list.inScrollPane(), "grow");
        JPanel buttons = new JPanel(new MigLayout(Widgets.NESTED + ", gap 32lp"));
        buttons.setOpaque(false);
        buttons.add(Widgets.button("review.skip", "touch", skip));
        buttons.add(Widgets.button("review.print", "primary", print));
        p.add(buttons, "right");
        p.getAccessibleContext().setAccessibleName(Text.get("review.title"));
        return p;
    }

    /** Fills the list for this couple's session. */
    public void show(String whatTheyDid, List<Handout> offered, List<WrittenWords> words, Participants names) {
        component();
        list.removeAll();
        handouts.clear();
        // What they did is always on the sheet: a statement, not a choice.
        list.add(Widgets.paragraph("review.did", "turn", Text.format("review.exercise", whatTheyDid)), "wmin 0");
        for (Handout h : offered) {
            JToggleButton box = choice("review.handout." + h.id(), Text.format("review.handout", h.title()));
            box.setSelected(true);
            handouts.put(h.id(), box);
            list.add(box, "wmin 0");
        }
        if (words.isEmpty()) {
            list.add(Widgets.paragraph("review.nothing", "secondary", Text.get("review.nothing")), "wmin 0");
        }
        for (WrittenWords w : words) {
            String who = w.author() == null ? Text.get("reflection.both")
                    : ExerciseScreen.name(names, PartnerLook.of(w.author()));
            JToggleButton box = choice("review.words." + w.id(), Text.format("review.reflection", who, w.text()));
            box.setSelected(w.onSummary());
            box.addActionListener(e -> onWordsChoice.accept(w.id(), box.isSelected()));
            list.add(box, "wmin 0");
        }
        list.revalidate();
        list.repaint();
    }

    /** A whole-width card that toggles, with a large tick box and wrapping text. */
    private static JToggleButton choice(String name, String text) {
        JToggleButton b = new JToggleButton();
        b.setLayout(new MigLayout("insets 0, fillx", "[]unrel[grow, fill]", "[center]"));
        Widgets.named(b, name, "card");
        b.add(new JLabel(new CheckMark(b, 32)));
        b.add(Widgets.cardParagraph(null, "body", text), "wmin 0");
        b.getAccessibleContext().setAccessibleName(text);
        b.addItemListener(e -> b.repaint());
        return b;
    }

    /** The worksheets ticked, in order. */
    public List<String> chosenHandouts() {
        List<String> ids = new ArrayList<>();
        handouts.forEach((id, box) -> {
            if (box.isSelected()) {
                ids.add(id);
            }
        });
        return ids;
    }

    @Override
    public void wipe() {
        if (list != null) {
            list.removeAll();
            handouts.clear();
        }
    }
}
