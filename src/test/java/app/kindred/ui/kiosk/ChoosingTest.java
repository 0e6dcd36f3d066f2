package app.kindred.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.content.ContentLibrary;
import app.kindred.content.ContentLoader;
import app.kindred.ui.PartnerLook;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javax.swing.JScrollPane;
import org.junit.jupiter.api.Test;

class ChoosingTest extends KioskGuiTest {

    @Test
    void startLeadsToNamesAndNamesAreKeptForTheSession() {
        open();
        window.button("welcome.start").click();
        waitForScreen(WhoScreen.ID);
        type("who.name.a", "Sam");
        type("who.name.b", "Alex");
        window.button("who.next").click();
        waitForScreen(ChooseScreen.ID);
        window.panel("screen.choose").requireVisible();
        assertThat(onEdt(() -> app.couple().displayName(PartnerLook.A))).isEqualTo("Sam");
        assertThat(onEdt(() -> app.couple().displayName(PartnerLook.B))).isEqualTo("Alex");
    }

    @Test
    void emptyNamesMeanPartnerAAndB() {
        open();
        window.button("welcome.start").click();
        waitForScreen(WhoScreen.ID);
        window.button("who.next").click();
        waitForScreen(ChooseScreen.ID);
        assertThat(onEdt(() -> app.couple().displayName(PartnerLook.A))).isEqualTo("Partner A");
        assertThat(onEdt(() -> app.couple().typedName(PartnerLook.B))).isNull();
    }

    @Test
    void lengthFilterHidesLongerChoicesAndRoomProgrammes() {
        open();
        window.button("welcome.start").click();
        waitForScreen(WhoScreen.ID);
        window.button("who.next").click();
        waitForScreen(ChooseScreen.ID);
        window.button("choose.card.exercise.values-talk").requireVisible();
        window.button("choose.card.programme.quiet-evening").requireVisible();
        assertThat(robot.finder().findAll(c -> "choose.card.programme.room-only".equals(c.getName()))).isEmpty();
        window.toggleButton("choose.filter.up_to_10").click();
        window.button("choose.card.exercise.holding-the-floor").requireVisible();
        window.button("choose.card.exercise.appreciation-round").requireVisible();
        assertThat(robot.finder().findAll(c -> "choose.card.exercise.values-talk".equals(c.getName()))).isEmpty();
    }

    @Test
    void withPlainPartnerRolesTheTurnSaysWhoseTurnItIs() {
        open();
        window.button("welcome.start").click();
        waitForScreen(WhoScreen.ID);
        window.button("who.next").click();
        waitForScreen(ChooseScreen.ID);
        window.button("choose.card.exercise.appreciation-round").click();
        window.label("exercise.turn").requireText("Partner A\u2019s turn");
        assertThat(robot.finder().findAll(c -> "exercise.otherTurn".equals(c.getName()) && c.isShowing())).isEmpty();
    }

    @Test
    void theChoiceListOpensAtItsTopEvenWhenItScrolls() {
        // Regression: each card's text caret queued a scroll to itself, leaving the list at its last card.
        ContentLibrary shipped = ContentLoader.load(Path.of("."))
                .library();
        assertThat(shipped.exercises()).hasSizeGreaterThan(10);
        // As in the real kiosk, the content arrives after the first screens are up.
        CompletableFuture<ContentLibrary> arriving = new CompletableFuture<>();
        open(arriving);
        window.button("welcome.start").click();
        waitForScreen(WhoScreen.ID);
        window.button("who.next").click();
        waitForScreen(ChooseScreen.ID);
        window.panel("screen.choose").requireVisible();
        arriving.complete(shipped);
        robot.waitForIdle();
        window.button("choose.card.exercise.holding-the-floor").requireVisible();
        robot.waitForIdle();
        JScrollPane scroll = window.scrollPane("choose.list.scroll").target();
        assertThat(onEdt(() -> scroll.getVerticalScrollBar().getMaximum()
                > scroll.getVerticalScrollBar().getVisibleAmount())).as("the shipped list is longer than the screen").isTrue();
        assertThat(onEdt(() -> scroll.getVerticalScrollBar().getValue())).isZero();
    }
}
