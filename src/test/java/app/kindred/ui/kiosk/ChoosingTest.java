package app.kindred.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.ui.PartnerLook;
import org.junit.jupiter.api.Test;

class ChoosingTest extends KioskGuiTest {

    @Test
    void startLeadsToNamesAndNamesAreKeptForTheSession() {
        open();
        window.button("welcome.start").click();
        window.textBox("who.name.a").enterText("Sam");
        window.textBox("who.name.b").enterText("Alex");
        window.button("who.next").click();
        window.panel("screen.choose").requireVisible();
        assertThat(onEdt(() -> app.couple().displayName(PartnerLook.A))).isEqualTo("Sam");
        assertThat(onEdt(() -> app.couple().displayName(PartnerLook.B))).isEqualTo("Alex");
    }

    @Test
    void emptyNamesMeanPartnerAAndB() {
        open();
        window.button("welcome.start").click();
        window.button("who.next").click();
        assertThat(onEdt(() -> app.couple().displayName(PartnerLook.A))).isEqualTo("Partner A");
        assertThat(onEdt(() -> app.couple().typedName(PartnerLook.B))).isNull();
    }

    @Test
    void lengthFilterHidesLongerChoicesAndRoomProgrammes() {
        open();
        window.button("welcome.start").click();
        window.button("who.next").click();
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
        window.button("who.next").click();
        window.button("choose.card.exercise.appreciation-round").click();
        window.label("exercise.turn").requireText("Partner A\u2019s turn");
        assertThat(robot.finder().findAll(c -> "exercise.otherTurn".equals(c.getName()) && c.isShowing())).isEmpty();
    }
}
