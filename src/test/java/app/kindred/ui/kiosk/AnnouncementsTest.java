package app.kindred.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.ui.SpeechService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.accessibility.Accessible;
import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRole;
import org.junit.jupiter.api.Test;

/**
 * What a screen reader and the speech mode are told: milestones only (a new step, one minute and
 * 30 seconds left, "Still there?"), never every second; overlays take over the accessibility tree.
 */
class AnnouncementsTest extends KioskGuiTest {
    /** The speech mode's voice, faked: what reached it. */
    static final class HeardSpeech implements SpeechService {
        final List<String> said = new ArrayList<>();
        int stops;

        @Override
        public void say(String text) {
            said.add(text);
        }

        @Override
        public void stop() {
            stops++;
        }
    }

    private void startHoldingTheFloor() {
        startExercise("holding-the-floor", "Sam");
    }

    private List<String> said() {
        return onEdt(() -> app.frame().announcer().said());
    }

    @Test
    void milestonesAreAnnouncedOnceAndTheSecondsNever() {
        HeardSpeech speech = new HeardSpeech();
        harness = new KioskHarness(home);
        harness.access = new KioskAccess(true, speech);
        openWith(harness);
        startHoldingTheFloor();
        assertThat(said()).singleElement().asString().startsWith("Step 1 of").contains("Arrive");
        // Speech adds what to do to the step's announcement.
        assertThat(speech.said).singleElement().asString().startsWith("Step 1 of").hasSizeGreaterThan(said().get(0).length());
        for (int s = 0; s < 25; s++) { // 1:00 -> 0:35: nothing to say
            advance(Duration.ofSeconds(1));
        }
        assertThat(said()).hasSize(1);
        advance(Duration.ofSeconds(5));
        assertThat(said()).last().isEqualTo("30 seconds left");
        for (int s = 0; s < 10; s++) {
            advance(Duration.ofSeconds(1));
        }
        assertThat(said()).hasSize(2);
        window.button("exercise.next").click();
        waitUntil("step 2 announced", () -> said().size() == 3);
        assertThat(said()).last().asString().startsWith("Step 2 of").contains("Speak and reflect");
        advance(Duration.ofMinutes(2)); // 3:00 -> 1:00
        assertThat(said()).last().isEqualTo("One minute left");
        assertThat(speech.said).contains("One minute left", "30 seconds left");
    }

    @Test
    void stillThereIsAnnouncedAndMoreTimeGivesMoreTime() {
        open();
        window.button("welcome.start").click();
        waitForScreen(WhoScreen.ID);
        advance(harness.options().idleAfter());
        waitUntil("Still there?", () -> onEdt(() -> app.idleGuard().prompting()));
        assertThat(said()).last().asString().startsWith("Still there?")
                .contains(harness.options().idleAnswer().toSeconds() + " seconds");
        window.button("idle.moreTime").requireVisible().click();
        waitUntil("the prompt gone", () -> onEdt(() -> !app.idleGuard().prompting()));
        // The usual quiet spell and then some: still not asked.
        advance(harness.options().idleAfter().plus(IdleGuard.MORE_TIME).minusSeconds(5));
        assertThat(onEdt(() -> app.idleGuard().prompting())).isFalse();
        advance(Duration.ofSeconds(5));
        assertThat(onEdt(() -> app.idleGuard().prompting())).isTrue();
        // Without "More time", the ordinary spell again.
        window.button("idle.stillHere").click();
        waitUntil("the prompt gone", () -> onEdt(() -> !app.idleGuard().prompting()));
        advance(harness.options().idleAfter());
        assertThat(onEdt(() -> app.idleGuard().prompting())).isTrue();
    }

    @Test
    void anOverlayIsAllAScreenReaderFindsWhileItShows() {
        open();
        startHoldingTheFloor();
        AccessibleContext root = onEdt(() -> app.frame().frame().getRootPane().getAccessibleContext());
        assertThat(onEdt(() -> names(root))).contains("screens");
        window.button("exercise.timeOut").click();
        waitUntil("the time-out card", () -> onEdt(() -> app.frame().overlayShowing()));
        List<String> shown = onEdt(() -> names(root));
        assertThat(shown).containsExactly("overlay", "announcer");
        assertThat(onEdt(() -> root.getAccessibleChild(0).getAccessibleContext().getAccessibleRole()))
                .isEqualTo(AccessibleRole.DIALOG);
        window.button("timeout.resume").click();
        waitUntil("the card gone", () -> onEdt(() -> !app.frame().overlayShowing()));
        assertThat(onEdt(() -> names(root))).contains("screens");
    }

    @Test
    void theCountdownAndTheRibbonSayWhatTheyShow() {
        open();
        startHoldingTheFloor();
        advance(Duration.ofSeconds(5));
        AccessibleContext clock = onEdt(() -> app.navigator().screen(ExerciseScreen.ID, ExerciseScreen.class)
                .countdown().getAccessibleContext());
        assertThat(onEdt(clock::getAccessibleName)).isEqualTo("0 minutes 55 seconds left");
        assertThat(onEdt(() -> clock.getAccessibleValue().getCurrentAccessibleValue())).isEqualTo(55L);
        assertThat(onEdt(() -> clock.getAccessibleValue().getMaximumAccessibleValue())).isEqualTo(60L);
        AccessibleContext ribbon = onEdt(() -> window.robot().finder().findByName("exercise.ribbon").getAccessibleContext());
        assertThat(onEdt(ribbon::getAccessibleRole)).isEqualTo(AccessibleRole.PROGRESS_BAR);
        assertThat(onEdt(() -> ribbon.getAccessibleValue().getCurrentAccessibleValue())).isEqualTo(1);
        assertThat(onEdt(ribbon::getAccessibleDescription)).contains("Step 1, Arrive").contains(": now");
        window.button("exercise.next").click();
        waitUntil("step 2", () -> onEdt(() -> ribbon.getAccessibleValue().getCurrentAccessibleValue()).intValue() == 2);
    }

    private static void addNames(java.awt.Container parent, List<String> into) {
        for (java.awt.Component c : parent.getComponents()) {
            if (c.getName() != null) {
                into.add(c.getName());
            }
            if (c instanceof java.awt.Container inner) {
                addNames(inner, into);
            }
        }
    }

    private static List<String> names(AccessibleContext root) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < root.getAccessibleChildrenCount(); i++) {
            Accessible a = root.getAccessibleChild(i);
            out.add(a instanceof java.awt.Component c ? String.valueOf(c.getName()) : "?");
        }
        List<String> deeper = new ArrayList<>(out);
        // The screens sit in the layered pane, inside the content pane's scrolling viewport: name
        // every component below it too.
        for (int i = 0; i < root.getAccessibleChildrenCount(); i++) {
            if (root.getAccessibleChild(i) instanceof javax.swing.JLayeredPane lp) {
                addNames(lp, deeper);
            }
        }
        return deeper;
    }
}
