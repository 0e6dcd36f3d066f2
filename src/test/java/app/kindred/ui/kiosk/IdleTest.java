package app.kindred.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.ui.PartnerLook;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** "Still there?" appears after the idle time, can be answered, and wipes when ignored. */
class IdleTest extends KioskGuiTest {

    @Test
    void thePromptAppearsAfterTheIdleTimeAndCountsDown() {
        open();
        window.button("welcome.start").click();
        waitForScreen("who");
        paste("who.name.a", "Robin"); // no key events that could land after the clock moves
        advance(Duration.ofMinutes(2).plusSeconds(59));
        assertThat(onEdt(() -> app.idleGuard().prompting())).isFalse();
        advance(Duration.ofSeconds(1));
        window.panel("idle.prompt").requireVisible();
        window.label("idle.lead").requireText("We will clear the screen in 30 seconds to keep your words private.");
        advance(Duration.ofSeconds(12));
        window.label("idle.lead").requireText("We will clear the screen in 18 seconds to keep your words private.");
    }

    @Test
    void answeringExtendsAndKeepsWhatWasTyped() {
        open();
        window.button("welcome.start").click();
        waitForScreen("who");
        paste("who.name.a", "Robin"); // no key events that could land after the clock moves
        advance(Duration.ofMinutes(3));
        window.button("idle.stillHere").click();
        waitUntil("the prompt closes", () -> !onEdt(() -> app.idleGuard().prompting()));
        window.textBox("who.name.a").requireText("Robin");
        advance(Duration.ofMinutes(2));
        assertThat(onEdt(() -> app.idleGuard().prompting())).isFalse();
        advance(Duration.ofMinutes(1));
        assertThat(onEdt(() -> app.idleGuard().prompting())).isTrue();
    }

    @Test
    void ignoringThePromptWipesAndReturnsToWelcome() {
        open();
        window.button("welcome.start").click();
        waitForScreen("who");
        type("who.name.a", "Robin");
        window.button("who.next").click();
        waitForScreen("choose");
        advance(Duration.ofMinutes(3));
        window.panel("idle.prompt").requireVisible();
        advance(Duration.ofSeconds(30));
        waitForScreen("welcome");
        window.panel("screen.welcome").requireVisible();
        assertThat(onEdt(() -> app.frame().overlayShowing())).isFalse();
        assertThat(onEdt(() -> app.couple().typedName(PartnerLook.A))).isNull();
        window.button("welcome.start").click();
        waitForScreen("who");
        window.textBox("who.name.a").requireText("");
    }

    @Test
    void aCoupleTalkingWhileTheClockRunsIsNotIdleAndAPausedOneGetsTheMarginToo() {
        open();
        window.button("welcome.start").click();
        waitForScreen("who");
        window.button("who.next").click();
        waitForScreen("choose");
        window.button("choose.card.exercise.values-talk").click();
        waitForScreen("exercise");
        advance(Duration.ofMinutes(4));
        assertThat(onEdt(() -> app.idleGuard().prompting())).isFalse();
        window.button("exercise.pause").click();
        waitUntil("the session is paused", () -> onEdt(() -> !app.engine().counting()));
        advance(Duration.ofMinutes(3).plus(KioskLimits.defaults().walkAwayMargin()).minusSeconds(1));
        assertThat(onEdt(() -> app.idleGuard().prompting())).as("paused: the idle time plus the margin").isFalse();
        advance(Duration.ofSeconds(1));
        window.panel("idle.prompt").requireVisible();
        advance(Duration.ofSeconds(30));
        waitForScreen("welcome");
        window.panel("screen.welcome").requireVisible();
        assertThat(app.engine()).isNull();
    }

    @Test
    void theWelcomeScreenIsNeverIdle() {
        open();
        advance(Duration.ofMinutes(30));
        assertThat(onEdt(() -> app.idleGuard().prompting())).isFalse();
    }
}
