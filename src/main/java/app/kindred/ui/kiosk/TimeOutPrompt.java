package app.kindred.ui.kiosk;

import app.kindred.content.Durations;
import app.kindred.session.SessionSnapshot;
import app.kindred.ui.CommandAction;
import app.kindred.ui.Text;
import app.kindred.ui.Widgets;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;

/** The calm time-out card shown over the exercise: the clock is stopped until both are ready. */
final class TimeOutPrompt {
    private final JPanel panel;
    private final JLabel left;
    private final JTextArea lead;
    private final JButton resume;
    private String shown = "";

    TimeOutPrompt(CommandAction<SessionSnapshot> resumeAction, CommandAction<SessionSnapshot> endAction, Runnable support) {
        panel = new JPanel(new MigLayout("wrap 1, insets 48lp 64lp 48lp 64lp", "[center, 480lp:640lp]", "[]unrel[]para[]48lp[]para[]"));
        panel.setName("timeout.prompt");
        Widgets.style(panel, "card");
        panel.add(Widgets.label("timeout.title", "display", Text.get("timeout.title")));
        lead = Widgets.paragraph("timeout.lead", "body", Text.get("timeout.lead"));
        panel.add(lead, "growx, wmin 0");
        left = Widgets.label("timeout.left", "turn", " ");
        panel.add(left);
        JPanel buttons = new JPanel(new MigLayout(Widgets.NESTED + ", gap 32lp"));
        buttons.setOpaque(false);
        buttons.add(Widgets.button("timeout.end", "touch", endAction));
        resume = Widgets.button("timeout.resume", "primary", resumeAction);
        buttons.add(resume);
        panel.add(buttons);
        // The "Need support?" above the screens lies under this card: offer it here too.
        panel.add(Widgets.button("timeout.support", "calm", new javax.swing.AbstractAction(Text.get("support.button")) {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                support.run();
            }
        }), "gaptop 8lp");
        panel.getAccessibleContext().setAccessibleName(Text.get("timeout.title"));
    }

    JPanel panel() {
        return panel;
    }

    JButton focus() {
        return resume;
    }

    void update(SessionSnapshot s) {
        String text;
        if (s.timeOutOver() || s.timeOutRemaining() == null) {
            text = " ";
            if (!lead.getText().equals(Text.get("timeout.over"))) {
                Widgets.setParagraph(lead, Text.get("timeout.over"));
            }
        } else {
            text = Text.format("timeout.left", Durations.countdown(s.timeOutRemaining()));
            if (!lead.getText().equals(Text.get("timeout.lead"))) {
                Widgets.setParagraph(lead, Text.get("timeout.lead"));
            }
        }
        if (!text.equals(shown)) {
            shown = text;
            left.setText(text);
        }
    }
}
