package app.kindred.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.content.ContentLibrary;
import app.kindred.content.Deck;
import app.kindred.content.DeckLevel;
import app.kindred.content.SourceFile;
import app.kindred.ui.Fixtures;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A card from an opt-in deck level stays covered until the couple both choose to see it; passing is the default. */
class OptInCardTest extends KioskGuiTest {
    private static final String WHAT_IT_INVOLVES = "Cards about old hurts. Choose them only if you both feel ready.";

    private void openWithOptInLevelThree() {
        openWithOptInLevelThree(Fixtures.ladder().levels().get(2).prompts());
    }

    private void openWithOptInLevelThree(List<String> prompts) {
        ContentLibrary base = Fixtures.library();
        Deck ladder = Fixtures.ladder();
        List<DeckLevel> levels = List.of(ladder.levels().get(0), ladder.levels().get(1),
                new DeckLevel("Deeper", prompts, WHAT_IT_INVOLVES));
        Deck optIn = new Deck(ladder.id(), ladder.title(), ladder.sources(), levels, SourceFile.builtIn("question-ladder.yaml"));
        harness = new KioskHarness(home);
        harness.library = CompletableFuture.completedFuture(
                new ContentLibrary(base.exercises(), Map.of(optIn.id(), optIn), base.programmes(), base.handouts()));
        openWith(harness);
        startExercise("values-talk"); // its one step draws from level 3
    }

    @Test
    void theCardWaitsBehindWhatItInvolvesAndPassingHasTheFocus() {
        openWithOptInLevelThree();
        window.panel("exercise.optIn").requireVisible();
        assertThat(window.textBox("exercise.optIn.text").text()).isEqualTo(WHAT_IT_INVOLVES);
        java.awt.Component card = robot.finder().findByName("exercise.prompt.text", false);
        assertThat(onEdt(card::isShowing)).isFalse();
        waitUntil("Skip has the focus", () -> onEdt(() -> window.button("exercise.optIn.skip").target().hasFocus()));

        window.button("exercise.optIn.goOn").click();
        waitUntil("the card shows", () -> onEdt(card::isShowing));
        assertThat(window.textBox("exercise.prompt.text").text()).isEqualTo("What hope for our future do you rarely say out loud?");
        java.awt.Component veil = robot.finder().findByName("exercise.optIn", false);
        assertThat(onEdt(veil::isShowing)).isFalse();
    }

    @Test
    void skippingPassesTheStepWithoutShowingTheCard() {
        openWithOptInLevelThree();
        window.button("exercise.optIn.skip").click();
        waitUntil("the next step", () -> onEdt(() -> app.engine().snapshot().stepIndex()) == 1);
    }

    @Test
    void goingOnHoldsForTheSwappedRoundAndANewExerciseAsksAgain() {
        openWithOptInLevelThree(List.of("What hope for our future do you rarely say out loud?",
                "What would you like us to try that we never have?"));
        java.awt.Component veil = robot.finder().findByName("exercise.optIn", false);
        java.awt.Component card = robot.finder().findByName("exercise.prompt.text", false);
        window.button("exercise.optIn.goOn").click();
        waitUntil("the card shows", () -> onEdt(card::isShowing));
        String first = window.textBox("exercise.prompt.text").text();

        window.button("exercise.next").click();
        waitUntil("the swapped round", () -> onEdt(() -> app.engine().snapshot().stepIndex()) == 1);
        assertThat(onEdt(() -> app.engine().snapshot().swapped())).isTrue();
        assertThat(onEdt(() -> app.engine().snapshot().prompt())).isNotNull();
        waitUntil("the second card shows", () -> onEdt(card::isShowing));
        assertThat(onEdt(veil::isShowing)).isFalse();
        assertThat(window.textBox("exercise.prompt.text").text()).isNotEqualTo(first)
                .isEqualTo(onEdt(() -> app.engine().snapshot().prompt().text()));

        // The next couple (after the goodbye's wipe) is asked again.
        nextUntilReview();
        window.button("review.skip").click();
        waitForScreen(GoodbyeScreen.ID);
        window.button("goodbye.again").click();
        waitForScreen(WelcomeScreen.ID);
        startExercise("values-talk");
        waitUntil("the veil is back", () -> onEdt(veil::isShowing));
        assertThat(onEdt(card::isShowing)).isFalse();
    }
}
