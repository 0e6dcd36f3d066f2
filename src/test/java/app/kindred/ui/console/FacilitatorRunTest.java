package app.kindred.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.session.AgendaItem;
import app.kindred.session.SessionStatus;
import app.kindred.ui.room.RoomView;
import java.awt.event.KeyEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A facilitator runs a three-item programme (exercise, tea break, exercise) from the console alone,
 * on one screen (console over the room view), and the room view shows every state.
 */
class FacilitatorRunTest extends RoomAppTest {

    @BeforeEach
    void openUnlocked() {
        pins.set(PIN.toCharArray());
        open(oneScreen());
        pressConsoleKey();
        window.panel("pin").requireVisible();
        unlock(window);
        window.panel("console").requireVisible();
    }

    private String roomCard() {
        return onEdt(() -> app.roomView().card());
    }

    @Test
    void theWholeProgrammeRunsFromTheConsoleAndTheRoomSeesEachState() {
        assertThat(roomCard()).isEqualTo(RoomView.BETWEEN);
        window.label("room.between.title").requireText("Appreciation Round");

        window.button("console.start").click();
        assertThat(roomCard()).isEqualTo(RoomView.STEP);
        window.label("room.exercise").requireText("Appreciation Round");
        window.label("room.turn").requireText("Partner A's turn");
        window.label("room.countdown").requireText("2:00");

        advanceSeconds(30);
        window.label("room.countdown").requireText("1:30");
        window.label("console.countdown").requireText("1:30");

        // pause: the clock stops for the room too
        window.button("console.pause").click();
        window.label("room.status").requireText(ConsoleText.get("room.status.paused"));
        advanceSeconds(60);
        window.label("room.countdown").requireText("1:30");
        window.button("console.pause").requireDisabled();
        ctrl(KeyEvent.VK_R); // resume by its key
        assertThat(onEdt(() -> engine.snapshot().status())).isEqualTo(SessionStatus.RUNNING);

        // extend: +1 min, +N (3), then shorten by one
        window.button("console.extend1").click();
        window.label("room.countdown").requireText("2:30");
        window.spinner("console.extraMinutes").select(3);
        window.button("console.extendN").click();
        window.label("room.countdown").requireText("5:30");
        ctrl(KeyEvent.VK_MINUS);
        window.label("room.countdown").requireText("4:30");

        // skip: partner B's turn, announced as a switch
        window.button("console.skip").click();
        window.label("room.turn").requireText("Partner B's turn");
        window.panel("room.switch").requireVisible();
        window.label("room.step").requireText(ConsoleText.format("room.step", 2, 2, "Appreciate"));

        // back: partner A again, with the step's full time
        window.button("console.back").click();
        window.label("room.turn").requireText("Partner A's turn");
        window.label("room.countdown").requireText("2:00");

        // time-out: the room is asked to breathe; the calm-down counts instead
        window.button("console.timeOut").click();
        window.label("room.status").requireText(ConsoleText.get("room.status.timeOut"));
        advanceSeconds(10);
        window.label("room.countdown").requireText("4:50");
        window.button("console.endTimeOut").click();
        window.label("room.countdown").requireText("2:00");

        // reorder: Holding the Floor moves before the tea break
        window.table("console.agenda").selectRows(2);
        window.button("console.moveUp").click();
        assertThat(titles()).containsExactly("Appreciation Round", "Holding the Floor", "Tea break");
        window.table("console.agenda").requireSelectedRows(1);

        // jump to it
        window.button("console.jump").click();
        window.label("room.exercise").requireText("Holding the Floor");
        window.label("room.programme").requireText(ConsoleText.format("room.programme", "Tuesday Group", 2, 3));
        assertThat(onEdt(() -> engine.snapshot().agenda().get(0).state())).isEqualTo(AgendaItem.State.DONE);

        // a note for the room
        window.textBox("console.note").enterText("Back in 5 minutes");
        window.button("console.showNote").click();
        window.panel("room.noteBanner").requireVisible();
        window.label("room.note").requireText("Back in 5 minutes");

        // the next step has a prompt from the deck
        window.button("console.skip").click();
        window.panel("room.promptCard").requireVisible();
        assertThat(window.textBox("room.prompt").text()).isNotBlank();
        window.label("room.turn").requireText("Partner A \u2014 Speaker");

        // skip through the rest of the exercise to the tea break: the big clock
        while (onEdt(() -> !engine.snapshot().isBreak())) {
            window.button("console.skip").click();
        }
        assertThat(roomCard()).isEqualTo(RoomView.BREAK);
        window.label("room.break.text").requireText("Tea break");
        window.label("room.break.countdown").requireText("5:00");
        window.label("room.break.backAt").requireText(ConsoleText.format("room.break.backAt", "19:05"));
        window.label("room.note").requireText("Back in 5 minutes");

        window.button("console.clearNote").click();
        assertThat(onEdt(() -> robot.finder().findByName("room.noteBanner", false).isVisible())).isFalse();

        // the break runs out on its own: the session is over
        advanceSeconds(300);
        assertThat(roomCard()).isEqualTo(RoomView.BETWEEN);
        window.label("room.between.heading").requireText(ConsoleText.get("room.between.finished.heading"));
        window.label("console.now.title").requireText(ConsoleText.get("console.finished"));
        window.button("console.start").requireDisabled();
        window.button("console.skip").requireDisabled();
    }

    @Test
    void anUpcomingItemCanBeDroppedAndThePlannedTotalFollows() {
        window.button("console.start").click();
        window.label("console.totals").requireText(java.util.regex.Pattern.compile("Planned 19 min .*"));
        window.table("console.agenda").selectRows(1);
        window.button("console.drop").click();
        assertThat(titles()).containsExactly("Appreciation Round", "Holding the Floor");
        window.label("console.totals").requireText(java.util.regex.Pattern.compile("Planned 14 min .*"));
    }

    @Test
    void everyConsoleButtonShowsItsKeyInTheTooltip() {
        for (String id : new String[] {"start", "pause", "resume", "extend1", "skip", "back", "timeOut", "jump",
                "moveUp", "moveDown", "drop", "showNote", "swap", "lock"}) {
            String tip = onEdt(() -> window.button("console." + id).target().getToolTipText());
            assertThat(tip).as(id).matches(".*\\((Ctrl|Alt)\\+.*\\)");
        }
    }

    private java.util.List<String> titles() {
        return onEdt(() -> engine.snapshot().agenda().stream().map(AgendaItem::title).toList());
    }
}
