package app.kindred.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.content.ContentLibrary;
import app.kindred.content.ContentLoader;
import app.kindred.content.Exercise;
import app.kindred.session.FakeClock;
import app.kindred.session.Participants;
import app.kindred.session.SessionEngine;
import app.kindred.session.SessionSnapshot;
import app.kindred.session.SessionStatus;
import app.kindred.ui.kiosk.ExerciseScreen;
import app.kindred.ui.room.RoomView;
import java.awt.Component;
import java.awt.Container;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.swing.JLabel;
import javax.swing.text.JTextComponent;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, item 1: on the kiosk and on the room view, the person named in the header ("Sam's
 * turn") is the person the step's words speak to first, in every step of every shipped exercise,
 * both rounds and both halves of an "each in turn" step; a swap says who does what now.
 */
class RightPersonTest extends GuiTest {
    private static final Pattern NAME = Pattern.compile("\\b(Alex|Sam)\\b");

    @Test
    void theHeaderNamesThePersonTheWordsAddressOnBothSurfaces() {
        ContentLibrary library = ContentLoader.load(Path.of(".")).library();
        assertThat(library.exercises()).hasSizeGreaterThan(10);
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        int swaps = 0;
        List<Exercise> exercises = new ArrayList<>(library.exercises().values());
        exercises.add(Fixtures.appreciation()); // an "each in turn" step whose words name {A} and {B}
        for (Exercise ex : exercises) {
            SessionEngine engine = SessionEngine.forExercise(ex, library, Participants.of("Alex", "Sam"), null, new FakeClock());
            ExerciseScreen kiosk = onEdt(() -> new ExerciseScreen(Controls.none()));
            RoomView room = onEdt(() -> new RoomView(Clock.systemUTC()));
            engine.start();
            SessionSnapshot s = engine.snapshot();
            while (s.status() != SessionStatus.FINISHED) {
                SessionSnapshot now = s;
                String where = ex.id() + " step " + (s.stepIndex() + 1) + " (" + s.phaseTitle() + ")";
                List<String> kioskText = onEdt(() -> {
                    kiosk.render(now);
                    return List.of(label(kiosk.component(), "exercise.turn"), text(kiosk.component(), "exercise.instructions"),
                            label(kiosk.component(), "exercise.switch"));
                });
                List<String> roomText = onEdt(() -> {
                    room.render(now);
                    return List.of(label(room.component(), "room.turn"), text(room.component(), "room.instructions"),
                            label(room.component(), "room.switch.text"));
                });
                if (s.active().size() == 1) {
                    // Who acts, as the step ribbon (built apart from the words) knows it.
                    app.kindred.session.Partner who = s.ribbon().get(s.stepIndex()).person();
                    String acting = s.participants().name(who);
                    for (List<String> surface : List.of(kioskText, roomText)) {
                        String header = firstName(surface.get(0));
                        String addressed = firstName(surface.get(1));
                        String other = acting.equals("Alex") ? "Sam" : "Alex";
                        if (surface.get(0).contains(other) || surface.get(0).contains("Partner")) {
                            wrong.add(where + ": the header names more than the person acting: " + surface.get(0));
                        }
                        if (!acting.equals(header)) {
                            wrong.add(where + ": header names " + header + ", " + acting + " acts");
                        }
                        if (addressed != null && !addressed.equals(header)) {
                            wrong.add(where + ": header names " + header + ", the words speak first to " + addressed);
                        }
                        checked++;
                    }
                }
                if (s.switchRoles()) {
                    swaps++;
                    String leads = s.active().size() == 1 ? s.active().get(0).name() : null;
                    for (List<String> surface : List.of(kioskText, roomText)) {
                        if (!surface.get(2).startsWith("\u21c4 Now ")) {
                            wrong.add(where + ": the swap does not say who does what now: " + surface.get(2));
                        } else if (leads != null && !leads.equals(firstName(surface.get(2)))) {
                            wrong.add(where + ": the swap names " + firstName(surface.get(2)) + " first, " + leads + " acts");
                        }
                    }
                }
                engine.skip();
                s = engine.snapshot();
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(checked).as("one-person steps checked").isGreaterThan(40);
        assertThat(swaps).as("swaps seen").isGreaterThan(10);
    }

    private static String firstName(String text) {
        Matcher m = NAME.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static String label(Component root, String name) {
        Component c = find(root, name);
        if (c == null || !c.isVisible()) {
            return "";
        }
        return c instanceof JLabel l ? l.getText() : c instanceof JTextComponent t ? t.getText() : "";
    }

    private static String text(Component root, String name) {
        Component c = find(root, name);
        return c instanceof JTextComponent t ? t.getText() : "";
    }

    private static Component find(Component c, String name) {
        if (name.equals(c.getName())) {
            return c;
        }
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) {
                Component found = find(child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Commands that do nothing: this test draws snapshots it makes itself. */
    private static final class Controls {
        static ExerciseScreen.Controls none() {
            return new ExerciseScreen.Controls(a("pause"), a("resume"), a("extend"), a("next"), a("timeOut"), a("write"), a("back"));
        }

        private static CommandAction<SessionSnapshot> a(String id) {
            return CommandAction.of(id, () -> { });
        }
    }
}
