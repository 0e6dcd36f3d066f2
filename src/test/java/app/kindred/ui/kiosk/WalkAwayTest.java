package app.kindred.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.ui.PartnerLook;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A couple who walk away mid-exercise are caught at a step change and wiped; a couple taking their
 * time-out are never wiped during it; "+1 min" and written answers are capped.
 */
class WalkAwayTest extends KioskGuiTest {
    private void startHoldingTheFloor() {
        startExercise("holding-the-floor", "Sam");
    }

    private boolean prompting() {
        return onEdt(() -> app.idleGuard().prompting());
    }

    @Test
    void aCoupleWhoWalkAwayMidExerciseAreAskedAtAStepChangeAndWiped() {
        open();
        startHoldingTheFloor();
        // Arrive (1 min) and Speak (3 min) end untouched: not yet longer than a step plus the margin (2 min).
        for (int minute = 1; minute <= 4; minute++) {
            advance(Duration.ofMinutes(1));
            assertThat(prompting()).as("after %d min", minute).isFalse();
        }
        // Jot it down (1 min) ends five minutes after the last touch: 5 >= 1 + 2.
        advance(Duration.ofMinutes(1));
        assertThat(prompting()).isTrue();
        window.panel("idle.prompt").requireVisible();
        advance(Duration.ofSeconds(30));
        waitForScreen(WelcomeScreen.ID);
        assertThat(app.engine()).isNull();
        assertThat(onEdt(() -> app.couple().typedName(PartnerLook.A))).isNull();
    }

    @Test
    void aCoupleWhoTouchTheScreenDuringTheStepAreNotAsked() {
        open();
        startHoldingTheFloor();
        for (int minute = 1; minute <= 6; minute++) {
            advance(Duration.ofMinutes(1));
            window.label("exercise.phase").click(); // a touch on the screen
            assertThat(prompting()).as("after %d min", minute).isFalse();
        }
    }

    @Test
    void aCoupleTakingTheirWholeTimeOutComeBackToTheirExercise() {
        open();
        startHoldingTheFloor();
        advance(Duration.ofSeconds(70));
        window.button("exercise.timeOut").click();
        waitUntil("the time-out card", () -> onEdt(() -> app.frame().overlayShowing()));
        // The whole calm-down (5 min in the harness) and most of the margin, untouched.
        advance(Duration.ofMinutes(5));
        advance(KioskLimits.defaults().walkAwayMargin().minusSeconds(5));
        assertThat(prompting()).isFalse();
        assertThat(app.engine()).isNotNull();
        window.button("timeout.resume").click();
        waitUntil("the time-out card gone", () -> onEdt(() -> !app.frame().overlayShowing()));
        assertThat(onEdt(() -> app.engine().snapshot().phaseTitle())).isEqualTo("Speak and reflect");
        assertThat(onEdt(() -> app.couple().typedName(PartnerLook.A))).isEqualTo("Sam");
    }

    @Test
    void onlySoManyExtraMinutesPerStep() {
        open();
        startHoldingTheFloor();
        for (int i = 0; i < KioskLimits.defaults().extensionsPerStep(); i++) {
            window.button("exercise.extend").requireEnabled();
            window.button("exercise.extend").click();
            int expected = i + 1;
            waitUntil("extended " + expected, () -> onEdt(() -> app.engine().snapshot().extension().toMinutes()) == expected);
        }
        window.button("exercise.extend").requireDisabled();
        window.button("exercise.next").click();
        waitUntil("step 2", () -> onEdt(() -> app.engine().snapshot().stepIndex()) == 1);
        window.button("exercise.extend").requireEnabled();
    }

    @Test
    void onlySoManyWrittenAnswersPerCouple() {
        harnessLimits(new KioskLimits(KioskLimits.defaults().walkAwayMargin(), 3, 1, 16, 20));
        startHoldingTheFloor();
        window.button("exercise.next").click();
        window.button("exercise.next").click();
        waitUntil("step 3", () -> onEdt(() -> app.engine().snapshot().stepIndex()) == 2);
        window.button("exercise.write").click();
        waitForScreen(ReflectionScreen.ID);
        type("reflection.text", "One");
        window.button("reflection.save").click();
        waitForScreen(ExerciseScreen.ID);
        window.button("exercise.write").requireDisabled();
    }

    @Test
    void onlySoManyPacksAnHour() {
        harnessLimits(new KioskLimits(KioskLimits.defaults().walkAwayMargin(), 3, 12, 16, 1));
        for (int couple = 1; couple <= 3; couple++) {
            startHoldingTheFloor();
            nextUntilReview();
            window.button("review.print").click();
            waitForScreen(PrintScreen.ID);
            String expected = couple == 2 ? "could not print" : "printing";
            waitUntil("couple " + couple + ": " + expected,
                    () -> onEdt(() -> window.label("print.message").target().getText()).contains(expected));
            assertThat(harness.takeHome.requests).hasSize(couple == 3 ? 2 : 1);
            window.button("print.done").click();
            waitForScreen(GoodbyeScreen.ID);
            window.button("goodbye.again").click();
            waitForScreen(WelcomeScreen.ID);
            if (couple == 2) {
                advance(java.time.Duration.ofMinutes(61)); // an hour later the kiosk prints again
            }
        }
    }

    private void harnessLimits(KioskLimits limits) {
        harness = new KioskHarness(home);
        harness.limits = limits;
        openWith(harness);
    }
}
