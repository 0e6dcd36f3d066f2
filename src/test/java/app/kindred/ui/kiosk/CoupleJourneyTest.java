package app.kindred.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.ui.Chimes;
import app.kindred.ui.PartnerLook;
import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.StringSelection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import javax.swing.text.JTextComponent;
import org.junit.jupiter.api.Test;

/** A couple goes through a whole exercise, prints, says goodbye, and nothing of them remains. */
class CoupleJourneyTest extends KioskGuiTest {
    private static final String MARKER = "Zebrawqx";  // letters only: a name keeps nothing else

    @Test
    void aCoupleGoesThroughAWholeExerciseAndTheWipeLeavesNothing() throws Exception {
        open();
        window.button("welcome.start").click();
        type("who.name.a", "Sam" + MARKER);
        type("who.name.b", "Alex");
        window.button("who.next").click();
        waitForScreen(ChooseScreen.ID);
        window.button("choose.card.exercise.holding-the-floor").click();

        // Step 1: both arrive, one minute.
        waitForScreen(ExerciseScreen.ID);
        window.label("exercise.phase").requireText("Arrive");
        window.label("exercise.turn").requireText("Both of you, together");
        assertThat(countdownText()).isEqualTo("1:00");
        advance(Duration.ofSeconds(20));
        assertThat(countdownText()).isEqualTo("0:40");

        // Step 2: Sam speaks with a prompt and stems; +1 min; a time-out and back.
        advance(Duration.ofSeconds(40));
        window.label("exercise.phase").requireText("Speak and reflect");
        window.label("exercise.turn").requireText("Sam" + MARKER + ", Speaker");
        window.label("exercise.otherTurn").requireText("Alex, Listener");
        window.textBox("exercise.prompt.text").requireVisible();
        assertThat(window.textBox("exercise.stem.0").text()).contains("I feel");
        assertThat(harness.chimes.lastCue()).isEqualTo(Chimes.Cue.END);
        assertThat(countdownText()).isEqualTo("3:00");
        window.button("exercise.extend").click();
        waitUntil("one more minute", () -> "4:00".equals(countdownText()));
        window.button("exercise.timeOut").click();
        waitUntil("the time-out card", () -> onEdt(() -> app.frame().overlayShowing()));
        window.panel("timeout.prompt").requireVisible();
        window.button("exercise.extend").requireDisabled(); // the card offers only going on or ending
        advance(Duration.ofMinutes(2));
        assertThat(countdownText()).isEqualTo("4:00");
        // Their own time-out stopped the clock, not a facilitator (Resume is off here too).
        assertThat(onEdt(() -> window.label("exercise.countdownNote").target().getText()))
                .isEqualTo("Stopped for your time-out");
        window.button("timeout.resume").click();
        waitUntil("the time-out card gone", () -> onEdt(() -> !app.frame().overlayShowing()));

        // The warning changes the text (and the ring's shape), not the colour alone.
        advance(Duration.ofSeconds(3 * 60 + 31));
        window.label("exercise.countdownNote").requireText("Almost time: finish your sentence");
        assertThat(harness.chimes.lastCue()).isEqualTo(Chimes.Cue.WARNING);

        // Step 3: a private reflection.
        advance(Duration.ofSeconds(29));
        window.label("exercise.phase").requireText("Jot it down");
        window.button("exercise.write").click();
        waitForScreen(ReflectionScreen.ID);
        window.toggleButton("reflection.writer.a").click();
        type("reflection.text", "I heard you " + MARKER);
        window.button("reflection.save").click();
        waitForScreen(ExerciseScreen.ID);

        // Round two: roles swap, Alex speaks now.
        window.button("exercise.next").click();
        waitUntil("step 4", () -> labelText("exercise.stepOf").startsWith("Step 4"));
        window.label("exercise.phase").requireText("Arrive");
        window.label("exercise.stepOf").requireText("Step 4 of 6 \u00b7 roles swapped");
        window.label("exercise.switch").requireVisible();
        assertThat(harness.chimes.lastCue()).isEqualTo(Chimes.Cue.SWITCH);
        window.button("exercise.next").click();
        waitUntil("step 5", () -> labelText("exercise.stepOf").startsWith("Step 5"));
        window.label("exercise.turn").requireText("Alex, Speaker");
        window.label("exercise.otherTurn").requireText("Sam" + MARKER + ", Listener");
        window.button("exercise.pause").click();
        waitUntil("paused", () -> onEdt(() -> app.engine().snapshot().paused()));
        window.button("exercise.pause").requireText("Resume");
        window.button("exercise.pause").click();
        window.button("exercise.next").click();
        window.button("exercise.next").click();

        // Review: the reflection is there and ticked; print hands off to the service.
        waitForScreen(ReviewScreen.ID);
        window.toggleButton("review.handout.i-statements").requireSelected();
        window.toggleButton("review.words.r1").requireSelected();
        window.button("review.print").click();
        waitForScreen(PrintScreen.ID);
        waitUntil("printed", () -> labelText("print.message").startsWith("Your sheet is printing"));
        window.button("print.done").requireVisible();
        window.label("print.message").requireText("Your sheet is printing. Please collect it from the printer.");
        assertThat(harness.takeHome.requests).hasSize(1);
        TakeHomeService.Request sent = harness.takeHome.requests.get(0);
        assertThat(sent.handoutIds()).containsExactly("i-statements");
        assertThat(sent.record().wordsOnSummary()).extracting(w -> w.text()).containsExactly("I heard you " + MARKER);
        assertThat(filesContaining(home, MARKER)).isNotEmpty();

        // Someone copied a name; then goodbye wipes everything.
        onEdt(() -> Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection("Sam" + MARKER), null));
        window.button("print.done").click();
        waitForScreen(GoodbyeScreen.ID);

        assertThat(filesContaining(home, MARKER)).isEmpty();
        try (Stream<Path> temp = Files.list(harness.folders.temp())) {
            assertThat(temp).isEmpty();
        }
        assertThat(allTextIn()).noneMatch(t -> t.contains(MARKER));
        assertThat(onEdt(() -> app.navigator().screen(ReflectionScreen.ID, ReflectionScreen.class).canUndo())).isFalse();
        Object clip = onEdt(() -> {
            var c = Toolkit.getDefaultToolkit().getSystemClipboard();
            return c.isDataFlavorAvailable(DataFlavor.stringFlavor) ? c.getData(DataFlavor.stringFlavor) : "";
        });
        assertThat(clip.toString()).doesNotContain(MARKER);
        assertThat(onEdt(() -> app.couple().typedName(PartnerLook.A))).isNull();
        assertThat(app.engine()).isNull();

        // Goodbye returns to the welcome screen by itself.
        advance(Duration.ofSeconds(21));
        window.panel("screen.welcome").requireVisible();
    }

    private String labelText(String name) {
        javax.swing.JLabel l = window.label(name).target();
        return onEdt(l::getText);
    }

    private String countdownText() {
        return onEdt(() -> app.navigator().screen(ExerciseScreen.ID, ExerciseScreen.class).countdown().text());
    }

    private List<String> allTextIn() {
        return onEdt(() -> robot.finder().findAll(app.frame().frame(), c -> c instanceof JTextComponent).stream()
                .map(c -> ((JTextComponent) c).getText()).toList());
    }

    static List<Path> filesContaining(Path root, String marker) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).filter(p -> {
                try {
                    return new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1).contains(marker);
                } catch (IOException e) {
                    return true;
                }
            }).toList();
        }
    }
}
