package app.kindred.ui.console;

import app.kindred.session.Command;
import app.kindred.session.SessionEngine;
import app.kindred.session.SessionSnapshot;
import app.kindred.ui.Edt;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.swing.Timer;

/**
 * The room's session as the console and the room view share it: the engine, the facilitator's
 * note, and the one place that asks the engine for a fresh snapshot and hands it to every view.
 * Time stays in the engine; a Swing timer only repaints what the engine says (4 times a second,
 * so a countdown never shows a second late by more than a quarter).
 */
public final class Workshop {
    private static final int REPAINT_MILLIS = 250;

    private SessionEngine engine;
    private final app.kindred.session.SessionListener listener = event -> queueRefresh();
    private final List<Consumer<ConsoleState>> views = new ArrayList<>();
    private final Timer repaint = new Timer(REPAINT_MILLIS, e -> refresh());
    private String note = "";
    private int selected = -1;
    private boolean twoDisplays;
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private ConsoleState last;
    private final List<Consumer<SessionEngine>> replaced = new ArrayList<>();

    public Workshop(SessionEngine engine) {
        this.engine = engine;
        // Deadlines fire on the scheduler thread: hop over once, however many events came.
        engine.addListener(listener);
    }

    /** Shows another session (a new programme, or one recovered after a crash); the note stays. */
    public void replace(SessionEngine next) {
        Edt.check();
        engine.removeListener(listener);
        engine = next;
        selected = -1;
        engine.addListener(listener);
        refresh();
        for (Consumer<SessionEngine> r : List.copyOf(replaced)) {
            r.accept(next);
        }
    }

    /** Told of every new session shown (the workshop hub follows it). */
    public void onReplace(Consumer<SessionEngine> r) {
        Edt.check();
        replaced.add(r);
    }

    public SessionEngine engine() {
        return engine;
    }

    public void addView(Consumer<ConsoleState> view) {
        Edt.check();
        views.add(view);
        if (last != null) {
            view.accept(last);
        }
    }

    /** Starts repainting on the timer (the app); tests leave it off and call {@link #refresh()}. */
    public void startRepainting() {
        repaint.start();
    }

    public void stopRepainting() {
        repaint.stop();
    }

    /** Brings the session up to date and redraws every view. */
    public void refresh() {
        Edt.check();
        refreshQueued.set(false);
        SessionSnapshot s = engine.poll();
        Set<Command> possible = EnumSet.noneOf(Command.class);
        for (Command c : Command.values()) {
            if (engine.canDo(c)) {
                possible.add(c);
            }
        }
        if (selected >= s.agenda().size()) {
            selected = s.agenda().size() - 1;
        }
        last = new ConsoleState(s, possible, selected, note, twoDisplays);
        for (Consumer<ConsoleState> v : List.copyOf(views)) {
            v.accept(last);
        }
    }

    private void queueRefresh() {
        if (refreshQueued.compareAndSet(false, true)) {
            Edt.later(this::refresh);
        }
    }

    public ConsoleState state() {
        return last;
    }

    public String note() {
        return note;
    }

    public void setNote(String text) {
        note = text == null ? "" : text.strip();
        refresh();
    }

    public void select(int position) {
        if (position != selected) {
            selected = position;
            refresh();
        }
    }

    public void setTwoDisplays(boolean two) {
        twoDisplays = two;
        refresh();
    }

    /** Runs an engine command on the event thread (the engine is quick and thread-safe) and redraws. */
    public void run(Runnable command) {
        command.run();
        refresh();
    }

    public void extend(Duration d) {
        run(() -> engine.extend(d));
    }

    public void moveSelected(int delta) {
        int from = selected;
        int to = from + delta;
        run(() -> {
            if (engine.moveItem(from, to)) {
                selected = to;
            }
        });
    }
}
