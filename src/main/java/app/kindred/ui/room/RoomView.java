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
    /** Paused or in a time-out: a full-screen state of its own, not a label beside the prompt. */
    public static final String HOLD = "hold";
    /** After a switch, the "Switch" banner stays this long into the new step. */
    private static final long SWITCH_BANNER_SECONDS = 15;
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("H:mm");

    private final Clock wallClock;
    private final JPanel root = new JPanel(new MigLayout("fill, insets 0, gap 0", "[grow, fill]", "[grow, fill][]"));
    private final CardLayout cardLayout = new CardLayout();
    /** The cards arrive as the kiosk's screens do (a 200 ms fade and rise; at once with reduce motion). */
    private final app.kindred.ui.ScreenDeck cards = new app.kindred.ui.ScreenDeck(cardLayout, System::nanoTime);
    private String card = BETWEEN;

    private final JLabel programme = Widgets.label("room.programme", "roomSecondary", " ");
    private final JLabel exercise = Widgets.label("room.exercise", "roomTitle", " ");
    private final JLabel step = Widgets.label("room.step", "roomSecondary", " ");
    private final JLabel turn = Widgets.label("room.turn", "roomTurn", " ");
    private final JPanel switchBanner = new JPanel(new MigLayout("insets 8 24 8 24, fillx", "[grow, fill]"));
    /** Names and roles from the content ("Now Partner B is the Storyteller, Partner A the Guide."): wraps. */
    private final JTextArea switchText = Widgets.paragraph("room.switch.text", "roomSwitchText", ConsoleText.get("room.switch"));
    private final JLabel countdown = Widgets.label("room.countdown", "roomCountdown", "0:00");
    private final javax.swing.JProgressBar progress = new javax.swing.JProgressBar(0, 1000);
    /** Under the clock; wraps rather than widening the clock's column (the warning's words are long). */
    private final javax.swing.JTextPane status = centred("room.status", "roomStatus");
    private final JTextArea instructions = Widgets.paragraph("room.instructions", "roomBody", "");
    private final JTextArea stems = Widgets.paragraph("room.stems", "roomStem", "");
    private final JPanel promptCard = new JPanel(new MigLayout("insets 24, fill"));
    private final JTextArea prompt = Widgets.paragraph("room.prompt", "roomPrompt", "");
    /** What comes next, along the foot: wraps when a long title and a role change meet. */
    private final JTextArea next = Widgets.paragraph("room.next", "roomNext", "");
    /** In the prompt card's place while the card comes from an opt-in deck level, as at the kiosk. */
    private final JPanel optInCard = new JPanel(new MigLayout("insets 24, fillx, wrap 1", "[grow, fill]"));
    private final JLabel optInTitle = Widgets.label("room.optIn.title", "roomBody", " ");
    private final JTextArea optInText = Widgets.paragraph("room.optIn.text", "roomBody", "");
    private final JTextArea optInHow = Widgets.paragraph("room.optIn.how", "roomBody", ConsoleText.get("room.optIn.how"));
    /** Finds the opt-in level a prompt comes from (null: an ordinary card, shown at once). */
    private java.util.function.Function<app.kindred.content.Prompt, app.kindred.content.DeckLevel> optInLevel = p -> null;

    private final JLabel betweenHeading = Widgets.label("room.between.heading", "roomStatus", " ");
    private final JLabel betweenTitle = Widgets.label("room.between.title", "roomDisplay", " ");
    private final javax.swing.JTextPane betweenText = centred("room.between.text", "roomBodyCentered");
    private final JLabel betweenMinutes = Widgets.label("room.between.minutes", "roomStatus", " ");
    private final JPanel decide = new JPanel(new MigLayout(Widgets.NESTED + ", gap 16", "[][][][]"));
    private final JLabel decideLead = Widgets.label("room.between.decide", "roomBodyCentered", ConsoleText.get("room.between.decide.lead"));
    private final JLabel decideA = new JLabel();
    private final JLabel decideAnd = Widgets.label("room.between.decide.and", "roomBodyCentered", ConsoleText.get("room.between.decide.and"));
    private final JLabel decideB = new JLabel();

    private final JLabel holdTitle = Widgets.label("room.hold.title", "roomHoldTitle", " ");
    private final javax.swing.JTextPane holdText = centred("room.hold.text", "roomBodyCentered");
    private final JLabel holdCountdown = Widgets.label("room.hold.countdown", "roomHoldClock", "0:00");
    private final JLabel holdWhere = Widgets.label("room.hold.where", "roomStatus", " ");

    /** The programme's words for its break, often a whole sentence: wrapped and centred. */
    private final javax.swing.JTextPane breakText = centred("room.break.text", "roomDisplay");
    private final JLabel breakCountdown = Widgets.label("room.break.countdown", "roomClock", "0:00");
    private final JLabel breakBackAt = Widgets.label("room.break.backAt", "roomStatus", " ");

    private final JPanel noteBanner = new JPanel(new MigLayout("insets 16 32 16 32, fillx", "[center, grow]"));
    /** Typed by the facilitator, any length: wrapped and centred in the banner, never wider than the screen. */
    private final javax.swing.JTextPane note = centred("room.note", "roomBannerText");

    public RoomView(Clock wallClock) {
        Edt.check();
        this.wallClock = wallClock;
        root.setName("room");
        turn.setIconTextGap(com.formdev.flatlaf.util.UIScale.scale(20));
        cards.setName("room.cards");
        cards.setOpaque(false);
        cards.add(stepCard(), STEP);
        cards.add(betweenCard(), BETWEEN);
        cards.add(breakCard(), BREAK);
        cards.add(holdCard(), HOLD);
        cardLayout.show(cards, BETWEEN);
        // No card may make the view wider than the screen: a card that cannot fit is cut at its own
        // edge (and the words in every card wrap), instead of every card being laid out wider.
        root.add(cards, "grow, wrap, wmin 0, hmin 0");
        noteBanner.setName("room.noteBanner");
        Widgets.style(noteBanner, "roomBanner");
        noteBanner.add(note, "w 100%, wmin 10");
        noteBanner.setVisible(false);
        root.add(noteBanner, "growx, wmin 0, hidemode 3");
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
     * Type sized by the projected image's height, for the back row of a room: body text 4.4 % of
     * the height, the prompt 6 %, the countdown 19 % (issue 15 measured 4 %, 5.5 % and 15 % as the
     * least a room can read). The theme gives family and weight; the size comes from the screen.
     */
    private void fitClocks() {
        // On a narrower screen than 16:10 (a 4:3 projector) the words' column is narrow for type sized
        // by the height alone: the type follows the largest 16:10 area on the screen instead.
        int h = Math.min(root.getHeight(), root.getWidth() * 10 / 16);
        if (h == 0) {
            return;
        }
        fit(programme, h, 0.030);
        fit(step, h, 0.030);
        fit(exercise, h, 0.050);
        fit(turn, h, 0.065);
        fit(switchText, h, 0.052);
        fit(instructions, h, 0.044);
        fit(stems, h, 0.044);
        fit(prompt, h, 0.060);
        fit(optInTitle, h, 0.044);
        fit(optInText, h, 0.044);
        fit(optInHow, h, 0.044);
        fit(countdown, h, 0.19);
        fit(status, h, 0.042);
        fit(next, h, 0.034);
        fit(betweenHeading, h, 0.045);
        fit(betweenTitle, h, 0.085);
        fit(betweenText, h, 0.048);
        fit(betweenMinutes, h, 0.042);
        fit(decideLead, h, 0.048);
        fit(decideAnd, h, 0.048);
        fit(breakText, h, 0.075);
        fit(breakCountdown, h, 0.26);
        fit(breakBackAt, h, 0.048);
        fit(holdTitle, h, 0.10);
        fit(holdText, h, 0.052);
        fit(holdCountdown, h, 0.20);
        fit(holdWhere, h, 0.042);
        fit(note, h, 0.042);
        int mark = (int) Math.round(h * 0.055 / com.formdev.flatlaf.util.UIScale.getUserScaleFactor());
        markSize = Math.max(24, mark);
    }

    private static void fit(JComponent c, int height, double fraction) {
        float size = (float) (height * fraction);
        java.awt.Font f = c.getFont();
        if (f != null && Math.abs(f.getSize2D() - size) > 0.5f) {
            c.setFont(f.deriveFont(size));
        }
    }

    /** The partner marks' logical size, from the view's height. */
    private int markSize = 56;

    @Override
    public JComponent initialFocus() {
        return root;
    }

    private JPanel stepCard() {
        // Left: what to do (words wrap in 62% of the width); right: the clock, readable from the back.
        // The words' column keeps its 62 % in every state: the clock's column never takes from it.
        JPanel p = new JPanel(new MigLayout("fill, insets 2% 3% 2% 3%, gap 3% 1%",
                "[62%!, fill][grow, center]", "[][grow, top][]"));
        p.setName("room.stepCard");
        p.setOpaque(false);
        JPanel where = new JPanel(new MigLayout(Widgets.NESTED + ", fillx", "[grow, left][right]"));
        where.setOpaque(false);
        where.add(programme, "wmin 10");
        where.add(step, "wmin 10");
        p.add(where, "span 2, growx, wrap");
        JPanel words = new JPanel(new MigLayout("fillx, insets 0, gapy 1%, wrap 1", "[grow, fill]"));
        words.setOpaque(false);
        words.add(exercise, "wmin 10");
        switchBanner.setName("room.switch");
        Widgets.style(switchBanner, "roomSwitch");
        // A band across the words' column: the sentence wraps inside it when names and roles are long.
        switchBanner.add(switchText, "wmin 10");
        words.add(switchBanner, "growx, wmin 10, hidemode 3");
        words.add(turn, "wmin 10");
        words.add(instructions, "wmin 10, gaptop 1%");
        words.add(stems, "wmin 10, hidemode 3");
        promptCard.setName("room.promptCard");
        Widgets.style(promptCard, "roomCard");
        promptCard.add(prompt, "grow, wmin 10");
        words.add(promptCard, "hidemode 3, wmin 10, gaptop 1%");
        optInCard.setName("room.optIn");
        Widgets.style(optInCard, "roomCard");
        optInCard.add(optInTitle, "wmin 10");
        optInCard.add(optInText, "wmin 10");
        optInCard.add(optInHow, "wmin 10");
        optInCard.setVisible(false);
        words.add(optInCard, "hidemode 3, wmin 10, gaptop 1%");
        p.add(words, "grow");

        JPanel clock = new JPanel(new MigLayout("insets 0, wrap 1", "[center, grow]", "[]2%[]2%[]"));
        clock.setOpaque(false);
        clock.add(countdown);
        progress.setName("room.progress");
        Widgets.style(progress, "roomProgress");
        progress.getAccessibleContext().setAccessibleName(ConsoleText.get("room.progress"));
        clock.add(progress, "w 100%, h 18lp!");
        clock.add(status, "growx, wmin 10");
        p.add(clock, "aligny center, growx, wmin 10, wrap");
        p.add(next, "span 2, growx, wmin 10");
        return p;
    }

    private JPanel betweenCard() {
        // Centred on both axes, the summary too (a centred text pane: a text area cannot centre lines).
        JPanel p = new JPanel(new MigLayout("fill, insets 4%, wrap 1", "[center, grow]", "push[]1%[]2%[]3%[]3%[]push"));
        p.setName("room.betweenCard");
        p.setOpaque(false);
        p.add(betweenHeading);
        p.add(betweenTitle, "wmax 92%");
        p.add(betweenText, "w 70%, wmin 10");
        decide.setName("room.between.decidePanel");
        decide.setOpaque(false);
        decide.add(decideLead);
        decide.add(decideA);
        decide.add(decideAnd);
        decide.add(decideB);
        decideA.setName("room.between.decide.a");
        decideB.setName("room.between.decide.b");
        p.add(decide, "hidemode 3");
        p.add(betweenMinutes);
        return p;
    }

    private JPanel breakCard() {
        JPanel p = new JPanel(new MigLayout("fill, insets 4%, wrap 1", "[center, grow]", "push[]0[]0[]push"));
        p.setName("room.breakCard");
        p.setOpaque(false);
        p.add(breakText, "w 86%, wmin 10");
        p.add(breakCountdown);
        p.add(breakBackAt);
        return p;
    }

    /** Paused or time-out: a calm full screen, centred, with its own clock. */
    private JPanel holdCard() {
        JPanel p = new JPanel(new MigLayout("fill, insets 4%, wrap 1", "[center, grow]", "push[]2%[]2%[]2%[]push"));
        p.setName("room.holdCard");
        p.setOpaque(false);
        p.add(holdTitle);
        p.add(holdText, "w 70%, wmin 10, hidemode 3");
        p.add(holdCountdown);
        p.add(holdWhere);
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

    /** Whether a card is still arriving (its fade and rise), for tests. */
    public boolean arriving() {
        return cards.moving();
    }

    /** Which card shows: {@link #STEP}, {@link #BETWEEN} or {@link #BREAK}. */
    public String card() {
        return card;
    }

    /** The facilitator's note along the bottom ("Back in 5 minutes"); blank hides it. */
    public void setNote(String text) {
        Edt.check();
        boolean show = text != null && !text.isBlank();
        setCentred(note, show ? text.strip() : " ");
        note.getAccessibleContext().setAccessibleName(show ? text.strip() : "");
        noteBanner.setVisible(show);
        root.revalidate();
    }

    /**
     * Says which prompts come from an opt-in deck level: the room view shows what such a level
     * involves in the card's place, never the card itself.
     */
    public void setOptInLevels(java.util.function.Function<app.kindred.content.Prompt, app.kindred.content.DeckLevel> levels) {
        optInLevel = levels;
    }

    /** Draws the session as this snapshot describes it. */
    public void render(SessionSnapshot s) {
        Edt.check();
        String want = cardFor(s);
        switch (want) {
            case BREAK -> renderBreak(s);
            case BETWEEN -> renderBetween(s);
            case HOLD -> {
                renderStep(s); // the step card stays current underneath, ready for the resume
                renderHold(s);
            }
            default -> renderStep(s);
        }
        if (!want.equals(card)) {
            card = want;
            cardLayout.show(cards, want);
            cards.arrive();
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
        if (onThreshold) {
            return BETWEEN;
        }
        return s.status() == SessionStatus.PAUSED || s.status() == SessionStatus.TIME_OUT ? HOLD : STEP;
    }

    private void renderStep(SessionSnapshot s) {
        programme.setText(ConsoleText.format("room.programme", s.programmeTitle(), s.itemIndex() + 1, s.itemCount()));
        exercise.setText(s.exercise().title());
        step.setText(ConsoleText.format("room.step", s.stepIndex() + 1, s.stepCount(), s.phaseTitle()));
        turn.setText(SessionWords.turn(s.active()));
        turn.setIcon(s.active().size() == 1 ? new PartnerMark(look(s.active().get(0)), markSize) : null);
        String swap = SwapWords.line(s, ActivePerson::name);
        switchBanner.setVisible(swap != null && s.elapsed().toSeconds() < SWITCH_BANNER_SECONDS);
        if (swap != null) {
            Widgets.setParagraph(switchText, "\u21c4 " + swap);
        }
        Widgets.setParagraph(instructions, nullToEmpty(s.instructions()));
        Widgets.setParagraph(stems, stemsText(s.stems()));
        stems.setVisible(!s.stems().isEmpty());
        // A card from an opt-in level (old hurts, say) is not projected to the room: what the level
        // involves stands in its place, as the kiosk covers it until a couple both choose it.
        app.kindred.content.DeckLevel optIn = s.prompt() == null ? null : optInLevel.apply(s.prompt());
        optInCard.setVisible(optIn != null);
        if (optIn != null) {
            optInTitle.setText(ConsoleText.format("room.optIn.title", optIn.name()));
            Widgets.setParagraph(optInText, optIn.optIn());
        }
        boolean hasPrompt = s.prompt() != null && optIn == null;
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
        long total = Math.max(1, s.total().plus(s.extension()).toMillis());
        progress.setValue((int) Math.max(0, Math.min(1000, s.remaining().toMillis() * 1000 / total)));
        restyle(progress, warning ? "roomProgressWarning" : "roomProgress");
        String statusText = switch (s.status()) {
            case PAUSED -> ConsoleText.get("room.status.paused");
            case TIME_OUT -> ConsoleText.get(s.timeOutOver() ? "room.status.timeOutOver" : "room.status.timeOut");
            // The warning changes words and mark, not colour alone.
            case WARNING -> ConsoleText.get("room.status.warning");
            default -> ConsoleText.get("room.status.running");
        };
        setCentred(status, statusText);
        restyle(status, warning || timeOut ? "roomStatusWarning" : "roomStatus");
        countdown.getAccessibleContext().setAccessibleName(statusText + " " + countdown.getText());
        Widgets.setParagraph(next, SessionWords.next(s.next()));
    }

    private void renderBetween(SessionSnapshot s) {
        if (s.finished()) {
            betweenHeading.setText(ConsoleText.get("room.between.finished.heading"));
            betweenTitle.setText(s.programmeTitle());
            setCentred(betweenText, ConsoleText.get("room.between.finished.text"));
            betweenMinutes.setText(" ");
            decide.setVisible(false);
            return;
        }
        // Before the first exercise, each couple settles who wears which mark all session.
        boolean first = s.itemIndex() == 0 && s.status() == SessionStatus.READY;
        decide.setVisible(first);
        if (first) {
            decideA.setIcon(new PartnerMark(PartnerLook.A, markSize));
            decideB.setIcon(new PartnerMark(PartnerLook.B, markSize));
            decide.getAccessibleContext().setAccessibleName(ConsoleText.format("room.between.decide.accessible",
                    PartnerLook.A.shapeName(), PartnerLook.B.shapeName()));
        }
        // A break's words are often a whole sentence: "Break" is the title, its words the text below.
        String title = s.isBreak() ? ConsoleText.get("room.break") : s.exercise().title();
        betweenHeading.setText(ConsoleText.get(s.itemIndex() == 0 && s.status() == SessionStatus.READY
                ? "room.between.first" : "room.between.next"));
        betweenTitle.setText(title);
        boolean breakWords = s.isBreak() && s.breakText() != null && !s.breakText().isBlank();
        setCentred(betweenText, breakWords ? s.breakText().strip()
                : s.isBreak() || s.exercise().summary() == null ? ConsoleText.get("room.between.calm") : s.exercise().summary());
        long minutes = s.agenda().isEmpty() ? Clocks.minutes(s.total())
                : Clocks.minutes(s.agenda().get(s.itemIndex()).planned());
        betweenMinutes.setText(ConsoleText.format("room.between.minutes", minutes));
    }

    private void renderBreak(SessionSnapshot s) {
        setCentred(breakText, breakWords(s));
        breakCountdown.setText(Clocks.countdown(s.remaining()));
        LocalTime backAt = LocalTime.now(wallClock).plus(s.remaining()).plusSeconds(59).truncatedTo(ChronoUnit.MINUTES);
        breakBackAt.setText(s.paused() ? ConsoleText.get("room.status.paused")
                : ConsoleText.format("room.break.backAt", HOURS.format(backAt)));
        breakCountdown.getAccessibleContext().setAccessibleName(breakBackAt.getText() + " " + breakCountdown.getText());
    }

    private void renderHold(SessionSnapshot s) {
        boolean timeOut = s.status() == SessionStatus.TIME_OUT;
        if (timeOut) {
            holdTitle.setText(ConsoleText.get(s.timeOutOver() ? "room.hold.timeOutOver" : "room.hold.timeOut"));
            setCentred(holdText, ConsoleText.get(s.timeOutOver() ? "room.hold.timeOutOverText" : "room.hold.timeOutText"));
            holdCountdown.setText(Clocks.countdown(s.timeOutRemaining() == null ? java.time.Duration.ZERO : s.timeOutRemaining()));
            holdCountdown.setVisible(!s.timeOutOver());
        } else {
            holdTitle.setText(ConsoleText.get("room.status.paused"));
            setCentred(holdText, ConsoleText.get("room.hold.pausedText"));
            holdCountdown.setText(Clocks.countdown(s.remaining()));
            holdCountdown.setVisible(true);
        }
        holdText.setVisible(true);
        holdWhere.setText(ConsoleText.format("room.hold.where", s.exercise().title(), s.phaseTitle(),
                SessionWords.turn(s.active()).strip()));
        String said = holdTitle.getText() + ". " + holdText.getText();
        holdCountdown.getAccessibleContext().setAccessibleName(said + " " + holdCountdown.getText());
    }

    private static javax.swing.JTextPane centred(String name, String styleClass) {
        javax.swing.JTextPane t = new javax.swing.JTextPane();
        t.setName(name);
        t.setEditable(false);
        t.setFocusable(false);
        t.setOpaque(false);
        t.setBorder(null);
        t.setHighlighter(null);
        if (t.getCaret() instanceof javax.swing.text.DefaultCaret c) {
            c.setUpdatePolicy(javax.swing.text.DefaultCaret.NEVER_UPDATE);
        }
        javax.swing.text.SimpleAttributeSet centre = new javax.swing.text.SimpleAttributeSet();
        javax.swing.text.StyleConstants.setAlignment(centre, javax.swing.text.StyleConstants.ALIGN_CENTER);
        t.getStyledDocument().setParagraphAttributes(0, 0, centre, false);
        Widgets.style(t, styleClass);
        return t;
    }

    private static void setCentred(javax.swing.JTextPane t, String text) {
        if (!text.equals(t.getText())) {
            t.setText(text);
            javax.swing.text.SimpleAttributeSet centre = new javax.swing.text.SimpleAttributeSet();
            javax.swing.text.StyleConstants.setAlignment(centre, javax.swing.text.StyleConstants.ALIGN_CENTER);
            t.getStyledDocument().setParagraphAttributes(0, text.length(), centre, false);
            t.getAccessibleContext().setAccessibleName(text);
        }
    }

    /** The programme's words for a break, or "Break". */
    private static String breakWords(SessionSnapshot s) {
        return s.breakText() == null || s.breakText().isBlank() ? ConsoleText.get("room.break") : s.breakText().strip();
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
            Widgets.style(c, styleClass); // the theme's size again: render() fits it to the screen after
        }
    }
}
