package app.kindred.ui.kiosk;

import app.kindred.ui.CommandAction;
import app.kindred.ui.PanelScreen;
import app.kindred.ui.Text;
import app.kindred.ui.Widgets;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JLabel;
import javax.swing.SwingConstants;
import net.miginfocom.swing.MigLayout;

/** Printing the take-home sheet: a calm "printing…" while the service works, then what happened. */
public final class PrintScreen extends PanelScreen {
    public static final String ID = "print";

    private final CommandAction<?> done;
    private JProgressBar progress;
    private JLabel title;
    private JLabel message;
    private JButton doneButton;

    public PrintScreen(CommandAction<?> done) {
        this.done = done;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    protected JPanel build() {
        JPanel p = new JPanel(new MigLayout("fill, insets dialog, wrap 1", "push[480lp:720lp:900lp]push",
                "push[]para[]para[]48lp[]push"));
        title = Widgets.label("print.title", "title", Text.get("print.title"));
        p.add(title, "center");
        progress = new JProgressBar();
        progress.setName("print.progress");
        progress.setIndeterminate(true);
        progress.getAccessibleContext().setAccessibleName(Text.get("print.title"));
        p.add(progress, "growx, h 8lp!");
        message = Widgets.label("print.message", "body", " ");
        message.setHorizontalAlignment(SwingConstants.CENTER);
        p.add(message, "growx, wmin 0");
        doneButton = Widgets.button("print.done", "primary", done);
        p.add(doneButton, "center");
        return p;
    }

    /** While the sheet is being rendered and sent. */
    public void working() {
        component();
        progress.setVisible(true);
        progress.setIndeterminate(true);
        title.setText(Text.get("print.title"));
        message.setText(" ");
        doneButton.setVisible(false);
    }

    public void outcome(TakeHomeService.Outcome o) {
        component();
        progress.setIndeterminate(false);
        progress.setVisible(false);
        String text = switch (o.kind()) {
            case PRINTED -> Text.get("print.printed");
            case IN_OUTBOX -> Text.get("print.outbox");
            case FAILED -> Text.format("print.failed", o.detail());
        };
        title.setText(Text.get("print.title." + o.kind().name().toLowerCase(java.util.Locale.ROOT)));
        message.setText(text);
        doneButton.setVisible(true);
        doneButton.requestFocusInWindow();
    }

    public String titleText() {
        return title.getText();
    }

    public String message() {
        return message.getText();
    }
}
