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

/** The attract screen: a calm invitation and one big Start. Not watched by the idle guard. */
public final class WelcomeScreen extends PanelScreen {
    public static final String ID = "welcome";

    private final CommandAction<?> start;
    private JButton startButton;

    public WelcomeScreen(CommandAction<?> start) {
        this.start = start;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    protected JPanel build() {
        JPanel p = new JPanel(new MigLayout("fill, insets dialog", "[center]", "push[]para[]unrel[]48lp[]unrel[]para[]push"));
        // A quiet picture drawn for Kindred: the two partners' colours and marks, meeting.
        JLabel picture = new JLabel(new Illustration(200));
        picture.setName("welcome.illustration");
        p.add(picture, "wrap");
        p.add(Widgets.label("welcome.title", "display", Text.get("welcome.title")), "wrap");
        p.add(Widgets.label("welcome.lead", "body", Text.get("welcome.lead")), "wrap");
        startButton = Widgets.button("welcome.start", "primary", start);
        p.add(startButton, "wrap, wmin 280lp");
        p.add(Widgets.label("welcome.note", "secondary", Text.get("welcome.note")), "wrap");
        // Said before anyone starts, briefly: what this is, and who it is not for.
        p.add(Widgets.label("welcome.safety", "secondary", Text.get("welcome.safety")), "split 2, flowy, center");
        p.add(Widgets.label("welcome.safety.fear", "secondary", Text.get("welcome.safety.fear")), "center"); // no "wrap": an empty row after it would lift the block
        p.getAccessibleContext().setAccessibleName(Text.get("welcome.title"));
        return p;
    }

    @Override
    public JComponent initialFocus() {
        return startButton;
    }

    @Override
    public boolean participant() {
        return false;
    }
}
