package app.kindred.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.content.Audience;
import app.kindred.content.ContentLibrary;
import app.kindred.content.Programme;
import app.kindred.session.FakeClock;
import app.kindred.session.SessionEngine;
import app.kindred.session.SessionSnapshot;
import app.kindred.ui.GuiTest;
import app.kindred.ui.Theme;
import app.kindred.ui.room.RoomView;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every shipped room programme, step by step, on a projector's common sizes: everything the room
 * view shows lies inside the screen, no line of it is cut short ("…") and no wrapped paragraph is cut
 * at its foot. The programmes' real words (a break that is a whole sentence, two people acting
 * together, the warning under the clock, a facilitator's note) once pushed the view wider than the
 * screen, taking the countdown off it.
 */
class RoomFitsTest extends GuiTest {
    /** The screen the view must fill; checked on every state. */
    private Dimension screen;

    private static final String NOTE = "Back in ten minutes \u2014 tea, coffee and water are in the kitchen "
            + "at the end of the corridor, and the garden is open";

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1920, 1080", "1280, 800", "1024, 768"})
    void everyStepOfEveryShippedRoomProgrammeFitsTheScreen(int w, int h) {
        ContentLibrary shipped = app.kindred.ui.Screenshots.shippedContent();
        List<Programme> room = shipped.programmes().values().stream().filter(p -> p.audience() == Audience.ROOM).toList();
        assertThat(room).as("shipped room programmes").isNotEmpty();
        onEdt(() -> Theme.LIGHT.install(Theme.fitScale(new Dimension(w, h))));
        List<String> problems = new ArrayList<>();
        screen = new Dimension(w, h);
        int states = 0;
        for (Programme programme : room) {
            FakeClock clock = new FakeClock();
            SessionEngine engine = Workshops.engine(clock, programme, shipped);
            RoomView view = open(w, h);
            states += check(view, engine, programme.id() + " ready", problems);
            engine.start();
            boolean timedOut = false;
            for (int i = 0; i < 400 && !engine.snapshot().finished(); i++) {
                SessionSnapshot s = engine.snapshot();
                String where = programme.id() + " item " + (s.itemIndex() + 1) + " step " + (s.stepIndex() + 1);
                clock.advanceSeconds(2);
                states += check(view, engine, where, problems);
                if (!s.isBreak()) {
                    // The warning under the clock, then the step paused: a full screen of its own.
                    clock.advance(engine.snapshot().remaining().minusSeconds(20));
                    states += check(view, engine, where + " warning", problems);
                    engine.pause();
                    states += check(view, engine, where + " paused", problems);
                    engine.resume();
                    if (!timedOut) {
                        // Once per programme: the time-out, a full screen of its own too.
                        assertThat(engine.timeOut()).as("a time-out at " + where).isTrue();
                        states += check(view, engine, where + " time-out", problems);
                        engine.endTimeOut(true);
                        timedOut = true;
                    }
                } else {
                    onEdt(() -> view.setNote(NOTE));
                    states += check(view, engine, where + " with a note", problems);
                    onEdt(() -> view.setNote(""));
                }
                engine.skip();
            }
            assertThat(timedOut).as(programme.id() + " had a step for a time-out").isTrue();
            states += check(view, engine, programme.id() + " finished", problems);
        }
        assertThat(states).as("states checked").isGreaterThan(20);
        assertThat(problems).as("at " + w + "x" + h).isEmpty();
    }

    private RoomView open(int w, int h) {
        RoomView view = onEdt(() -> {
            RoomView v = new RoomView(Workshops.WALL);
            Workshops.offScreen((Container) v.component(), w, h);
            return v;
        });
        atCleanUp(() -> SwingUtilities.getWindowAncestor(view.component()).dispose());
        return view;
    }

    private int check(RoomView view, SessionEngine engine, String where, List<String> problems) {
        onEdt(() -> {
            // Rendered twice with the whole tree laid out after each, as the view renders every second:
            // a wrapped paragraph's height follows the width the layout before gave it.
            for (int pass = 0; pass < 2; pass++) {
                view.render(engine.snapshot());
                invalidateAll((Container) view.component());
                SwingUtilities.getWindowAncestor(view.component()).validate();
            }
            Container root = (Container) view.component();
            if (!root.getSize().equals(screen)) {
                problems.add(where + ": the view is " + root.getSize() + ", not the screen's " + screen);
            }
            visit(root, root, where, problems);
        });
        return 1;
    }

    private static void invalidateAll(Container c) {
        c.invalidate();
        for (Component child : c.getComponents()) {
            if (child instanceof Container inner) {
                invalidateAll(inner);
            } else {
                child.invalidate();
            }
        }
    }

    private static void visit(Container root, Container c, String where, List<String> problems) {
        for (Component child : c.getComponents()) {
            if (!child.isVisible() || child.getWidth() == 0 && child.getHeight() == 0) {
                continue;
            }
            Rectangle r = SwingUtilities.convertRectangle(c, child.getBounds(), root);
            String name = child.getName() == null ? child.getClass().getSimpleName() : child.getName();
            boolean hasText = child instanceof JLabel l ? l.getText() != null && !l.getText().isBlank()
                    : child instanceof JTextComponent t && !t.getText().isBlank();
            if (hasText && (r.x < 0 || r.y < 0 || r.x + r.width > root.getWidth() + 1 || r.y + r.height > root.getHeight() + 1)) {
                problems.add(where + ": " + name + " " + r + " goes past the screen " + root.getSize());
            }
            if (child instanceof JLabel l && hasText && l.getPreferredSize().width > l.getWidth() + 1) {
                problems.add(where + ": " + name + " \"" + l.getText() + "\" is cut short (" + l.getWidth() + " of "
                        + l.getPreferredSize().width + " px)");
            }
            if (child instanceof JTextComponent t && hasText && t.getPreferredSize().height > t.getHeight() + 1) {
                problems.add(where + ": " + name + " is cut at its foot (" + t.getHeight() + " of "
                        + t.getPreferredSize().height + " px)");
            }
            if (child instanceof Container inner) {
                visit(root, inner, where, problems);
            }
        }
    }
}
