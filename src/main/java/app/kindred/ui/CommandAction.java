package app.kindred.ui;

import java.awt.event.ActionEvent;
import java.util.function.Predicate;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JComponent;
import javax.swing.KeyStroke;

/**
 * One user command (start, pause, +1 min, next, time-out, print, ...). Its text comes from the
 * bundle ({@code action.ID}, {@code action.ID.tip}); it is enabled when its predicate holds for the
 * current state {@code S}, and buttons, keys and the console all share the same instance.
 *
 * <pre>{@code
 * CommandAction<SessionView> pause = CommandAction.<SessionView>of("pause", engine::pause)
 *         .enabledWhen(s -> s.running()).key("SPACE");
 * }</pre>
 */
public final class CommandAction<S> extends AbstractAction {
    private final String id;
    private final Runnable perform;
    private Predicate<? super S> enabledWhen = s -> true;
    private final java.util.List<KeyStroke> keys = new java.util.ArrayList<>();

    private CommandAction(String id, Runnable perform) {
        super(Text.get("action." + id));
        this.id = id;
        this.perform = perform;
        if (Text.has("action." + id + ".tip")) {
            putValue(Action.SHORT_DESCRIPTION, Text.get("action." + id + ".tip"));
        }
    }

    public static <S> CommandAction<S> of(String id, Runnable perform) {
        return new CommandAction<>(id, perform);
    }

    public CommandAction<S> enabledWhen(Predicate<? super S> predicate) {
        this.enabledWhen = predicate;
        return this;
    }

    /**
     * Keys that trigger the command anywhere in the window, e.g. {@code "P"} or {@code "ctrl T"}; the
     * first is the one menus and tooltips show. Several, because "+" is a different key on
     * different keyboards ({@code "PLUS"}, {@code "shift EQUALS"}, {@code "ADD"} on the keypad).
     */
    public CommandAction<S> key(String... keyStrokes) {
        for (String k : keyStrokes) {
            KeyStroke stroke = KeyStroke.getKeyStroke(k);
            if (stroke == null) {
                throw new IllegalArgumentException("Not a key stroke: " + k);
            }
            keys.add(stroke);
        }
        putValue(Action.ACCELERATOR_KEY, keys.get(0));
        return this;
    }

    public String id() {
        return id;
    }

    /** Re-evaluates the enabled state for a new state. */
    public void refresh(S state) {
        setEnabled(enabledWhen.test(state));
    }

    /**
     * Binds the key (if any) so it works while focus is anywhere inside {@code host}'s window. A
     * single key (a letter, "+", with or without Shift) goes through {@link SingleKeys}: it does
     * nothing while a text field has focus or when single-key shortcuts are turned off (WCAG 2.1.4),
     * and the key then reaches the focused component as if unbound.
     */
    public void bindKey(JComponent host) {
        for (KeyStroke k : keys) {
            host.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(k, SingleKeys.single(k) ? id + ".single" : id);
        }
        if (!keys.isEmpty()) {
            host.getActionMap().put(id, this);
            host.getActionMap().put(id + ".single", SingleKeys.guard(this));
        }
    }

    /**
     * Lets this command's keys through {@code c} to the window's bindings: a component with key
     * bindings of its own (a table moves its selection with Ctrl+arrows) would otherwise swallow
     * them while it has the focus. "none" names no action, so Swing goes on to the window's map.
     */
    public void passKeysThrough(JComponent c) {
        for (KeyStroke k : keys) {
            c.getInputMap(JComponent.WHEN_FOCUSED).put(k, "none");
            c.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(k, "none");
        }
    }

    /** Runs the command if enabled (keys and buttons both come here). */
    @Override
    public void actionPerformed(ActionEvent e) {
        if (isEnabled()) {
            perform.run();
        }
    }
}
