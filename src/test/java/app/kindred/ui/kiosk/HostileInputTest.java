package app.kindred.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.session.TypedText;
import app.kindred.ui.NoMarkup;
import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.text.JTextComponent;
import org.junit.jupiter.api.Test;

/**
 * Text a person typed is data, never markup: hostile names and reflections go through every
 * screen that shows them (the turn labels, the writer chips, the review), and each screen shows
 * the cleaned literal text, renders no HTML, grows no components and throws nothing.
 */
class HostileInputTest extends KioskGuiTest {
    /** The list from the lockdown review (issue 18), and the classics around it. */
    static final List<String> HOSTILE = List.of(
            "<html><input type=file>",
            "<html><table><td colspan=99999999>",
            "<html><i><u>Zed",
            "<HTML><img src='file:///etc/passwd'>",
            "Zoë".repeat(5000),
            "Ann\u0000\u0007\u001b[31mRed\u007f",
            "\u202eeman\u202c Tim\u2066x\u2069",
            "Z\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\u0309\u030a\u030b\u030c\u030d\u030e\u030fed",
            "😀👩‍❤️‍👨 Kim",
            "O'Brien-Smith \u0416\u0435\u043d\u044f \u674e",
            "\n\n\t  \u00a0\u2028\u2029");

    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();

    @Test
    void hostileNamesAndWordsAreShownAsLiteralTextEverywhere() {
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        atCleanUp(() -> Thread.setDefaultUncaughtExceptionHandler(before));
        open();
        int plainExercise = journey("Sam", "Alex", "I heard you.");
        for (String hostile : HOSTILE) {
            int count = journey(hostile, hostile, hostile);
            assertThat(count).as("components on the exercise screen with the name %s", shorten(hostile))
                    .isEqualTo(plainExercise);
        }
        assertThat(uncaught).isEmpty();
    }

    @Test
    void theNameFilterKeepsLettersOfAnyScriptAndDropsMarkup() {
        open();
        window.button("welcome.start").click();
        waitForScreen(WhoScreen.ID);
        // Typed by the robot, key by key, as at a real keyboard.
        window.textBox("who.name.a").enterText("<html><i>Zed");
        waitUntil("the name arrived", () -> onEdt(() -> window.textBox("who.name.a").target().getText()).equals("htmliZed"));
        paste("who.name.b", "Ли Мэй-O'Neil");
        assertThat(onEdt(() -> window.textBox("who.name.b").target().getText())).isEqualTo("Ли Мэй-O'Neil");
    }

    /** Names, a reflection, the review; returns how many components the exercise screen had. */
    private int journey(String nameA, String nameB, String words) {
        window.button("welcome.start").click();
        waitForScreen(WhoScreen.ID);
        paste("who.name.a", nameA);
        paste("who.name.b", nameB);
        String shownA = shown(nameA, "Partner A");
        String shownB = shown(nameB, "Partner B");
        assertThat(onEdt(() -> window.textBox("who.name.a").target().getText())).isEqualTo(TypedText.name(nameA));
        window.button("who.next").click();
        waitForScreen(ChooseScreen.ID);
        window.button("choose.card.exercise.holding-the-floor").click();
        waitForScreen(ExerciseScreen.ID);
        window.button("exercise.next").click();
        waitUntil("step 2", () -> onEdt(() -> app.engine().snapshot().stepIndex()) == 1);
        assertThat(labelText("exercise.turn")).isEqualTo(shownA + ", Speaker");
        assertThat(labelText("exercise.otherTurn")).isEqualTo(shownB + ", Listener");
        assertNoMarkup();
        int count = onEdt(() -> count(app.navigator().current().component()));

        window.button("exercise.next").click();
        waitUntil("step 3", () -> onEdt(() -> app.engine().snapshot().stepIndex()) == 2);
        window.button("exercise.write").click();
        waitForScreen(ReflectionScreen.ID);
        assertThat(onEdt(() -> window.toggleButton("reflection.writer.a").target().getText())).isEqualTo(shownA);
        paste("reflection.text", words);
        String kept = TypedText.words(words).strip();
        window.button("reflection.save").click();
        waitForScreen(ExerciseScreen.ID);
        nextUntilReview();
        if (!kept.isEmpty()) {
            assertThat(texts(app.navigator().current().component())).anyMatch(t -> t.contains(kept));
        }
        assertNoMarkup();
        window.button("review.skip").click();
        waitForScreen(GoodbyeScreen.ID);
        window.button("goodbye.again").click();
        waitForScreen(WelcomeScreen.ID);
        return count;
    }

    private static String shown(String typed, String fallback) {
        String n = TypedText.name(typed).strip();
        return n.isEmpty() ? fallback : n;
    }

    private void assertNoMarkup() {
        List<String> html = onEdt(() -> {
            List<String> found = new ArrayList<>();
            collectHtml(app.frame().frame().getRootPane(), found);
            return found;
        });
        assertThat(html).as("components that render HTML").isEmpty();
    }

    private static void collectHtml(Component c, List<String> found) {
        if (c instanceof JComponent j && NoMarkup.rendersHtml(j)) {
            found.add(j.getName() + ": " + j.getClass().getSimpleName());
        }
        if (c instanceof Container parent) {
            for (Component child : parent.getComponents()) {
                collectHtml(child, found);
            }
        }
    }

    private static int count(Component c) {
        int n = 1;
        if (c instanceof Container parent) {
            for (Component child : parent.getComponents()) {
                n += count(child);
            }
        }
        return n;
    }

    private List<String> texts(Component root) {
        return onEdt(() -> {
            List<String> all = new ArrayList<>();
            collectTexts(root, all);
            return all;
        });
    }

    private static void collectTexts(Component c, List<String> all) {
        if (c instanceof JTextComponent t) {
            all.add(t.getText());
        } else if (c instanceof JLabel l && l.getText() != null) {
            all.add(l.getText());
        } else if (c instanceof AbstractButton b && b.getText() != null) {
            all.add(b.getText());
        }
        if (c instanceof Container parent) {
            for (Component child : parent.getComponents()) {
                collectTexts(child, all);
            }
        }
    }

    private String labelText(String name) {
        JLabel l = window.label(name).target();
        return onEdt(l::getText);
    }

    private static String shorten(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }
}
