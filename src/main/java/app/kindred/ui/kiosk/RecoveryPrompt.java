package app.kindred.ui.kiosk;

import app.kindred.session.SessionSnapshot;
import app.kindred.ui.CommandAction;
import app.kindred.ui.Text;
import app.kindred.ui.Widgets;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;

/**
 * The calm card shown over a session that came back after Kindred stopped unexpectedly: it says
 * the exercise waits, paused, where the couple left it, and offers "Carry on" or "Start over".
 */
final class RecoveryPrompt {
    private final JPanel panel;
    private final JTextArea lead;
    private final JButton carryOn;

    RecoveryPrompt(CommandAction<SessionSnapshot> carryOnAction, CommandAction<SessionSnapshot> startOverAction) {
        panel = new JPanel(new MigLayout("wrap 1, insets 48lp 64lp 48lp 64lp", "[center, 480lp:640lp]", "[]unrel[]48lp[]"));
        panel.setName("recovery.prompt");
        Widgets.style(panel, "card");
        panel.add(Widgets.label("recovery.title", "display", Text.get("recovery.title")));
        lead = Widgets.paragraph("recovery.lead", "body", Text.get("recovery.lead"));
        panel.add(lead, "growx, wmin 0");
        // A little inset so the focus ring of the buttons is not clipped.
        JPanel buttons = new JPanel(new MigLayout("insets 4lp, gap 32lp"));
        buttons.setOpaque(false);
        buttons.add(Widgets.button("recovery.startOver", "touch", startOverAction), "sg b");
        carryOn = Widgets.button("recovery.carryOn", "primary", carryOnAction);
        buttons.add(carryOn, "sg b");
        panel.add(buttons);
        panel.getAccessibleContext().setAccessibleName(Text.get("recovery.title"));
    }

    /** Words for where the session stands: paused mid-exercise, or already at the take-home sheet. */
    void update(boolean finished) {
        String text = Text.get(finished ? "recovery.leadFinished" : "recovery.lead");
        if (!lead.getText().equals(text)) {
            Widgets.setParagraph(lead, text);
        }
    }

    JPanel panel() {
        return panel;
    }

    JButton focus() {
        return carryOn;
    }

    /** True while this card is the one on the overlay. */
    boolean showing() {
        return panel.getParent() != null;
    }
}
