package app.kindred.ui.kiosk;

import app.kindred.ui.CommandAction;
import app.kindred.ui.Illustration;
import app.kindred.ui.PanelScreen;
import app.kindred.ui.Text;
import app.kindred.ui.Widgets;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/**
 * Thank you and goodbye. By the time it shows, the wipe has run; after a short while (or a tap) the
 * kiosk returns to the welcome screen for the next couple.
 */
public final class GoodbyeScreen extends PanelScreen {
    public static final String ID = "goodbye";

    private final CommandAction<?> again;
    private JButton againButton;

    public GoodbyeScreen(CommandAction<?> again) {
        this.again = again;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    protected JPanel build() {
        JPanel p = new JPanel(new MigLayout("fill, insets dialog", "[center]", "push[]para[]unrel[]48lp[]push"));
        // A quiet picture drawn for Kindred: the two partners' colours and marks, meeting.
        JLabel picture = new JLabel(new Illustration(168));
        picture.setName("goodbye.illustration");
        p.add(picture, "wrap");
        p.add(Widgets.label("goodbye.title", "display", Text.get("goodbye.title")), "wrap");
        p.add(Widgets.label("goodbye.lead", "body", Text.get("goodbye.lead")), "wrap");
        againButton = Widgets.button("goodbye.again", "touch", again);
        p.add(againButton); // no "wrap": an empty row after it would take a share of the space and lift the block
        p.getAccessibleContext().setAccessibleName(Text.get("goodbye.title"));
        return p;
    }

    @Override
    public JComponent initialFocus() {
        return againButton;
    }

    @Override
    public boolean participant() {
        return false;
    }
}
