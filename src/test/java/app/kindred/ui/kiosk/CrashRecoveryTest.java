package app.kindred.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.persist.Recovery;
import app.kindred.ui.PartnerLook;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import javax.swing.JButton;
import org.junit.jupiter.api.Test;

/**
 * Kindred stops without a goodbye (a crash, a power cut, {@code kill -9}) while a couple is mid-exercise;
 * the next kiosk on the same data folder brings them back where they were, paused, and lets them
 * carry on or start over. Nobody answering gets the usual "Still there?" and then the wipe.
 */
class CrashRecoveryTest extends KioskGuiTest {
    private static final String MARKER = "Quokkazvy";  // letters only: a name keeps nothing else

    @Test
    void aCrashMidExerciseComesBackPausedAtTheSameStepWithTheSameTimeLeft() throws Exception {
        startHoldingTheFloor();
        advance(Duration.ofSeconds(70));
        window.label("exercise.phase").requireText("Speak and reflect");
        assertThat(countdownText()).isEqualTo("2:50");
        crashAndRestart();

        assertThat(app.recovery().get()).isEqualTo(Recovery.Outcome.RECOVERED);
        window.panel("screen.exercise").requireVisible();
        window.panel("recovery.prompt").requireVisible();
        window.label("recovery.title").requireText("Welcome back");
        assertThat(window.textBox("recovery.lead").text()).startsWith("Sorry, the kiosk stopped for a moment. Your exercise is paused where you left it.");
        window.label("exercise.phase").requireText("Speak and reflect");
        window.label("exercise.turn").requireText("Sam" + MARKER + ", Speaker");
        window.label("exercise.stepOf").requireText("Step 2 of 6");
        assertThat(countdownText()).isEqualTo("2:50");
        window.label("exercise.countdownNote").requireText("Tap Resume to go on");
        window.button("exercise.pause").requireText("Resume");
        advance(Duration.ofSeconds(30));
        assertThat(countdownText()).isEqualTo("2:50");

        for (String name : List.of("recovery.carryOn", "recovery.startOver")) {
            JButton b = window.button(name).target();
            assertThat(onEdt(() -> b.getWidth() >= 48 && b.getHeight() >= 48 && b.isFocusable())).as(name).isTrue();
            assertThat(onEdt(() -> b.getAccessibleContext().getAccessibleName())).as(name).isNotBlank();
        }

        window.button("recovery.carryOn").requireFocused().click();
        waitUntilNoCard();
        window.button("exercise.pause").requireText("Pause");
        advance(Duration.ofSeconds(10));
        assertThat(countdownText()).isEqualTo("2:40");
    }

    @Test
    void theResumeKeyAlsoCarriesOnAndTakesTheCardAway() throws Exception {
        startHoldingTheFloor();
        advance(Duration.ofSeconds(20));
        crashAndRestart();
        window.panel("recovery.prompt").requireVisible();
        assertThat(countdownText()).isEqualTo("0:40");
        window.pressAndReleaseKeys(KeyEvent.VK_P);
        waitUntilNoCard();
        advance(Duration.ofSeconds(5));
        assertThat(countdownText()).isEqualTo("0:35");
    }

    @Test
    void startOverWipesTheRecoveredCoupleAndShowsWelcome() throws Exception {
        startHoldingTheFloor();
        writeAReflection();
        crashAndRestart();
        window.panel("recovery.prompt").requireVisible();
        assertThat(journalFile()).exists();
        assertThat(wordsFiles()).hasSize(1);

        window.button("recovery.startOver").click();
        waitForScreen(WelcomeScreen.ID);
        assertThat(onEdt(() -> app.frame().overlayShowing())).isFalse();
        assertThat(journalFile()).doesNotExist();
        assertThat(wordsFiles()).isEmpty();
        assertThat(CoupleJourneyTest.filesContaining(home, MARKER)).isEmpty();
        assertThat(app.engine()).isNull();
        assertThat(onEdt(() -> app.couple().typedName(PartnerLook.A))).isNull();
        press("welcome.start");
        window.textBox("who.name.a").requireText("");
    }

    @Test
    void theirWrittenWordsComeBackWithTheSession() throws Exception {
        startHoldingTheFloor();
        writeAReflection();
        String left = countdownText();
        crashAndRestart();
        window.label("exercise.phase").requireText("Jot it down");
        assertThat(countdownText()).isEqualTo(left);

        window.button("recovery.carryOn").click();
        waitUntilNoCard();
        for (int i = 0; i < 4; i++) {
            press("exercise.next");
        }
        waitForScreen(ReviewScreen.ID);
        window.toggleButton("review.words.r1").requireSelected();
        assertThat(onEdt(() -> window.toggleButton("review.words.r1").target().getAccessibleContext().getAccessibleName()))
                .contains("I heard you " + MARKER);
        // The worksheets of the exercise they chose are offered again too.
        window.toggleButton("review.handout.i-statements").requireSelected();
    }

    @Test
    void aSessionThatHadFinishedComesBackAtTheReview() throws Exception {
        startHoldingTheFloor();
        for (int i = 0; i < 6; i++) {
            press("exercise.next");
        }
        waitForScreen(ReviewScreen.ID);
        crashAndRestart();

        window.panel("screen.review").requireVisible();
        window.panel("recovery.prompt").requireVisible();
        assertThat(window.textBox("recovery.lead").text()).startsWith("Sorry, the kiosk stopped for a moment. Your exercise had finished");
        window.button("recovery.carryOn").click();
        waitUntilNoCard();
        window.panel("screen.review").requireVisible();
        window.button("review.print").requireEnabled();
    }

    @Test
    void nobodyAnsweringGetsStillThereWhilePausedAndThenTheWipe() throws Exception {
        startHoldingTheFloor();
        writeAReflection();
        crashAndRestart();
        advance(Duration.ofMinutes(3));
        window.panel("idle.prompt").requireVisible();
        window.button("idle.stillHere").click();
        waitUntil("the recovery card is back", () -> onEdt(() -> !app.idleGuard().prompting()));
        // Answering brings the recovery card back: the clock is still stopped.
        window.panel("recovery.prompt").requireVisible();
        advance(Duration.ofMinutes(3));
        window.panel("idle.prompt").requireVisible();
        advance(Duration.ofSeconds(30));
        window.panel("screen.welcome").requireVisible();
        assertThat(onEdt(() -> app.frame().overlayShowing())).isFalse();
        assertThat(journalFile()).doesNotExist();
        assertThat(wordsFiles()).isEmpty();
        assertThat(CoupleJourneyTest.filesContaining(home, MARKER)).isEmpty();
    }

    @Test
    void aJournalOlderThanTheIdleTimeIsWipedUnseen() throws Exception {
        startHoldingTheFloor();
        writeAReflection();
        Path journal = journalFile();
        crashAndRestart(() -> {
            // Kindred stayed down for a while: whoever stands there now is probably someone else.
            try {
                Files.setLastModifiedTime(journal, FileTime.from(Instant.now().minus(Duration.ofMinutes(4))));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(app.recovery().get()).isEqualTo(Recovery.Outcome.NOTHING);
        window.panel("screen.welcome").requireVisible();
        assertThat(onEdt(() -> app.frame().overlayShowing())).isFalse();
        assertThat(journalFile()).doesNotExist();
        assertThat(wordsFiles()).isEmpty();
        assertThat(CoupleJourneyTest.filesContaining(home, MARKER)).isEmpty();
    }

    @Test
    void aJournalThatCannotBeReadIsQuarantinedAndTheKioskStartsCleanAtWelcome() throws Exception {
        KioskHarness h = new KioskHarness(home);
        Files.writeString(h.folders.journal().resolve("session.journal"), "KINDRED journal 1 999 0\n{\"half a");
        Files.writeString(h.folders.privateDir().resolve("words-old.json"), "their words " + MARKER);
        open();

        assertThat(app.recovery().get()).isEqualTo(Recovery.Outcome.QUARANTINED);
        window.panel("screen.welcome").requireVisible();
        assertThat(onEdt(() -> app.frame().overlayShowing())).isFalse();
        assertThat(app.engine()).isNull();
        assertThat(journalFile()).doesNotExist();
        assertThat(wordsFiles()).isEmpty();
        try (Stream<Path> q = Files.list(harness.folders.quarantine())) {
            assertThat(q).hasSize(1);
        }
    }

    // ------------------------------------------------------------------ helpers

    private void startHoldingTheFloor() {
        open();
        press("welcome.start");
        setTextOf("who.name.a", "Sam" + MARKER);
        setTextOf("who.name.b", "Alex");
        press("who.next");
        press("choose.card.exercise.holding-the-floor");
        waitForScreen(ExerciseScreen.ID);
    }

    private void writeAReflection() {
        advance(Duration.ofSeconds(60));
        press("exercise.next");
        window.label("exercise.phase").requireText("Jot it down");
        advance(Duration.ofSeconds(15));
        press("exercise.write");
        waitForScreen(ReflectionScreen.ID);
        press("reflection.writer.a");
        setTextOf("reflection.text", "I heard you " + MARKER);
        press("reflection.save");
        waitForScreen(ExerciseScreen.ID);
    }

    /**
     * What a crash leaves: the journal as last written (the scheduler's once-a-second checkpoint
     * included), no goodbye, no wipe. Then a fresh kiosk, with a fresh clock, on the same folder.
     */
    private void crashAndRestart() {
        crashAndRestart(() -> { });
    }

    private void crashAndRestart(Runnable whileDown) {
        if (app.engine() != null) {
            app.engine().checkpoint();
        }
        harness.journal().flush();
        KioskApp crashed = app;
        onEdt(crashed::close);
        whileDown.run();
        open();
    }

    /** Presses a button by name, on the event thread: setting the scene, not the behaviour under test. */
    private void press(String name) {
        java.awt.Component b = robot.finder().find(app.frame().frame(),
                c -> name.equals(c.getName()) && c.isShowing() && c instanceof javax.swing.AbstractButton);
        onEdt(() -> ((javax.swing.AbstractButton) b).doClick(0));
        robot.waitForIdle();
    }

    private void setTextOf(String name, String text) {
        javax.swing.text.JTextComponent t = window.textBox(name).target();
        onEdt(() -> t.setText(text));
    }

    private void waitUntilNoCard() {
        waitUntil("no card over the screen", () -> onEdt(() -> !app.frame().overlayShowing()));
    }

    private String countdownText() {
        return onEdt(() -> app.navigator().screen(ExerciseScreen.ID, ExerciseScreen.class).countdown().text());
    }

    private Path journalFile() {
        return harness.journal().journalFile();
    }

    private List<Path> wordsFiles() throws IOException {
        try (Stream<Path> s = Files.list(harness.folders.privateDir())) {
            return s.filter(p -> p.getFileName().toString().startsWith("words-")).toList();
        }
    }
}
