package app.kindred.ui.room;

import app.kindred.session.ActivePerson;
import app.kindred.session.SessionSnapshot;
import app.kindred.session.SessionStatus;
import app.kindred.session.UpNext;
import app.kindred.ui.Edt;
import app.kindred.ui.PartnerLook;
import app.kindred.ui.PartnerMark;
import app.kindred.ui.Screen;
import app.kindred.ui.SwapWords;
import app.kindred.ui.Widgets;
import app.kindred.ui.Clocks;
import app.kindred.ui.ConsoleText;
import java.awt.CardLayout;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;

/**
 * What the projector shows the room: the exercise and step, whose turn, the stems and prompt, a
 * countdown readable from the back, what comes next. Between exercises a calm card; in a break a
 * big clock. The facilitator's note runs along the bottom of every card. It draws snapshots it is
 * given and keeps no time of its own.
 */
public final class RoomView implements Screen {
    public static final String ID = "room";
    public static final String STEP = "step";
    public static final String BETWEEN = "between";
    public static final String BREAK = "break";
    /** After a switch, the "Switch" banner stays this long into the new step. */
    private static final long SWITCH_BANNER_SECONDS = 15;
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("H:mm");

    private final Clock wallClock;
    private final JPanel root = new JPanel(new MigLayout("fill, insets 0, gap 0", "[grow, fill]", "[grow, fill][]"));
    private final CardLayout cardLayout = new CardLayout();
    private final JPanel cards = new JPanel(cardLayout);
    private String card = BETWEEN;

    private final JLabel programme = Widgets.label("room.programme", "roomSecondary", " ");
    private final JLabel exercise = Widgets.label("room.exercise", "roomTitle", " ");
    private final JLabel step = Widgets.label("room.step", "roomSecondary", " ");
    private final JLabel turn = Widgets.label("room.turn", "roomTurn", " ");
    private final JPanel switchBanner = new JPanel(new MigLayout("insets 8 24 8 24"));
    private final JLabel switchText = Widgets.label("room.switch.text", "roomSwitchText", ConsoleText.get("room.switch"));
    private final JLabel countdown = Widgets.label("room.countdown", "roomCountdown", "0:00");
    private final JLabel status = Widgets.label("room.status", "roomStatus", " ");
    private final JTextArea instructions = Widgets.paragraph("room.instructions", "roomBody", "");
    private final JTextArea stems = Widgets.paragraph("room.stems", "roomStem", "");
    private final JPanel promptCard = new JPanel(new MigLayout("insets 24, fill"));
    private final JTextArea prompt = Widgets.paragraph("room.prompt", "roomPrompt", "");
    private final JLabel next = Widgets.label("room.next", "roomNext", " ");

    private final JLabel betweenHeading = Widgets.label("room.between.heading", "roomStatus", " ");
    private final JLabel betweenTitle = Widgets.label("room.between.title", "roomDisplay", " ");
    private final JTextArea betweenText = Widgets.paragraph("room.between.text", "roomBodyCentered", "");
    private final JLabel betweenMinutes = Widgets.label("room.between.minutes", "roomStatus", " ");

    private final JLabel breakText = Widgets.label("room.break.text", "roomDisplay", " ");
    private final JLabel breakCountdown = Widgets.label("room.break.countdown", "roomClock", "0:00");
    private final JLabel breakBackAt = Widgets.label("room.break.backAt", "roomStatus", " ");

    private final JPanel noteBanner = new JPanel(new MigLayout("insets 16 32 16 32, fillx", "[center, grow]"));
    private final JLabel note = Widgets.label("room.note", "roomBannerText", " ");

    public RoomView(Clock wallClock) {
        Edt.check();
        this.wallClock = wallClock;
        root.setName("room");
        cards.setName("room.cards");
        cards.setOpaque(false);
        cards.add(stepCard(), STEP);
        cards.add(betweenCard(), BETWEEN);
        cards.add(breakCard(), BREAK);
        cardLayout.show(cards, BETWEEN);
        root.add(cards, "grow, wrap");
        noteBanner.setName("room.noteBanner");
        Widgets.style(noteBanner, "roomBanner");
        noteBanner.add(note);
        noteBanner.setVisible(false);
        root.add(noteBanner, "growx, hidemode 3");
        root.getAccessibleContext().setAccessibleName(ConsoleText.get("room.accessibleName"));
        // Nothing on the room view is operated, but the window needs a focus owner so the console
        // key reaches the kiosk's key dispatcher (a window without one gets no key events).
        root.setFocusable(true);
        root.addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                fitClocks();
            }
        });
    }

    /**
     * The theme sizes the clocks for a 1280x800 screen; a bigger projector image gets bigger clocks
     * (the same theme font, scaled with the view, up to 2.5 times), so the back row can still read them.
     */
    private void fitClocks() {
        fit(countdown, "Kindred.room.countdown.font");
        fit(breakCountdown, "Kindred.room.clock.font");
    }

    private void fit(JLabel label, String themeFont) {
        java.awt.Font base = javax.swing.UIManager.getFont(themeFont);
        if (base == null || root.getWidth() == 0) {
            return;
        }
        double factor = Math.max(1, Math.min(2.5, Math.min(root.getWidth() / (double) com.formdev.flatlaf.util.UIScale.scale(1280),
                root.getHeight() / (double) com.formdev.flatlaf.util.UIScale.scale(800))));
        float size = (float) (base.getSize2D() * factor);
        if (Math.abs(label.getFont().getSize2D() - size) > 0.5f) {
            label.setFont(base.deriveFont(size));
        }
    }

    @Override
    public JComponent initialFocus() {
        return root;
    }

    private JPanel stepCard() {
        // Left: what to do (words wrap in 58% of the width); right: the clock, readable from the back.
        JPanel p = new JPanel(new MigLayout("fill, insets 32 48 32 48, gap 48 12",
                "[58%, fill][grow, center]", "[grow, top][]"));
        p.setName("room.stepCard");
        p.setOpaque(false);
        JPanel words = new JPanel(new MigLayout("fillx, insets 0, gapy 14, wrap 1", "[grow, fill]"));
        words.setOpaque(false);
        words.add(programme, "wmin 10");
        words.add(exercise, "wmin 10, gaptop 4");
        words.add(step, "wmin 10, gapbottom 12");
        switchBanner.setName("room.switch");
        Widgets.style(switchBanner, "roomSwitch");
        switchBanner.add(switchText);
        words.add(switchBanner, "growx 0, hidemode 3");
        words.add(turn, "wmin 10");
        words.add(instructions, "wmin 10, gaptop 8");
        words.add(stems, "wmin 10, hidemode 3");
        promptCard.setName("room.promptCard");
        Widgets.style(promptCard, "roomCard");
        promptCard.add(prompt, "grow, wmin 10");
        words.add(promptCard, "hidemode 3, wmin 10, gaptop 8");
        p.add(words, "grow");

        JPanel clock = new JPanel(new MigLayout("insets 0, wrap 1", "[center]"));
        clock.setOpaque(false);
        clock.add(countdown);
        clock.add(status);
        p.add(clock, "aligny center, wrap");
        p.add(next, "span 2, growx");
        return p;
    }

    private JPanel betweenCard() {
        JPanel p = new JPanel(new MigLayout("fill, insets 48, wrap 1", "[center, grow]", "push[][][]24[]push"));
        p.setName("room.betweenCard");
        p.setOpaque(false);
        p.add(betweenHeading);
        p.add(betweenTitle);
        p.add(betweenText, "w 60%, wmin 10");
        p.add(betweenMinutes);
        return p;
    }

    private JPanel breakCard() {
        JPanel p = new JPanel(new MigLayout("fill, insets 48, wrap 1", "[center, grow]", "push[][]0[]push"));
        p.setName("room.breakCard");
        p.setOpaque(false);
        p.add(breakText);
        p.add(breakCountdown);
        p.add(breakBackAt);
        return p;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public JComponent component() {
        return root;
    }

    @Override
    public boolean participant() {
        return false;
    }

    /** Which card shows: {@link #STEP}, {@link #BETWEEN} or {@link #BREAK}. */
    public String card() {
        return card;
    }

    /** The facilitator's note along the bottom ("Back in 5 minutes"); blank hides it. */
    public void setNote(String text) {
        Edt.check();
        boolean show = text != null && !text.isBlank();
        note.setText(show ? text.strip() : " ");
        note.getAccessibleContext().setAccessibleName(show ? text.strip() : "");
        noteBanner.setVisible(show);
        root.revalidate();
    }

    /** Draws the session as this snapshot describes it. */
    public void render(SessionSnapshot s) {
        Edt.check();
        String want = cardFor(s);
        switch (want) {
            case BREAK -> renderBreak(s);
            case BETWEEN -> renderBetween(s);
            default -> renderStep(s);
        }
        if (!want.equals(card)) {
            card = want;
            cardLayout.show(cards, want);
        }
        fitClocks();
    }

    /** Breaks get the big clock; before the start, at the end and paused on an item's threshold, the calm card. */
    static String cardFor(SessionSnapshot s) {
        if (s.status() == SessionStatus.READY || s.finished()) {
            return BETWEEN;
        }
        if (s.isBreak()) {
            return BREAK;
        }
        boolean onThreshold = s.paused() && s.stepIndex() == 0 && s.itemIndex() > 0 && s.elapsed().isZero();
        return onThreshold ? BETWEEN : STEP;
    }

    private void renderStep(SessionSnapshot s) {
        programme.setText(ConsoleText.format("room.programme", s.programmeTitle(), s.itemIndex() + 1, s.itemCount()));
        exercise.setText(s.exercise().title());
        step.setText(ConsoleText.format("room.step", s.stepIndex() + 1, s.stepCount(), s.phaseTitle()));
        turn.setText(SessionWords.turn(s.active()));
        turn.setIcon(s.active().size() == 1 ? new PartnerMark(look(s.active().get(0)), 56) : null);
        String swap = SwapWords.line(s, ActivePerson::name);
        switchBanner.setVisible(swap != null && s.elapsed().toSeconds() < SWITCH_BANNER_SECONDS);
        if (swap != null) {
            switchText.setText("\u21c4 " + swap);
        }
        Widgets.setParagraph(instructions, nullToEmpty(s.instructions()));
        Widgets.setParagraph(stems, stemsText(s.stems()));
        stems.setVisible(!s.stems().isEmpty());
        boolean hasPrompt = s.prompt() != null;
        Widgets.setParagraph(prompt, hasPrompt ? s.prompt().text() : "");
        promptCard.setVisible(hasPrompt);

        boolean timeOut = s.status() == SessionStatus.TIME_OUT;
        boolean warning = s.status() == SessionStatus.WARNING;
        if (timeOut) {
            countdown.setText(Clocks.countdown(s.timeOutRemaining() == null ? java.time.Duration.ZERO : s.timeOutRemaining()));
        } else {
            countdown.setText(Clocks.countdown(s.remaining()));
        }
        restyle(countdown, warning ? "roomCountdownWarning" : "roomCountdown");
        String statusText = switch (s.status()) {
            case PAUSED -> ConsoleText.get("room.status.paused");
            case TIME_OUT -> ConsoleText.get(s.timeOutOver() ? "room.status.timeOutOver" : "room.status.timeOut");
            // The warning changes words and mark, not colour alone.
            case WARNING -> ConsoleText.get("room.status.warning");
            default -> ConsoleText.get("room.status.running");
        };
        status.setText(statusText);
        restyle(status, warning || timeOut ? "roomStatusWarning" : "roomStatus");
        countdown.getAccessibleContext().setAccessibleName(statusText + " " + countdown.getText());
        next.setText(SessionWords.next(s.next()));
    }

    private void renderBetween(SessionSnapshot s) {
        if (s.finished()) {
            betweenHeading.setText(ConsoleText.get("room.between.finished.heading"));
            betweenTitle.setText(s.programmeTitle());
            Widgets.setParagraph(betweenText, ConsoleText.get("room.between.finished.text"));
            betweenMinutes.setText(" ");
            return;
        }
        String title = s.isBreak() ? s.breakText() : s.exercise().title();
        betweenHeading.setText(ConsoleText.get(s.itemIndex() == 0 && s.status() == SessionStatus.READY
                ? "room.between.first" : "room.between.next"));
        betweenTitle.setText(title);
        Widgets.setParagraph(betweenText, s.isBreak() || s.exercise().summary() == null
                ? ConsoleText.get("room.between.calm") : s.exercise().summary());
        long minutes = s.agenda().isEmpty() ? Clocks.minutes(s.total())
                : Clocks.minutes(s.agenda().get(s.itemIndex()).planned());
        betweenMinutes.setText(ConsoleText.format("room.between.minutes", minutes));
    }

    private void renderBreak(SessionSnapshot s) {
        breakText.setText(s.breakText() == null || s.breakText().isBlank() ? ConsoleText.get("room.break") : s.breakText());
        breakCountdown.setText(Clocks.countdown(s.remaining()));
        LocalTime backAt = LocalTime.now(wallClock).plus(s.remaining()).plusSeconds(59).truncatedTo(ChronoUnit.MINUTES);
        breakBackAt.setText(s.paused() ? ConsoleText.get("room.status.paused")
                : ConsoleText.format("room.break.backAt", HOURS.format(backAt)));
        breakCountdown.getAccessibleContext().setAccessibleName(breakBackAt.getText() + " " + breakCountdown.getText());
    }

    private static String stemsText(List<String> stems) {
        StringBuilder b = new StringBuilder();
        for (String stem : stems) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append('\u201c').append(stem).append('\u201d');
        }
        return b.toString();
    }

    private static PartnerLook look(ActivePerson p) {
        return p.partner() == app.kindred.session.Partner.B ? PartnerLook.B : PartnerLook.A;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static void restyle(JComponent c, String styleClass) {
        if (!styleClass.equals(c.getClientProperty("FlatLaf.styleClass"))) {
            Widgets.style(c, styleClass);
        }
    }
}
