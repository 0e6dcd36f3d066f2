package app.kindred.ui.console;

import app.kindred.ui.ConsoleText;
import app.kindred.session.Command;
import app.kindred.ui.CommandAction;
import java.awt.event.KeyEvent;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.Action;
import javax.swing.JComponent;
import javax.swing.KeyStroke;

/**
 * Every console command as one action, each enabled by a function of {@link ConsoleState} and each
 * with a key: buttons, keys and tooltips share the same instance. Keys use Ctrl (or Alt), so they
 * keep working while the facilitator types a note.
 */
public final class ConsoleActions {
    /** What the console asks of the app outside the session. */
    public interface Host {
        void swapDisplays();

        void openSettings();

        void groupSummary();

        void lockConsole();

        void quit();
    }

    private final Map<String, CommandAction<ConsoleState>> actions = new LinkedHashMap<>();
    private final Map<String, String> whyOff = new LinkedHashMap<>();

    public ConsoleActions(Workshop w, java.util.function.Supplier<String> noteText, Host host) {
        add("start", "ctrl ENTER", () -> w.run(() -> w.engine().start()), s -> s.can(Command.START));
        add("pause", "ctrl P", () -> w.run(() -> w.engine().pause()), s -> s.can(Command.PAUSE));
        add("resume", "ctrl R", () -> w.run(() -> w.engine().resume()), s -> s.can(Command.RESUME));
        add("extend1", "ctrl EQUALS", () -> w.extend(Duration.ofMinutes(1)), s -> s.can(Command.EXTEND));
        // Three fixed amounts a finger can tap, instead of a number to set and then add.
        add("extend2", "ctrl 2", () -> w.extend(Duration.ofMinutes(2)), s -> s.can(Command.EXTEND));
        add("extend5", "ctrl 5", () -> w.extend(Duration.ofMinutes(5)), s -> s.can(Command.EXTEND));
        add("shorten", "ctrl MINUS", () -> w.run(() -> w.engine().shorten(Duration.ofMinutes(1))), s -> s.can(Command.SHORTEN));
        add("back", "ctrl LEFT", () -> w.run(() -> w.engine().back()), s -> s.can(Command.BACK));
        add("skip", "ctrl RIGHT", () -> w.run(() -> w.engine().skip()), s -> s.can(Command.SKIP));
        add("restart", "ctrl HOME", () -> w.run(() -> w.engine().restartPhase()), s -> s.can(Command.RESTART_PHASE));
        add("timeOut", "ctrl T", () -> w.run(() -> w.engine().timeOut()), s -> s.can(Command.TIME_OUT));
        add("endTimeOut", "ctrl shift T", () -> w.run(() -> w.engine().endTimeOut(true)), s -> s.can(Command.END_TIME_OUT));
        add("redraw", "ctrl G", () -> w.run(() -> w.engine().redrawPrompt()), s -> s.can(Command.REDRAW_PROMPT));
        add("endEarly", "ctrl shift E", () -> w.run(() -> w.engine().endEarly()), s -> s.can(Command.END_EARLY));
        add("jump", "ctrl J", () -> w.run(() -> w.engine().jumpTo(w.state().selected())),
                s -> s.can(Command.JUMP_TO) && s.selectedItem() != null
                        && s.selectedItem().state() != app.kindred.session.AgendaItem.State.CURRENT);
        add("moveUp", "alt UP", () -> w.moveSelected(-1), s -> s.can(Command.REORDER) && s.canMoveUp());
        add("moveDown", "alt DOWN", () -> w.moveSelected(1), s -> s.can(Command.REORDER) && s.canMoveDown());
        add("drop", "ctrl DELETE", () -> w.run(() -> w.engine().dropItem(w.state().selected())),
                s -> s.can(Command.DROP) && s.selectedUpcoming());
        add("showNote", "ctrl N", () -> w.setNote(noteText.get()), s -> true);
        add("clearNote", "ctrl shift N", () -> w.setNote(""), ConsoleState::hasNote);
        add("swap", "ctrl D", host::swapDisplays, ConsoleState::twoDisplays);
        add("settings", "ctrl COMMA", host::openSettings, s -> true);
        add("summary", "ctrl shift S", host::groupSummary, s -> s.session().status() != app.kindred.session.SessionStatus.READY);
        add("lock", "ctrl L", host::lockConsole, s -> true);
        add("quit", "ctrl alt X", host::quit, s -> true);
    }

    private void add(String id, String key, Runnable perform, java.util.function.Predicate<ConsoleState> when) {
        CommandAction<ConsoleState> a = CommandAction.<ConsoleState>of("console." + id, perform).enabledWhen(when).key(key);
        // The shell's bundle does not hold console strings: take ours, and show the key in the tooltip.
        a.putValue(Action.NAME, ConsoleText.get("action." + id));
        a.putValue(Action.SHORT_DESCRIPTION, ConsoleText.format("action.tip", ConsoleText.get("action." + id + ".tip"),
                keyText(KeyStroke.getKeyStroke(key))));
        actions.put(id, a);
    }

    public CommandAction<ConsoleState> get(String id) {
        CommandAction<ConsoleState> a = actions.get(id);
        if (a == null) {
            throw new IllegalArgumentException("no console action " + id);
        }
        return a;
    }

    public Iterable<CommandAction<ConsoleState>> all() {
        return actions.values();
    }

    public void refresh(ConsoleState s) {
        for (Map.Entry<String, CommandAction<ConsoleState>> e : actions.entrySet()) {
            CommandAction<ConsoleState> a = e.getValue();
            a.refresh(s);
            String id = e.getKey();
            String why = a.isEnabled() ? null : DisabledReasons.why(id, s);
            // Four refreshes a second: the tooltip is rebuilt only when the reason changes.
            if (whyOff.containsKey(id) && java.util.Objects.equals(whyOff.get(id), why)) {
                continue;
            }
            whyOff.put(id, why);
            String key = keyText((KeyStroke) a.getValue(Action.ACCELERATOR_KEY));
            // The tooltip (and so the button's accessible description) says why a grey button is grey.
            a.putValue(Action.SHORT_DESCRIPTION, why == null
                    ? ConsoleText.format("action.tip", ConsoleText.get("action." + id + ".tip"), key)
                    : ConsoleText.format("action.tip.off", ConsoleText.get("action." + id), why, key));
        }
    }

    /** Why the action is disabled now, in the facilitator's words; null while it is enabled. */
    public String whyOff(String id) {
        return whyOff.get(id);
    }

    /** Binds every key so it works anywhere in the console's window. */
    public void bindKeys(JComponent host) {
        for (CommandAction<ConsoleState> a : actions.values()) {
            a.bindKey(host);
        }
        // Ctrl and the keypad plus also mean +1 min.
        host.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke("ctrl ADD"), "console.extend1");
        host.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke("ctrl SUBTRACT"), "console.shorten");
    }

    /** "Ctrl+Shift+T" for a key stroke, in the platform's words. */
    public static String keyText(KeyStroke k) {
        String mods = KeyEvent.getModifiersExText(k.getModifiers());
        String key = KeyEvent.getKeyText(k.getKeyCode());
        return mods.isEmpty() ? key : mods + "+" + key;
    }
}
