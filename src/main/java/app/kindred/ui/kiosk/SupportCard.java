package app.kindred.ui.kiosk;

import app.kindred.ui.Text;
import app.kindred.ui.Widgets;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;

/**
 * "Need support?": what to do when an exercise stirs up more than a couple can hold here, or when
 * one of them does not feel safe. Generic words ship with Kindred; a venue adds its own helplines
 * and a note in the settings ({@code supportLines}, {@code supportNote}).
 */
final class SupportCard {
    private final JPanel card = new JPanel(new MigLayout("insets 32lp 40lp 32lp 40lp, wrap 1, fillx, gapy 16lp",
            "[grow, fill, 420lp:640lp:720lp]"));
    private final JTextArea lines = Widgets.paragraph("support.lines", "body", " ");
    private final JTextArea note = Widgets.paragraph("support.note", "body", " ");
    private final JButton close;

    SupportCard(Runnable onClose) {
        card.setName("support");
        Widgets.style(card, "card");
        card.getAccessibleContext().setAccessibleName(Text.get("support.title"));
        card.add(Widgets.label("support.title", "title", Text.get("support.title")));
        card.add(Widgets.paragraph("support.lead", "body", Text.get("support.lead")), "wmin 0");
        card.add(lines, "wmin 0, hidemode 3");
        card.add(note, "wmin 0, hidemode 3");
        card.add(Widgets.paragraph("support.emergency", "body", Text.get("support.emergency")), "wmin 0");
        close = Widgets.button("support.close", "primary", new AbstractAction(Text.get("support.close")) {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                onClose.run();
            }
        });
        card.add(close, "growx 0, right");
    }

    /**
     * The venue's helplines (one a line; blank: the generic "ask a member of staff") and its note
     * (blank: none).
     */
    void setVenue(String helplines, String venueNote) {
        String l = helplines == null || helplines.isBlank() ? Text.get("support.linesDefault")
                : helplines.strip().replace(" | ", "\n").replace("|", "\n");
        Widgets.setParagraph(lines, l);
        note.setVisible(venueNote != null && !venueNote.isBlank());
        Widgets.setParagraph(note, venueNote == null ? " " : venueNote.strip());
    }

    JComponent component() {
        return card;
    }

    JComponent initialFocus() {
        return close;
    }
}
