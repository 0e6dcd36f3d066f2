package app.kindred.ui.console;

import app.kindred.ui.ConsoleText;
import app.kindred.ui.Clocks;
import app.kindred.content.Audience;
import app.kindred.content.ContentLibrary;
import app.kindred.content.Programme;
import app.kindred.persist.Recovery;
import app.kindred.session.SessionStatus;
import app.kindred.ui.CommandAction;
import app.kindred.ui.Edt;
import app.kindred.ui.Widgets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.swing.Action;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import net.miginfocom.swing.MigLayout;

/**
 * The top of the console: which programme the room runs (a new session of another one when nothing
 * is running), and after a crash the offer to resume the journaled session or discard it.
 */
final class SessionBar {
    private final Workshop workshop;
    private final Sessions sessions;
    private final JPanel root = new JPanel(new MigLayout(Widgets.NESTED + ", fillx, gap 8 4, hidemode 3", "[][grow, fill][]"));
    private final JComboBox<Programme> programmes = new JComboBox<>();
    private final JPanel recoveryBanner = new JPanel(new MigLayout("insets 8 12 8 12, fillx", "[grow, fill][][]"));
    private final JLabel recoveryText = Widgets.label("console.recovery.text", null, " ");
    private final CommandAction<ConsoleState> newSession;
    private final CommandAction<ConsoleState> resume;
    private final CommandAction<ConsoleState> discard;
    private boolean recoveryPending;

    SessionBar(Workshop workshop, Sessions sessions) {
        this.workshop = workshop;
        this.sessions = sessions;
        newSession = action("newSession", "ctrl O", this::startNew,
                s -> !recoveryPending && (s.session().status() == SessionStatus.READY || s.session().finished()));
        resume = action("resumeRecovered", "ctrl shift R", this::keepRecovered, s -> recoveryPending);
        discard = action("discardRecovered", "ctrl shift D", this::discardRecovered, s -> recoveryPending);
        root.setName("console.sessionBar");
        root.setOpaque(false);
        root.add(Widgets.label("console.programme.label", null, ConsoleText.get("console.programme")));
        programmes.setName("console.programme");
        programmes.getAccessibleContext().setAccessibleName(ConsoleText.get("console.programme"));
        Widgets.style(programmes, "console"); // 44 px tall, like the buttons: the console may be on a touch screen
        programmes.setRenderer(new DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index,
                    boolean selected, boolean focus) {
                String text = value instanceof Programme p
                        ? ConsoleText.format("console.programme.item", p.title(), Clocks.minutes(p.length())) : " ";
                return super.getListCellRendererComponent(list, text, index, selected, focus);
            }
        });
        for (Programme p : choices(sessions.library())) {
            programmes.addItem(p);
        }
        root.add(programmes, "wmin 10");
        root.add(Widgets.button("console.newSession", "console", newSession), "wrap");
        recoveryBanner.setName("console.recovery");
        Widgets.style(recoveryBanner, "card"); // a question: the rounded card every question uses
        recoveryBanner.add(recoveryText, "wmin 10");
        recoveryBanner.add(Widgets.button("console.resumeRecovered", "console", resume));
        recoveryBanner.add(Widgets.button("console.discardRecovered", "console", discard));
        recoveryBanner.setVisible(false);
        root.add(recoveryBanner, "span 3, growx");
        workshop.addView(this::render);
    }

    /** Room programmes first, then the rest; a programme for couples alone at the kiosk comes last. */
    static List<Programme> choices(ContentLibrary library) {
        List<Programme> out = new ArrayList<>(library.programmes().values());
        out.sort(Comparator.comparingInt(p -> p.audience() == Audience.ROOM ? 0 : p.audience() == Audience.ANY ? 1 : 2));
        return out;
    }

    private CommandAction<ConsoleState> action(String id, String key, Runnable r,
            java.util.function.Predicate<ConsoleState> when) {
        CommandAction<ConsoleState> a = CommandAction.<ConsoleState>of("console." + id, r).enabledWhen(when).key(key);
        a.putValue(Action.NAME, ConsoleText.get("action." + id));
        a.putValue(Action.SHORT_DESCRIPTION, ConsoleText.format("action.tip", ConsoleText.get("action." + id + ".tip"),
                ConsoleActions.keyText(KeyStroke.getKeyStroke(key))));
        return a;
    }

    JComponent component() {
        return root;
    }

    void bindKeys(JComponent host) {
        newSession.bindKey(host);
        resume.bindKey(host);
        discard.bindKey(host);
    }

    /** Shows the programme of the session now in the workshop as chosen. */
    void select(String programmeId) {
        for (int i = 0; i < programmes.getItemCount(); i++) {
            if (programmes.getItemAt(i).id().equals(programmeId)) {
                programmes.setSelectedIndex(i);
            }
        }
    }

    /** After a crash: the recovered session is in the workshop, paused; resume keeps it, discard starts clean. */
    void offer(Recovery recovery) {
        Edt.check();
        if (recovery.outcome() == Recovery.Outcome.NOTHING) {
            return;
        }
        recoveryText.setText(recovery.message());
        recoveryText.setToolTipText(recovery.message());
        recoveryPending = recovery.outcome() == Recovery.Outcome.RECOVERED;
        resume.putValue(Action.NAME, ConsoleText.get(recoveryPending ? "action.resumeRecovered" : "action.dismiss"));
        resume.setEnabled(true);
        recoveryBanner.setVisible(true);
        if (recoveryPending) {
            select(recovery.engine().record().programmeId());
        } else {
            // A quarantined journal: nothing to choose, only to read; "OK" hides the note.
            discard.setEnabled(false);
        }
        workshop.refresh();
    }

    private void render(ConsoleState s) {
        newSession.refresh(s);
        if (recoveryPending) {
            resume.refresh(s);
            discard.refresh(s);
        }
        programmes.setEnabled(newSession.isEnabled());
    }

    private void startNew() {
        Programme p = (Programme) programmes.getSelectedItem();
        if (p == null) {
            return;
        }
        // The old session's journal goes first: there is one journal, and it is the new session's next.
        sessions.retire(workshop.engine(), true);
        workshop.replace(sessions.create(p));
    }

    private void keepRecovered() {
        recoveryPending = false;
        recoveryBanner.setVisible(false);
        workshop.refresh();
    }

    private void discardRecovered() {
        recoveryPending = false;
        recoveryBanner.setVisible(false);
        startNew();
    }
}
