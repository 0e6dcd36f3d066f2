package app.kindred.ui;

import app.kindred.ui.kiosk.KioskApp;
import app.kindred.ui.kiosk.KioskHarness;
import java.awt.Component;
import java.awt.Container;
import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;
import javax.swing.AbstractButton;
import javax.swing.text.JTextComponent;

/**
 * A couple's way through the kiosk as a list of stops, each reached from the previous one by
 * pressing buttons (by name) and moving the fake clock. Used by {@link Screenshots}; runs on the EDT.
 */
final class ScreenTour {
    record Stop(String name, BiConsumer<KioskApp, KioskHarness> go) {
    }

    private ScreenTour() {
    }

    /** The tour the tests take, on the fixture content ({@link Fixtures}). */
    static List<Stop> stops() {
        return stops("holding-the-floor");
    }

    /**
     * The tour through the exercise on card {@code exerciseId}: any exercise with a prompt card, a
     * change of roles and a written reflection, so the same tour runs on the fixture content (tests)
     * and on the shipped content (screenshots). Each stop finds its step from the session's state
     * (the first step with a prompt card, the next change of roles, the next reflection), not from a
     * count of taps, so the exercise's own lengths and order decide.
     */
    static List<Stop> stops(String exerciseId) {
        return List.of(
                new Stop("welcome", (app, h) -> { }),
                new Stop("who", (app, h) -> {
                    click(app, "welcome.start");
                    type(app, "who.name.a", "Sam");
                    type(app, "who.name.b", "Alex");
                }),
                new Stop("who-keyboard", (app, h) -> click(app, "who.keyboardToggle")),
                new Stop("choose", (app, h) -> click(app, "who.next")),
                new Stop("exercise", (app, h) -> {
                    click(app, "choose.card.exercise." + exerciseId);
                    nextUntil(app, "a prompt card", s -> s.prompt() != null);
                    advance(app, h, Duration.ofSeconds(15));
                }),
                new Stop("exercise-warning", (app, h) ->
                        advance(app, h, app.engine().snapshot().remaining().minusSeconds(25))),
                new Stop("timeout", (app, h) -> click(app, "exercise.timeOut")),
                new Stop("exercise-switch", (app, h) -> {
                    click(app, "timeout.resume");
                    nextUntil(app, "a change of roles", s -> s.switchRoles());
                }),
                new Stop("exercise-paused", (app, h) -> {
                    click(app, "exercise.next");
                    advance(app, h, Duration.ofSeconds(12));
                    click(app, "exercise.pause");
                }),
                new Stop("reflection", (app, h) -> {
                    click(app, "exercise.pause");
                    nextUntil(app, "a reflection", s -> s.reflectionQuestion() != null);
                    advance(app, h, Duration.ofSeconds(30));
                    click(app, "exercise.write");
                    click(app, "reflection.writer.b");
                    type(app, "reflection.text", "I understood how much the quiet mornings mean to you.");
                }),
                new Stop("reflection-keyboard", (app, h) -> click(app, "reflection.keyboardToggle")),
                new Stop("review", (app, h) -> {
                    click(app, "reflection.save");
                    for (int i = 0; i < 40 && !showing(app, "review.print"); i++) {
                        click(app, "exercise.next");
                    }
                }),
                new Stop("print", (app, h) -> {
                    click(app, "review.print");
                    h.takeHome.requests.clear();
                }),
                new Stop("goodbye", (app, h) -> click(app, "print.done")),
                new Stop("idle", (app, h) -> {
                    click(app, "goodbye.again");
                    click(app, "welcome.start");
                    advance(app, h, Duration.ofMinutes(3));
                    advance(app, h, Duration.ofSeconds(8));
                }));
    }

    /** Taps Next until the session's step is the one wanted (at most 40 taps); the exercise must have one. */
    static void nextUntil(KioskApp app, String what, java.util.function.Predicate<app.kindred.session.SessionSnapshot> wanted) {
        for (int i = 0; i < 40; i++) {
            if (app.engine() != null && wanted.test(app.engine().snapshot())) {
                return;
            }
            click(app, "exercise.next");
        }
        throw new IllegalStateException("the exercise has no step with " + what);
    }

    static void advance(KioskApp app, KioskHarness h, Duration d) {
        h.clock.advance(d);
        if (app.engine() != null) {
            app.engine().poll();
        }
        app.beat();
    }

    static void click(KioskApp app, String name) {
        Component c = find(app.frame().frame().getRootPane(), name);
        if (!(c instanceof AbstractButton b)) {
            throw new IllegalStateException("no button named " + name + " on " + app.navigator().current().id());
        }
        b.doClick(0);
    }

    static boolean showing(KioskApp app, String name) {
        return find(app.frame().frame().getRootPane(), name) != null;
    }

    static void type(KioskApp app, String name, String text) {
        Component c = find(app.frame().frame().getRootPane(), name);
        if (!(c instanceof JTextComponent t)) {
            throw new IllegalStateException("no text field named " + name);
        }
        t.setText(text);
    }

    static Component find(Container root, String name) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName()) && c.isShowing()) {
                return c;
            }
            if (c instanceof Container inner) {
                Component f = find(inner, name);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }
}
