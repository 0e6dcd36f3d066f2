package app.kindred.ui.kiosk;

import app.kindred.session.Participants;
import app.kindred.ui.CommandAction;
import app.kindred.ui.OnScreenKeyboard;
import app.kindred.ui.PartnerLook;
import app.kindred.ui.PartnerMark;
import app.kindred.ui.PanelScreen;
import app.kindred.ui.Text;
import app.kindred.ui.TypedFields;
import app.kindred.ui.Widgets;
import app.kindred.ui.Wipeable;
import com.formdev.flatlaf.FlatClientProperties;
import java.awt.event.KeyEvent;
import java.awt.event.InputEvent;
import javax.swing.AbstractAction;
import javax.swing.ButtonGroup;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JToggleButton;
import javax.swing.KeyStroke;
import javax.swing.text.PlainDocument;
import javax.swing.undo.UndoManager;
import net.miginfocom.swing.MigLayout;

/**
 * Private writing: the phase's reflection question, who is writing (either partner or both), and a
 * large text area that works with a physical keyboard (Ctrl+Z undoes). The words go to the engine
 * (and its private file) only on Save, and the wipe drops the document and its undo history.
 */
public final class ReflectionScreen extends PanelScreen implements Wipeable {
    public static final String ID = "reflection";
    private static final String ROWS = "push[]rel[]para[]para[]unrel[grow 0, 160lp:240lp:360lp]para[]para[]push";
    /** With the keyboard out, the text box gives up height so that everything fits a 1280 x 800 screen. */
    private static final String ROWS_WITH_KEYBOARD = "push[]rel[]para[]para[]unrel[grow 0, 120lp:120lp:360lp]para[]para[]push";

    private final CommandAction<?> save;
    private final CommandAction<?> skip;
    private final UndoManager undo = new UndoManager();
    private JTextArea question;
    private JTextArea text;
    private OnScreenKeyboard keyboard;
    private JToggleButton writerA;
    private JToggleButton writerB;
    private JToggleButton writerBoth;

    public ReflectionScreen(CommandAction<?> save, CommandAction<?> skip) {
        this.save = save;
        this.skip = skip;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    protected JPanel build() {
        JPanel p = new JPanel(new MigLayout("fill, insets dialog, wrap 1, hidemode 3", "push[:900lp:1100lp]push", ROWS));
        p.add(Widgets.label("reflection.title", "title", Text.get("reflection.title")));
        p.add(Widgets.label("reflection.lead", "secondary", Text.get("reflection.lead")));
        question = Widgets.paragraph("reflection.question", "prompt", " ");
        p.add(question, "growx, wmin 0");
        JPanel writers = new JPanel(new MigLayout(Widgets.NESTED + ", gap 16lp", "[]unrel[][][]")); // 16 px between chips: one finger, one choice
        writers.setOpaque(false);
        writers.add(Widgets.label("reflection.writer", "body", Text.get("reflection.writer")));
        ButtonGroup group = new ButtonGroup();
        writerA = Widgets.named(new JToggleButton(" "), "reflection.writer.a", "chip");
        writerA.setIcon(new PartnerMark(PartnerLook.A, 20));
        writerB = Widgets.named(new JToggleButton(" "), "reflection.writer.b", "chip");
        writerB.setIcon(new PartnerMark(PartnerLook.B, 20));
        writerBoth = Widgets.named(new JToggleButton(Text.get("reflection.both")), "reflection.writer.both", "chip");
        for (JToggleButton b : new JToggleButton[] {writerA, writerB, writerBoth}) {
            group.add(b);
            writers.add(b);
        }
        writerBoth.setSelected(true);
        p.add(writers);
        text = TypedFields.keepPrivate(new JTextArea());
        text.setName("reflection.text");
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        Widgets.style(text, "reflection");
        text.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, Text.get("reflection.placeholder"));
        text.getAccessibleContext().setAccessibleName(Text.get("reflection.title"));
        // Tab moves focus on (a kiosk has no use for tab characters in a reflection).
        text.setFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        text.setFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
        bindUndo();
        text.setDocument(newDocument());
        JScrollPane scroll = new JScrollPane(text);
        scroll.setName("reflection.scroll");
        p.add(scroll, "grow");
        JPanel buttons = new JPanel(new MigLayout(Widgets.NESTED + ", gap 32lp"));
        buttons.setOpaque(false);
        // For a touch screen without a keyboard; hidden until asked for.
        keyboard = new OnScreenKeyboard("reflection.keyboard", () -> text);
        keyboard.component().setVisible(false);
        buttons.add(keyboard.toggleButton("reflection.keyboardToggle", out -> {
            ((MigLayout) panel.getLayout()).setRowConstraints(out ? ROWS_WITH_KEYBOARD : ROWS);
            panel.revalidate();
            panel.repaint();
        }));
        buttons.add(Widgets.button("reflection.skip", "touch", skip));
        buttons.add(Widgets.button("reflection.save", "primary", save));
        p.add(buttons, "right");
        p.add(keyboard.component(), "center");
        p.getAccessibleContext().setAccessibleName(Text.get("reflection.title"));
        return p;
    }

    /** Prepares the screen for a question; keeps what was typed if it is the same question. */
    public void ask(String questionText, Participants names) {
        component();
        if (!questionText.equals(question.getText())) {
            Widgets.setParagraph(question, questionText);
        }
        writerA.setText(ExerciseScreen.name(names, PartnerLook.A));
        writerB.setText(ExerciseScreen.name(names, PartnerLook.B));
        writerA.getAccessibleContext().setAccessibleName(writerA.getText());
        writerB.getAccessibleContext().setAccessibleName(writerB.getText());
    }

    public String question() {
        return question.getText();
    }

    public String typed() {
        return text.getText().strip();
    }

    /** The author: partner A or B, or null for both. */
    public PartnerLook writer() {
        return writerA.isSelected() ? PartnerLook.A : writerB.isSelected() ? PartnerLook.B : null;
    }

    /** After a save: empty, ready for the next question (and no undo back to the saved words). */
    public void clear() {
        wipe();
    }

    @Override
    public void wipe() {
        if (panel == null) {
            return;
        }
        undo.discardAllEdits();
        text.setDocument(newDocument());
        keyboard.reset();
        ((MigLayout) panel.getLayout()).setRowConstraints(ROWS);
        writerBoth.setSelected(true);
        Widgets.setParagraph(question, " ");
    }

    @Override
    public JComponent initialFocus() {
        return text;
    }

    private PlainDocument newDocument() {
        PlainDocument doc = TypedFields.wordsDocument();
        doc.addUndoableEditListener(undo);
        return doc;
    }

    private void bindUndo() {
        text.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_Z, InputEvent.CTRL_DOWN_MASK), "kindred.undo");
        text.getActionMap().put("kindred.undo", new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                if (undo.canUndo()) {
                    undo.undo();
                }
            }
        });
        text.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_Y, InputEvent.CTRL_DOWN_MASK), "kindred.redo");
        text.getActionMap().put("kindred.redo", new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                if (undo.canRedo()) {
                    undo.redo();
                }
            }
        });
    }

    /** Whether an undo is possible (the wipe test checks the history is gone). */
    public boolean canUndo() {
        return undo.canUndo();
    }
}
