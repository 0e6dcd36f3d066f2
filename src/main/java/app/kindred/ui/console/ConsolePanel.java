package app.kindred.ui.console;

import app.kindred.ui.CommandAction;
import app.kindred.ui.ConsoleText;
import app.kindred.ui.Clocks;
import app.kindred.session.SessionSnapshot;
import app.kindred.session.SessionStatus;
import app.kindred.session.UpNext;
import app.kindred.ui.Edt;
import app.kindred.ui.Widgets;
import app.kindred.ui.room.SessionWords;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;

/**
 * The facilitator's console: what runs now and what comes next, every control, the agenda with
 * planned against used minutes and the running total, and the note for the room view.
 */
public final class ConsolePanel {
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("H:mm");

    private final Workshop workshop;
    private final Clock wallClock;
    private final ConsoleActions actions;
    private final JPanel root = new JPanel(new MigLayout("fill, insets 16 24 16 24, gap 12 8",
            "[grow 55, fill][grow 45, fill]", "[][][][grow, fill][]"));
    private final JLabel nowTitle = Widgets.label("console.now.title", "consoleHeading", " ");
    private final JLabel nowStep = Widgets.label("console.now.step", null, " ");
    private final JLabel nowTurn = Widgets.label("console.now.turn", null, " ");
    private final JLabel countdown = Widgets.label("console.countdown", "consoleCountdown", "0:00");
    private final JLabel status = Widgets.label("console.status", null, " ");
    /** "Crash protection is off: the disk is full", while it is so. */
    private final JLabel protection = Widgets.label("console.crashProtection", "warning", " ");
    /** Where the facilitator's phone finds the remote, while it is on. */
    private final JLabel phoneRemote = Widgets.label("console.phoneRemote", "consoleSmall", " ");
    private final JLabel nextPreview = Widgets.label("console.next", null, " ");
    private final JLabel nextDetail = Widgets.label("console.next.detail", "consoleSmall", " ");
    private final JLabel totals = Widgets.label("console.totals", null, " ");
    private final JLabel noteShowing = Widgets.label("console.note.showing", "consoleSmall", " ");
    private final JTextField note = new JTextField(24);
    /** Why the grey controls are grey, in words beside them (their tooltips say it too). */
    private final JLabel why = Widgets.label("console.why", "consoleSmall", " ");
    private final AgendaTableModel agendaModel = new AgendaTableModel();
    private final JTable agenda = new JTable(agendaModel);
    private final SessionBar sessionBar;
    private boolean updatingSelection;

    public ConsolePanel(Workshop workshop, Sessions sessions, Clock wallClock, ConsoleActions.Host host) {
        Edt.check();
        this.workshop = workshop;
        this.wallClock = wallClock;
        this.actions = new ConsoleActions(workshop, note::getText, host);
        root.setName("console");
        root.getAccessibleContext().setAccessibleName(ConsoleText.get("console.accessibleName"));
        sessionBar = new SessionBar(workshop, sessions);
        root.add(sessionBar.component(), "span 2, growx, wrap");
        protection.setVisible(false);
        root.add(protection, "span 2, growx, wrap, hidemode 3");
        // Up top, where it is seen without scrolling; hidden while the remote is off.
        phoneRemote.setVisible(false);
        root.add(phoneRemote, "span 2, growx, wrap, hidemode 3, w 10:10:"); // never widens the console
        build();
        actions.bindKeys(root);
        // The agenda table has Ctrl+arrow bindings of its own: the console's keys win while it has focus.
        for (CommandAction<ConsoleState> c : actions.all()) {
            c.passKeysThrough(agenda);
        }
        sessionBar.bindKeys(root);
        workshop.addView(this::render);
    }

    /** Shows (or, when it is back on, hides) that the journal cannot write. On the event thread. */
    public void showCrashProtection(app.kindred.persist.CrashProtection p) {
        String off = p.sentence(java.util.Locale.getDefault());
        protection.setText(off == null ? " " : off);
        protection.setVisible(off != null);
    }

    /** Shows where phones find the remote, or nothing (null: it is off). On the event thread. */
    public void showPhoneRemote(String url) {
        phoneRemote.setText(url == null ? " " : ConsoleText.format("console.phoneRemote", url));
        phoneRemote.setVisible(url != null);
    }

    private void build() {
        JPanel now = card("console.nowCard");
        // hidemode 3: during a break the step and turn rows go, rather than stand empty.
        now.setLayout(new MigLayout("fillx, insets 16, wrap 2, hidemode 3", "[grow, fill][right]"));
        now.add(Widgets.label("console.now.heading", "consoleSmall", ConsoleText.get("console.now")), "span 2");
        now.add(nowTitle, "wmin 10");
        now.add(countdown, "spany 3, top");
        now.add(nowStep, "wmin 10");
        now.add(nowTurn, "wmin 10");
        now.add(status, "span 2");
        root.add(now, "grow");

        JPanel next = card("console.nextCard");
        next.setLayout(new MigLayout("fillx, insets 16, wrap 1", "[grow, fill]"));
        next.add(Widgets.label("console.next.heading", "consoleSmall", ConsoleText.get("console.nextHeading")));
        next.add(nextPreview, "wmin 10");
        next.add(nextDetail, "wmin 10");
        root.add(next, "grow, wrap");

        // Nested (no visual padding): each control's bounds hold its focus ring (3 px a side), so no
        // gap between them and they stand 6 px apart, as before with visual padding and a gap of 6.
        // Two rows, the clock's controls and the step's, so that the console fits a 1024 px screen.
        JPanel controls = new JPanel(new MigLayout(Widgets.NESTED + ", gap 0 2, nogrid", ""));
        controls.setOpaque(false);
        controls.setName("console.controls");
        for (String id : CLOCK_CONTROLS) {
            controls.add(button(id), id.equals("extend1") ? "gapleft 12" : "");
        }
        boolean first = true;
        for (String id : STEP_CONTROLS) {
            controls.add(button(id), first ? "newline" : "");
            first = false;
        }
        // Beside the step's controls rather than on a row of its own: the console still fits 1024 x 768.
        controls.add(why, "wmin 10, gapleft 12, growx, pushx");
        root.add(controls, "span 2, growx, wrap");

        agenda.setName("console.agenda");
        agenda.getAccessibleContext().setAccessibleName(ConsoleText.get("console.agenda"));
        agenda.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        agenda.setFillsViewportHeight(true);
        agenda.setRowHeight(com.formdev.flatlaf.util.UIScale.scale(32));
        agenda.getColumnModel().getColumn(AgendaTableModel.POSITION).setMaxWidth(com.formdev.flatlaf.util.UIScale.scale(48));
        agenda.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !updatingSelection) {
                workshop.select(agenda.getSelectedRow());
            }
        });
        JScrollPane agendaScroll = new JScrollPane(agenda);
        agendaScroll.setName("console.agenda.scroll");
        JPanel agendaColumn = new JPanel(new MigLayout("fill, insets 0, wrap 1", "[grow, fill]", "[][grow, fill][]"));
        agendaColumn.setOpaque(false);
        agendaColumn.add(Widgets.label("console.agenda.heading", "consoleHeading", ConsoleText.get("console.agenda")));
        agendaColumn.add(agendaScroll);
        agendaColumn.add(totals);
        root.add(agendaColumn, "grow");

        JPanel side = new JPanel(new MigLayout(Widgets.NESTED + ", wrap 1, fillx", "[grow, fill]"));
        side.setOpaque(false);
        side.add(Widgets.label("console.agendaControls", "consoleHeading", ConsoleText.get("console.agendaControls")));
        for (String id : new String[] {"jump", "moveUp", "moveDown", "drop", "endEarly"}) {
            side.add(button(id));
        }
        side.add(Widgets.label("console.note.heading", "consoleHeading", ConsoleText.get("console.note")), "gaptop 16");
        note.setName("console.note");
        note.getAccessibleContext().setAccessibleName(ConsoleText.get("console.note"));
        note.putClientProperty("JTextField.placeholderText", ConsoleText.get("console.note.placeholder"));
        note.addActionListener(e -> actions.get("showNote").actionPerformed(e));
        side.add(note);
        side.add(button("showNote"), "split 2");
        side.add(button("clearNote"));
        side.add(noteShowing, "wmin 10");
        root.add(side, "top, wrap");

        // Quit apart from Lock (a wide gap), and confirmed in a strip of its own.
        JPanel bottom = new JPanel(new MigLayout(Widgets.NESTED + ", gap 16lp, hidemode 3", "[][][]push[]64lp[]"));
        bottom.setOpaque(false);
        for (String id : new String[] {"swap", "settings", "summary", "lock", "quit"}) {
            bottom.add(button(id));
        }
        quitStrip.setName("console.quitStrip");
        Widgets.style(quitStrip, "card");
        quitStrip.add(quitAsk, "wmin 10");
        quitStrip.add(quitNow);
        quitStrip.add(keepRunning);
        quitStrip.setVisible(false);
        // The question takes the place of the bottom row while it is asked.
        bottomCards.setOpaque(false);
        bottomCards.add(bottom, "buttons");
        bottomCards.add(quitStrip, "quit");
        root.add(bottomCards, "span 2, growx");
    }

    // The question is a rounded card, like every other question Kindred asks (the kiosk's "card" style).
    private final JPanel quitStrip = new JPanel(new MigLayout("insets 4lp 20lp 4lp 8lp, gap 16lp", "push[][][]"));
    private final JPanel bottomCards = new JPanel(new java.awt.CardLayout());
    private final javax.swing.JLabel quitAsk = Widgets.label("console.quitAsk", null, ConsoleText.get("console.quitAsk"));
    private final JButton quitNow = Widgets.named(new JButton(ConsoleText.get("console.quitNow")), "console.quitNow", "console");
    private final JButton keepRunning = Widgets.named(new JButton(ConsoleText.get("console.keepRunning")), "console.keepRunning", "console");

    /** Finger-sized controls (44 px) when the console is shown over the room view; compact otherwise. */
    public void setTouch(boolean touch) {
        String style = touch ? "console consoleTouch" : "console";
        restyle(root, style);
        root.revalidate();
    }

    private static void restyle(java.awt.Container c, String style) {
        for (java.awt.Component k : c.getComponents()) {
            if (k instanceof javax.swing.JComponent j) {
                Object now = j.getClientProperty(com.formdev.flatlaf.FlatClientProperties.STYLE_CLASS);
                if (now instanceof String cls && cls.startsWith("console") && (cls.equals("console") || cls.equals("console consoleTouch"))) {
                    Widgets.style(j, style);
                }
            }
            if (k instanceof java.awt.Container inner) {
                restyle(inner, style);
            }
        }
    }

    /** Asks once more before quitting; {@code quit} runs only on "Quit now". */
    void confirmQuit(Runnable quit) {
        for (java.awt.event.ActionListener l : quitNow.getActionListeners()) {
            quitNow.removeActionListener(l);
        }
        for (java.awt.event.ActionListener l : keepRunning.getActionListeners()) {
            keepRunning.removeActionListener(l);
        }
        quitNow.addActionListener(e -> quit.run());
        keepRunning.addActionListener(e -> showQuitAsk(false));
        showQuitAsk(true);
        keepRunning.requestFocusInWindow();
    }

    private void showQuitAsk(boolean show) {
        ((java.awt.CardLayout) bottomCards.getLayout()).show(bottomCards, show ? "quit" : "buttons");
        bottomCards.revalidate();
        bottomCards.repaint();
    }

    private JPanel card(String name) {
        JPanel p = new JPanel();
        p.setName(name);
        Widgets.style(p, "consoleCard");
        return p;
    }

    private static final String[] CLOCK_CONTROLS = {"start", "pause", "resume", "extend1", "extend2", "extend5", "shorten"};
    private static final String[] STEP_CONTROLS = {"back", "skip", "restart", "timeOut", "endTimeOut", "redraw"};

    private JButton button(String id) {
        JButton b = Widgets.button("console." + id, "console", actions.get(id));
        return b;
    }

    public JComponent component() {
        return root;
    }

    public ConsoleActions actions() {
        return actions;
    }

    /** After a crash: offer to resume the recovered session (already in the workshop) or discard it. */
    public void offerRecovery(app.kindred.persist.Recovery recovery) {
        sessionBar.offer(recovery);
    }

    public void showProgramme(String programmeId) {
        sessionBar.select(programmeId);
    }

    public JComponent initialFocus() {
        return agenda;
    }

    private void render(ConsoleState state) {
        SessionSnapshot s = state.session();
        actions.refresh(state);
        renderNow(s);
        renderNext(s.next(), s);
        updatingSelection = true;
        try {
            agendaModel.setItems(s.agenda());
            // The table owns the selection while a click is under way; afterwards the workshop's
            // choice wins (after a move the selection follows the moved item).
            if (!agenda.getSelectionModel().getValueIsAdjusting() && agenda.getSelectedRow() != state.selected()) {
                if (state.selected() >= 0 && state.selected() < agenda.getRowCount()) {
                    agenda.setRowSelectionInterval(state.selected(), state.selected());
                } else {
                    agenda.clearSelection();
                }
            }
        } finally {
            updatingSelection = false;
        }
        AgendaTotals t = AgendaTotals.of(s);
        LocalTime endsAt = LocalTime.now(wallClock).plus(t.left());
        totals.setText(ConsoleText.format("console.totals", Clocks.minutes(t.planned()), Clocks.elapsed(t.used()),
                HOURS.format(endsAt), driftWords(t.drift())));
        why.setText(whyText(state));
        noteShowing.setText(state.hasNote() ? ConsoleText.format("console.note.showing", state.note()) : " ");
    }

    /** "on time", "3 min behind", "2 min ahead": the drift in whole minutes, in words. */
    static String driftWords(java.time.Duration drift) {
        long minutes = Clocks.minutes(drift.abs());
        if (minutes == 0) {
            return ConsoleText.get("console.drift.onTime");
        }
        return ConsoleText.format(drift.isNegative() ? "console.drift.ahead" : "console.drift.behind", minutes);
    }

    /** One line under the controls: why the grey ones are grey, grouped by reason. */
    private String whyText(ConsoleState state) {
        SessionSnapshot s = state.session();
        if (s.status() == SessionStatus.READY) {
            return ConsoleText.get("console.why.notStarted");
        }
        if (s.finished()) {
            return ConsoleText.get("console.why.ended");
        }
        java.util.Map<String, java.util.List<String>> byReason = new java.util.LinkedHashMap<>();
        for (String[] row : new String[][] {CLOCK_CONTROLS, STEP_CONTROLS}) {
            for (String id : row) {
                String reason = actions.whyOff(id);
                // Start, Resume, Pause and End time-out explain themselves (their partner button is lit);
                // the line names only the surprises: a time-out, a break, no prompt, no time left.
                if (reason != null && DisabledReasons.worthSaying(id, state)) {
                    byReason.computeIfAbsent(reason, r -> new java.util.ArrayList<>()).add(ConsoleText.get("action." + id));
                }
            }
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        byReason.forEach((reason, names) -> parts.add(ConsoleText.format("console.why.some", String.join(", ", names), reason)));
        return parts.isEmpty() ? " " : String.join("  \u00b7  ", parts);
    }

    private void renderNow(SessionSnapshot s) {
        if (s.finished()) {
            nowTitle.setText(ConsoleText.get("console.finished"));
            nowStep.setText(s.programmeTitle());
            nowTurn.setText(" ");
            nowTurn.setVisible(false);
            countdown.setText("0:00");
            status.setText(" ");
            return;
        }
        nowTitle.setText(s.isBreak() ? ConsoleText.format("agenda.break", s.breakText()) : s.exercise().title());
        // A break has no step and no turn: say when the room is back instead of leaving two rows blank.
        nowStep.setText(s.isBreak()
                ? ConsoleText.format("room.break.backAt", HOURS.format(LocalTime.now(wallClock).plus(s.remaining())))
                : ConsoleText.format("room.step", s.stepIndex() + 1, s.stepCount(), s.phaseTitle()));
        nowTurn.setVisible(!s.isBreak());
        nowTurn.setText(s.isBreak() ? " " : SessionWords.turn(s.active()));
        boolean timeOut = s.status() == SessionStatus.TIME_OUT;
        countdown.setText(Clocks.countdown(timeOut && s.timeOutRemaining() != null ? s.timeOutRemaining() : s.remaining()));
        Widgets.style(countdown, s.status() == SessionStatus.WARNING ? "consoleCountdownWarning" : "consoleCountdown");
        String ext = s.extension().isZero() ? "" : ConsoleText.format("console.extension", Clocks.signed(s.extension()));
        status.setText(ConsoleText.get("console.status." + s.status().name().toLowerCase(java.util.Locale.ROOT)) + ext);
        countdown.getAccessibleContext().setAccessibleName(status.getText() + " " + countdown.getText());
    }

    private void renderNext(UpNext n, SessionSnapshot s) {
        if (s.finished()) {
            nextPreview.setText(ConsoleText.get("console.next.none"));
            nextDetail.setText(" ");
            return;
        }
        nextPreview.setText(SessionWords.next(n));
        if (n == null) {
            nextDetail.setText(" ");
        } else {
            nextDetail.setText(ConsoleText.format("console.next.planned", Clocks.elapsed(n.planned())));
        }
    }
}
