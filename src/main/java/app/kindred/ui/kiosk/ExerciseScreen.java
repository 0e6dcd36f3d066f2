package app.kindred.ui.kiosk;

import app.kindred.content.Active;
import app.kindred.content.Roles;
import app.kindred.session.ActivePerson;
import app.kindred.session.Participants;
import app.kindred.session.RibbonStep;
import app.kindred.session.SessionSnapshot;
import app.kindred.session.SessionStatus;
import app.kindred.session.UpNext;
import app.kindred.ui.CommandAction;
import app.kindred.ui.Countdown;
import app.kindred.ui.PartnerLook;
import app.kindred.ui.PartnerMark;
import app.kindred.ui.PanelScreen;
import app.kindred.ui.ScrollBody;
import app.kindred.ui.StepRibbon;
import app.kindred.ui.SwapWords;
import app.kindred.ui.Text;
import app.kindred.ui.Widgets;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import net.miginfocom.swing.MigLayout;

/**
 * The exercise as it runs: the step, whose turn it is (name, colour and shape), what to do, the
 * prompt and sentence starters, a large countdown, the step ribbon, what comes next, and the
 * controls. It draws snapshots of the engine and keeps no time of its own.
 */
public final class ExerciseScreen extends PanelScreen {
    public static final String ID = "exercise";

    /** The commands this screen offers; all shared with keys (and later the console). */
    public record Controls(CommandAction<SessionSnapshot> pause, CommandAction<SessionSnapshot> resume,
            CommandAction<SessionSnapshot> extend, CommandAction<SessionSnapshot> next,
            CommandAction<SessionSnapshot> timeOut, CommandAction<SessionSnapshot> write,
            CommandAction<SessionSnapshot> back) {
        List<CommandAction<SessionSnapshot>> all() {
            return List.of(pause, resume, extend, next, timeOut, write, back);
        }
    }

    private final Controls controls;
    private StepRibbon ribbon;
    private JLabel stepOf;
    private JLabel exerciseTitle;
    private JLabel phaseTitle;
    private JLabel switchBanner;
    private JLabel turn;
    private JLabel otherTurn;
    private JTextArea instructions;
    private JPanel promptCard;
    private JTextArea promptText;
    /** Over the prompt card while a card from an opt-in deck level waits for the couple's choice. */
    private JPanel optInCard;
    private JLabel optInTitle;
    private JTextArea optInText;
    private JButton optInSkip;
    /** Finds the opt-in level a prompt comes from (null: an ordinary card, shown at once). */
    private java.util.function.Function<app.kindred.content.Prompt, app.kindred.content.DeckLevel> optInLevel = p -> null;
    /**
     * Opt-in levels the couple chose to go on with, as "item/deck/level": the answer holds for the
     * rest of that exercise (its swapped round, later steps of the same level), not for the next.
     */
    private final java.util.Set<String> revealed = new java.util.HashSet<>();
    private JPanel stemsBox;
    private JPanel left;
    private static final String LEFT_CENTRED = "growx, wmin 0, aligny center";
    private static final String LEFT_FILLING = "grow, wmin 0";
    /** The card that takes the free height grows up to about twice its own: a card, not a wall. */
    private static final String GROWING = "wmin 0, pushy, growy, hmax 340lp";
    private static final String PLAIN_BOX = "insets 0, fillx";
    private static final String CARD_BOX = "insets 24lp 32lp 28lp 32lp, fillx, aligny center";
    private JPanel instructionsBox;
    private JPanel reflectionCard;
    private JTextArea reflectionQuestion;
    private Countdown countdown;
    private PausedVeil pausedVeil;
    /** The ring's side in logical pixels: one size in running, warning and paused. */
    private static final int RING = 300;
    private JLabel countdownNote;
    private JLabel upNext;
    private JButton pauseButton;
    private JButton nextButton;
    private SessionSnapshot last;

    public ExerciseScreen(Controls controls) {
        this.controls = controls;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    protected JPanel build() {
        // The body scrolls when a large UI scale does not fit the screen; the control bar stays pinned.
        JPanel p = new JPanel(new MigLayout("fill, insets 0, gap 0", "[grow, fill]", "[grow, fill][]"));
        // The ring's column has one width in every state, so the ring never moves or resizes and the
        // prompt never narrows (it used to grow 32 px when "Almost time" appeared under it).
        ScrollBody body = new ScrollBody("exercise.body", new MigLayout("fill, insets 24lp 48lp 8lp 48lp, hidemode 3",
                "[grow, fill]40lp[" + RING + "lp!, center]", "[]rel[]rel[]para[grow]"));
        ribbon = new StepRibbon("exercise.ribbon");
        stepOf = Widgets.label("exercise.stepOf", "stepOf", " ");
        // Both sides in one size group: the ribbon stays centred whatever the side texts say.
        JPanel top = new JPanel(new MigLayout("insets 0, fillx", "[grow, sg side, left][][grow, sg side, right]"));
        top.setOpaque(false);
        exerciseTitle = Widgets.label("exercise.title", "exerciseTitle", " ");
        top.add(exerciseTitle, "wmin 0");
        top.add(ribbon, "center");
        top.add(stepOf, "wmin 0");
        body.add(top, "span 2, growx, wrap");

        phaseTitle = Widgets.label("exercise.phase", "title", " ");
        body.add(phaseTitle, "span 2, wrap");

        turn = Widgets.label("exercise.turn", "turn", " ");
        turn.setIconTextGap(16);
        otherTurn = Widgets.label("exercise.otherTurn", "body", " ");
        otherTurn.setIconTextGap(12);
        switchBanner = Widgets.label("exercise.switch", "swapLine", Text.get("exercise.switch"));
        JPanel turns = new JPanel(new MigLayout("insets 0, wrap 1, gapy 4lp, hidemode 3"));
        turns.setOpaque(false);
        turns.add(switchBanner);
        turns.add(turn);
        turns.add(otherTurn);
        body.add(turns, "span 2, wrap");

        // No empty lower half on a short step: the prompt card grows into the height left (see
        // fitLeftColumn), and a step without a card stands in the middle of it, as does the ring.
        body.add(leftColumn(), LEFT_CENTRED);
        JPanel right = new JPanel(new MigLayout(Widgets.NESTED + ", wrap 1", "[" + RING + "lp!, center]", "[]8lp[]"));
        right.setName("exercise.ringColumn");
        right.setOpaque(false);
        countdown = new Countdown("exercise.countdown");
        pausedVeil = new PausedVeil();
        right.add(new javax.swing.JLayer<>(countdown, pausedVeil), "w " + RING + "lp!, h " + RING + "lp!");
        countdownNote = Widgets.label("exercise.countdownNote", "countdownNote", " ");
        right.add(countdownNote, "h pref!, wmax " + RING + "lp");
        body.add(right, "aligny center"); // no "wrap": an empty row after it would take half the free height
        p.add(body.inScrollPane(), "grow, wrap");

        // Pause and +1 min together; Time-out set apart in a calm style of its own; Next on the right.
        JPanel bar = new JPanel(new MigLayout("insets 12lp 48lp 20lp 48lp, fillx", "[]16lp[]48lp[]push[]16lp[]"));
        bar.setName("exercise.bar");
        bar.setOpaque(false);
        pauseButton = Widgets.button("exercise.pause", "couple", controls.pause());
        bar.add(pauseButton, "sg ctl");
        bar.add(Widgets.button("exercise.extend", "couple", controls.extend()), "sg ctl");
        bar.add(Widgets.button("exercise.timeOut", "calm", controls.timeOut()));
        upNext = Widgets.label("exercise.next.text", "secondary", " ");
        bar.add(upNext, "right, wmin 0");
        nextButton = Widgets.button("exercise.next", "primary", controls.next());
        bar.add(Widgets.button("exercise.back", "touch", controls.back()), "split 2, gapright 16lp"); // issue 19: a stray key is undone
        bar.add(nextButton);
        p.add(bar, "growx");

        for (CommandAction<SessionSnapshot> a : controls.all()) {
            a.bindKey(p);
        }
        return p;
    }

    private JPanel leftColumn() {
        left = new JPanel(new MigLayout("insets 0, fillx, wrap 1, hidemode 3", "[grow, fill]",
                "[]para[]unrel[]unrel[]"));
        left.setName("exercise.left");
        left.setOpaque(false);
        instructions = Widgets.paragraph("exercise.instructions", "body", " ");
        Widgets.readable(instructions);
        // A step without a prompt card shows its instructions on a card of their own (see fitLeftColumn).
        instructionsBox = new JPanel(new MigLayout(PLAIN_BOX, "[grow, fill]"));
        instructionsBox.setName("exercise.instructionsBox");
        instructionsBox.setOpaque(false);
        instructionsBox.add(instructions, "wmin 0");
        left.add(instructionsBox, "wmin 0");

        // "aligny center": when the card grows into free height its words stay in its middle.
        promptCard = new JPanel(new MigLayout("insets 24lp 32lp 28lp 32lp, fillx, wrap 1, aligny center", "[grow, fill]", "[]8lp[]"));
        promptCard.setName("exercise.promptCard");
        Widgets.style(promptCard, "promptCard");
        promptCard.add(Widgets.label("exercise.prompt.label", "secondary", Text.get("exercise.prompt")));
        promptText = Widgets.paragraph("exercise.prompt.text", "prompt", " ");
        Widgets.readable(promptText);
        promptCard.add(promptText, "wmin 0");
        left.add(promptCard, "wmin 0");

        optInCard = new JPanel(new MigLayout("insets 20lp 24lp 20lp 24lp, fillx, wrap 1", "[grow, fill]"));
        optInCard.setName("exercise.optIn");
        Widgets.style(optInCard, "card");
        optInTitle = Widgets.label("exercise.optIn.title", "turn", " ");
        optInCard.add(optInTitle);
        optInText = Widgets.paragraph("exercise.optIn.text", "body", " ");
        optInCard.add(optInText, "wmin 0");
        JPanel choice = new JPanel(new MigLayout(Widgets.NESTED + ", gap 16lp"));
        choice.setOpaque(false);
        // Passing is the default (it has the focus): going deeper takes a deliberate second choice.
        optInSkip = Widgets.button("exercise.optIn.skip", "primary", controls.next());
        optInSkip.setText(Text.get("exercise.optIn.skip"));
        optInSkip.getAccessibleContext().setAccessibleName(Text.get("exercise.optIn.skip"));
        choice.add(optInSkip);
        choice.add(Widgets.button("exercise.optIn.goOn", "touch", new javax.swing.AbstractAction(Text.get("exercise.optIn.goOn")) {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                if (last != null) {
                    revealed.add(optInKey(last));
                    SessionSnapshot s = last;
                    last = null; // draw the step again, with its card
                    render(s);
                }
            }
        }));
        optInCard.add(choice);
        left.add(optInCard, "wmin 0");

        stemsBox = new JPanel(new MigLayout(Widgets.NESTED + ", fillx, wrap 1, gapy 8lp", "[grow, fill]"));
        stemsBox.setOpaque(false);
        left.add(stemsBox, "wmin 0");

        reflectionCard = new JPanel(new MigLayout("insets 20lp 24lp 20lp 24lp, fillx", "[grow, fill]unrel[]"));
        Widgets.style(reflectionCard, "card");
        reflectionQuestion = Widgets.paragraph("exercise.reflection.question", "body", " ");
        reflectionCard.add(reflectionQuestion, "wmin 0");
        reflectionCard.add(Widgets.button("exercise.write", "touch", controls.write()));
        left.add(reflectionCard, "wmin 0");
        return left;
    }

    /** Draws a snapshot: everything but the countdown changes only when the step does. */
    public void render(SessionSnapshot s) {
        component();
        for (CommandAction<SessionSnapshot> a : controls.all()) {
            a.refresh(s);
        }
        pauseButton.setAction(s.paused() ? controls.resume() : controls.pause());
        pauseButton.getAccessibleContext().setAccessibleName((String) pauseButton.getAction().getValue(javax.swing.Action.NAME));
        tick(s);
        if (last != null && sameStep(last, s)) {
            last = s;
            return;
        }
        last = s;
        exerciseTitle.setText(s.isBreak() ? Text.get("exercise.break") : s.exercise().title());
        stepOf.setText(Text.format(s.swapped() ? "exercise.stepRound" : "exercise.step", s.stepIndex() + 1, s.stepCount()));
        phaseTitle.setText(s.phaseTitle());
        String swap = SwapWords.line(s, a -> name(s.participants(), a));
        switchBanner.setVisible(swap != null);
        if (swap != null) {
            switchBanner.setText("\u21c4 " + swap);
            switchBanner.getAccessibleContext().setAccessibleName(swap);
        }
        renderTurn(s);
        Widgets.setParagraph(instructions, s.isBreak() ? s.breakText() : s.instructions());
        app.kindred.content.DeckLevel optIn = s.prompt() == null ? null : optInLevel.apply(s.prompt());
        boolean waiting = optIn != null && !revealed.contains(optInKey(s));
        optInCard.setVisible(waiting);
        if (waiting) {
            optInTitle.setText(Text.format("exercise.optIn.title", optIn.name()));
            Widgets.setParagraph(optInText, optIn.optIn());
            javax.swing.SwingUtilities.invokeLater(() -> optInSkip.requestFocusInWindow());
        }
        boolean hasPrompt = !waiting && (s.prompt() != null || s.deckRanOut());
        promptCard.setVisible(hasPrompt);
        fitLeftColumn(hasPrompt, waiting);
        if (hasPrompt) {
            Widgets.setParagraph(promptText, s.prompt() != null ? s.prompt().text() : Text.get("exercise.deckRanOut"));
        }
        stemsBox.removeAll();
        if (!s.stems().isEmpty()) {
            stemsBox.add(Widgets.label("exercise.stems.label", "secondary", Text.get("exercise.stems")));
            int i = 0;
            for (String stem : s.stems()) {
                // Each starter a chip of its own, as wide as its words: easy to find and read aloud.
                JPanel chip = new JPanel(new MigLayout("insets 10lp 20lp 10lp 20lp, fillx", "[grow, fill]"));
                chip.setName("exercise.stemChip." + i);
                Widgets.style(chip, "chip");
                JTextArea words = Widgets.paragraph("exercise.stem." + i++, "stem", "\u201c" + stem + "\u201d");
                // As wide as its words on one line (a wrapping text area asks for no width of its own).
                int wide = words.getFontMetrics(words.getFont()).stringWidth(words.getText()) + 2;
                chip.add(words, "wmin 0, w 0:" + wide + "px");
                stemsBox.add(chip, "growx 0, wmin 0, wmax 100%");
            }
        }
        reflectionCard.setVisible(s.reflectionQuestion() != null);
        if (s.reflectionQuestion() != null) {
            Widgets.setParagraph(reflectionQuestion, s.reflectionQuestion());
        }
        upNext.setText(upNextText(s.next()));
        ribbon.setSteps(ribbonSteps(s), stepOf.getText() + ": " + s.phaseTitle());
        panel.getAccessibleContext().setAccessibleName(s.phaseTitle());
        panel.revalidate();
        panel.repaint();
    }

    /**
     * No empty lower half on a short step: the prompt card takes the free height with its words in
     * the middle; a step without one shows its instructions on a card of their own about the ring's
     * height, standing in the middle beside it (as does an opt-in card while it waits).
     */
    private void fitLeftColumn(boolean hasPrompt, boolean waiting) {
        boolean instructionsCard = !hasPrompt && !waiting;
        MigLayout inLeft = (MigLayout) left.getLayout();
        inLeft.setComponentConstraints(promptCard, hasPrompt ? GROWING : "wmin 0");
        // As tall as most of the ring beside it, standing in the middle with it: a card, not a wall.
        inLeft.setComponentConstraints(instructionsBox, instructionsCard ? "wmin 0, hmin 240lp" : "wmin 0");
        ((MigLayout) instructionsBox.getLayout()).setLayoutConstraints(instructionsCard ? CARD_BOX : PLAIN_BOX);
        Widgets.style(instructionsBox, instructionsCard ? "card" : null);
        instructionsBox.setOpaque(instructionsCard);
        ((MigLayout) left.getParent().getLayout()).setComponentConstraints(left, hasPrompt ? LEFT_FILLING : LEFT_CENTRED);
    }

    /** Updates only the countdown and its note: called every second, cheap when nothing changed. */
    public void tick(SessionSnapshot s) {
        component();
        Countdown.Mode mode = switch (s.status()) {
            case WARNING -> Countdown.Mode.WARNING;
            case PAUSED, TIME_OUT -> Countdown.Mode.PAUSED;
            case FINISHED, READY -> Countdown.Mode.STOPPED;
            default -> Countdown.Mode.RUNNING;
        };
        boolean changed = countdown.show(s.remaining(), s.total(), mode);
        if (pausedVeil.setPaused(mode == Countdown.Mode.PAUSED)) {
            countdown.getParent().repaint();
        }
        if (changed) {
            String note = switch (mode) {
                case WARNING -> Text.get("exercise.warning");
                // "Paused" itself stands in the ring; following a room, only the facilitator can resume it.
                // In the couple's own time-out Resume is off too, but nobody else stopped the clock.
                case PAUSED -> Text.get(s.status() == app.kindred.session.SessionStatus.TIME_OUT ? "exercise.timeOutNote"
                        : pauseButton.isEnabled() ? "exercise.pausedNote" : "exercise.pausedByRoom");
                default -> (!s.extension().isNegative() && !s.extension().isZero())
                        ? Text.format("exercise.extension", Math.max(1, s.extension().toMinutes())) : " ";
            };
            if (!note.equals(countdownNote.getText())) {
                countdownNote.setText(note);
                Widgets.style(countdownNote, mode == Countdown.Mode.PAUSED ? "body" : "countdownNote");
            }
        }
    }

    private void renderTurn(SessionSnapshot s) {
        List<ActivePerson> active = s.active();
        otherTurn.setVisible(false);
        turn.setVisible(true);
        if (s.isBreak()) {
            turn.setIcon(null);
            turn.setText(Text.get("exercise.break"));
        } else if (active.size() == 1) {
            ActivePerson a = active.get(0);
            turn.setIcon(new PartnerMark(look(a), 44));
            PartnerLook other = look(a).other();
            if (s.exercise().roles().equals(Roles.PARTNERS)) {
                // Roles that are just "Partner A/B" would read "Sam, Partner A": say whose turn it is.
                turn.setText(Text.format("exercise.turnOf", name(s.participants(), a)));
            } else {
                turn.setText(Text.format("exercise.acts", name(s.participants(), a), a.roleLabel()));
                otherTurn.setIcon(new PartnerMark(other, 26));
                String otherRole = s.exercise().roles().label(a.role() == Active.A ? Active.B : Active.A);
                otherTurn.setText(Text.format("exercise.acts", name(s.participants(), other), otherRole));
                otherTurn.setVisible(true);
            }
        } else {
            turn.setIcon(new PairMark());
            turn.setText(Text.get("exercise.together"));
            // A swap's own sentence already says who does what: one signal, not three.
            turn.setVisible(!switchBanner.isVisible());
        }
        turn.getAccessibleContext().setAccessibleName(turn.getText());
    }

    private static String upNextText(UpNext next) {
        if (next == null) {
            return Text.get("exercise.nextLast");
        }
        String title = next.newItem() ? next.itemTitle() : next.phaseTitle();
        return Text.format(next.switchesRoles() ? "exercise.nextSwitch" : "exercise.next", title);
    }

    private static List<StepRibbon.Step> ribbonSteps(SessionSnapshot s) {
        List<StepRibbon.Step> steps = new ArrayList<>();
        for (RibbonStep r : s.ribbon()) {
            PartnerLook who = PartnerLook.of(r.person());
            StepRibbon.State st = StepRibbon.State.valueOf(r.state().name());
            steps.add(new StepRibbon.Step(r.title(), who, st));
        }
        return steps;
    }

    static PartnerLook look(ActivePerson a) {
        return PartnerLook.of(a.partner());
    }

    /** The typed name, or the localised "Partner A" when none was typed. */
    static String name(Participants p, PartnerLook look) {
        app.kindred.session.Partner partner = look.partner();
        return p.named(partner) ? p.name(partner) : look.defaultName();
    }

    private static String name(Participants p, ActivePerson a) {
        return name(p, look(a));
    }

    /**
     * Says which prompts come from an opt-in deck level (a card about old hurts, say): such a card
     * stays covered by what the level involves, with "Skip this step" focused, until the couple
     * chooses to see it.
     */
    public void setOptInLevels(java.util.function.Function<app.kindred.content.Prompt, app.kindred.content.DeckLevel> levels) {
        optInLevel = levels;
    }

    /** A new session on this screen: every opt-in card is covered again. */
    public void newSession() {
        revealed.clear();
        last = null;
    }

    private static String optInKey(SessionSnapshot s) {
        return s.itemIndex() + "/" + s.prompt().deckId() + "/" + s.prompt().level();
    }

    private static boolean sameStep(SessionSnapshot a, SessionSnapshot b) {
        return a.itemIndex() == b.itemIndex() && a.stepIndex() == b.stepIndex() && a.status() == b.status()
                && java.util.Objects.equals(a.prompt(), b.prompt()) && a.deckRanOut() == b.deckRanOut()
                && a.extension().equals(b.extension()) && a.ribbon().equals(b.ribbon());
    }

    /** The instructions, not Next: a stray Enter or Space skips no step (issue 19). */
    @Override
    public JComponent initialFocus() {
        return instructions;
    }

    /** Whose turn it is, as the screen says it (for the announcement of a new step). */
    public String turnText() {
        component();
        return turn.getText();
    }

    /** The countdown, for tests and the CPU benchmark. */
    public Countdown countdown() {
        component();
        return countdown;
    }

    /**
     * Over the ring while the clock is stopped: the ring and digits fade back and "Paused" stands
     * with the digits, so a paused clock can never be read as a running one.
     */
    private static final class PausedVeil extends javax.swing.plaf.LayerUI<Countdown> {
        private boolean paused;

        boolean setPaused(boolean p) {
            boolean changed = p != paused;
            paused = p;
            return changed;
        }

        boolean paused() {
            return paused;
        }

        @Override
        public void paint(java.awt.Graphics g, JComponent c) {
            if (!paused) {
                super.paint(g, c);
                return;
            }
            java.awt.Graphics2D g2 = (java.awt.Graphics2D) g.create();
            try {
                g2.setComposite(java.awt.AlphaComposite.getInstance(java.awt.AlphaComposite.SRC_OVER, 0.35f));
                super.paint(g2, c);
                g2.setComposite(java.awt.AlphaComposite.SrcOver);
                g2.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                java.awt.Font f = javax.swing.UIManager.getFont("Kindred.countdownNote.font");
                int size = Math.min(c.getWidth(), c.getHeight());
                g2.setFont(f.deriveFont(Math.max(f.getSize2D(), size * 0.085f)));
                java.awt.FontMetrics fm = g2.getFontMetrics();
                String t = Text.get("exercise.paused");
                g2.setColor(javax.swing.UIManager.getColor("Label.foreground"));
                g2.drawString(t, (c.getWidth() - fm.stringWidth(t)) / 2, (int) (c.getHeight() / 2.0 - size * 0.2));
            } finally {
                g2.dispose();
            }
        }
    }

    /** True while the ring is veiled as paused, for tests. */
    public boolean ringPaused() {
        component();
        return pausedVeil.paused();
    }

    /** Both partners' marks side by side, for steps they do together. */
    private static final class PairMark implements javax.swing.Icon {
        private final PartnerMark a = new PartnerMark(PartnerLook.A, 36);
        private final PartnerMark b = new PartnerMark(PartnerLook.B, 36);

        @Override
        public void paintIcon(java.awt.Component c, java.awt.Graphics g, int x, int y) {
            a.paintIcon(c, g, x, y + (getIconHeight() - a.getIconHeight()) / 2);
            b.paintIcon(c, g, x + a.getIconWidth() + a.getIconWidth() / 5, y + (getIconHeight() - b.getIconHeight()) / 2);
        }

        @Override
        public int getIconWidth() {
            return a.getIconWidth() * 2 + a.getIconWidth() / 5;
        }

        @Override
        public int getIconHeight() {
            return Math.max(a.getIconHeight(), com.formdev.flatlaf.util.UIScale.scale(44));
        }
    }
}
