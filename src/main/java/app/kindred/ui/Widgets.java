package app.kindred.ui;

import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.AbstractButton;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.text.DefaultCaret;

/**
 * Builds the few kinds of components every screen uses, styled by FlatLaf style classes from the
 * theme, named for tests and screen readers. Screens say what a thing is; this class says how.
 */
public final class Widgets {
    /**
     * Layout constraints for a panel nested in another with no insets of its own (a row of buttons,
     * a column of cards), to which more are added. Without visual padding: MigLayout, as FlatLaf sets
     * it up, lays controls out with their focus rings outside their cells, and a panel with no insets
     * then cuts the rings off (TouchTargetTest checks every control lies wholly inside its panels).
     */
    public static final String NESTED = "insets 0, novisualpadding";

    private Widgets() {
    }

    /** Applies FlatLaf style classes, e.g. {@code "title"} or {@code "secondary"}. */
    public static <C extends JComponent> C style(C component, String styleClasses) {
        component.putClientProperty(FlatClientProperties.STYLE_CLASS, styleClasses);
        return component;
    }

    /** A one-line label with a style class (may be null). */
    public static JLabel label(String name, String styleClass, String text) {
        JLabel l = new JLabel(text);
        l.setName(name);
        if (styleClass != null) {
            style(l, styleClass);
        }
        return l;
    }

    /**
     * Read-only text that wraps at word boundaries (instructions, summaries). Not focusable: it is
     * read, not operated; a screen reader reaches it through the accessible name of its screen.
     */
    public static JTextArea paragraph(String name, String styleClass, String text) {
        JTextArea t = readOnly(new Paragraph(), name, styleClass, text);
        t.getAccessibleContext().setAccessibleName(text);
        return t;
    }

    /**
     * A paragraph inside a clickable card: it lets every mouse event through to the card, so a tap
     * on the words selects the card instead of placing a caret.
     */
    public static JTextArea cardParagraph(String name, String styleClass, String text) {
        return readOnly(new Paragraph() {
            @Override
            public boolean contains(int x, int y) {
                return false;
            }
        }, name, styleClass, text);
    }

    /**
     * Wrapping text with no baseline: MigLayout asks every component in a row for its baseline, and
     * a text area answers by laying its whole text out again, through Java's slow path for complex
     * scripts whenever the text holds any (a reflection full of combining marks took seconds per
     * layout). Several lines have no one baseline to align to anyway.
     */
    static class Paragraph extends JTextArea {
        @Override
        public int getBaseline(int width, int height) {
            return -1;
        }

        @Override
        public java.awt.Component.BaselineResizeBehavior getBaselineResizeBehavior() {
            return java.awt.Component.BaselineResizeBehavior.OTHER;
        }
    }

    private static JTextArea readOnly(JTextArea t, String name, String styleClass, String text) {
        quietCaret(t);
        t.setText(text);
        t.setName(name);
        t.setEditable(false);
        t.setFocusable(false);
        t.setLineWrap(true);
        t.setWrapStyleWord(true);
        t.setOpaque(false);
        t.setBorder(null);
        t.setHighlighter(null);
        if (styleClass != null) {
            style(t, styleClass);
        }
        return t;
    }

    /**
     * Read-only text must not scroll its viewport to a caret when its text changes. Set before the
     * text: a caret moved by the constructor's text queues a scroll to itself, which ran after layout
     * and left the choose list scrolled to its last card.
     */
    private static void quietCaret(JTextArea t) {
        if (t.getCaret() instanceof DefaultCaret c) {
            c.setUpdatePolicy(DefaultCaret.NEVER_UPDATE);
        }
    }

    /**
     * Makes a read-only paragraph reachable with Tab (a screen reader reads it on focus; a keyboard
     * user lands on the words, not on a button a stray Enter would press). Tab and Shift+Tab move on
     * as from any control: a text area would otherwise keep them.
     */
    public static void readable(JTextArea t) {
        t.setFocusable(true);
        // The caret shows only where the keyboard brought the focus (see ReadingCaret). A theme switch
        // brings a new caret from the look and feel, so every caret the paragraph gets is replaced.
        t.setCaret(new ReadingCaret());
        t.addPropertyChangeListener("caret", e -> {
            if (!(e.getNewValue() instanceof ReadingCaret)) {
                t.setCaret(new ReadingCaret());
            }
        });
        t.setFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        t.setFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
    }

    /**
     * A read-only paragraph's caret. Each step's instructions take the first focus (a screen reader
     * reads them at once), and FlatLaf's caret would then stand at the start of the words on every
     * touch screen, as if the paragraph were a field to type in. This one is shown, steady, only when
     * the focus came from the keyboard (Tab or Shift+Tab), where it tells a keyboard user where they
     * are; after a tap or a screen's first focus it stays hidden. Hidden or not, it keeps its place
     * in the text, which is what assistive technology reads. Never blinks: blinking would be motion
     * on a screen where nothing moves, and a timer repainting twice a second for as long as a step
     * runs (the countdown-cpu benchmark).
     */
    static final class ReadingCaret extends DefaultCaret {
        private static final long serialVersionUID = 1L;

        ReadingCaret() {
            setBlinkRate(0);
            setUpdatePolicy(NEVER_UPDATE);
        }

        @Override
        public void focusGained(java.awt.event.FocusEvent e) {
            super.focusGained(e);
            java.awt.event.FocusEvent.Cause cause = e.getCause();
            setVisible(getComponent().isEnabled() && (cause == java.awt.event.FocusEvent.Cause.TRAVERSAL_FORWARD
                    || cause == java.awt.event.FocusEvent.Cause.TRAVERSAL_BACKWARD
                    || cause == java.awt.event.FocusEvent.Cause.TRAVERSAL));
        }
    }

    /** Updates a paragraph's text and its accessible name together. */
    public static void setParagraph(JTextArea t, String text) {
        t.setText(text);
        t.getAccessibleContext().setAccessibleName(text);
    }

    /** A button for an action; the name is for tests, the accessible name is the action's text. */
    public static JButton button(String name, String styleClass, Action action) {
        JButton b = new JButton(action);
        return named(b, name, styleClass);
    }

    public static <B extends AbstractButton> B named(B b, String name, String styleClass) {
        b.setName(name);
        // A button types nothing, so it needs no input method. Java opens the X input method (libX11
        // reads the locale's whole Compose table; cost in docs/TIMINGS.md) at the first mouse or focus event of a
        // component that has them enabled; off here, it is opened when a text field is first used,
        // not while the welcome screen appears. Done before the button has a parent, when it only
        // clears a flag (later it would open the input method to end a composition).
        b.enableInputMethods(false);
        // Enter presses the focused button, as people expect on a kiosk keyboard (Swing only knows Space).
        b.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke("ENTER"), "pressed");
        b.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke("released ENTER"), "released");
        if (styleClass != null) {
            style(b, styleClass);
        }
        Object text = b.getAction() == null ? b.getText() : b.getAction().getValue(Action.NAME);
        if (text != null) {
            b.getAccessibleContext().setAccessibleName(text.toString());
        }
        return b;
    }
}
