package app.kindred.ui.console;

import app.kindred.ui.ConsoleText;
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
class FacilitatorRunTest extends RoomAppTestBase {

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
        expect(() -> assertThat(roomCard()).isEqualTo(RoomView.BETWEEN));
        expectText("room.between.title", "Appreciation Round");

        window.button("console.start").click();
        expect(() -> assertThat(roomCard()).isEqualTo(RoomView.STEP));
        expectText("room.exercise", "Appreciation Round");
        expectText("room.turn", "Partner A\u2019s turn");
        expectText("room.countdown", "2:00");

        advanceSeconds(30);
        expectText("room.countdown", "1:30");
        expectText("console.countdown", "1:30");

        // pause: the clock stops for the room too
        window.button("console.pause").click();
        expectText("room.hold.title", ConsoleText.get("room.status.paused"));
        expect(() -> assertThat(roomCard()).isEqualTo(RoomView.HOLD));
        advanceSeconds(60);
        expectText("room.hold.countdown", "1:30");
        expect(() -> window.button("console.pause").requireDisabled());
        ctrl(KeyEvent.VK_R); // resume by its key
        expect(() -> assertThat(onEdt(() -> engine.snapshot().status())).isEqualTo(SessionStatus.RUNNING));

        // extend: +1, +2 and +5 min, then shorten by one
        window.button("console.extend1").click();
        expectText("room.countdown", "2:30");
        window.button("console.extend2").click();
        expectText("room.countdown", "4:30");
        window.button("console.extend5").click();
        expectText("room.countdown", "9:30");
        ctrl(KeyEvent.VK_MINUS);
        expectText("room.countdown", "8:30");

        // skip: partner B's turn, announced as a switch
        window.button("console.skip").click();
        expectText("room.turn", "Partner B\u2019s turn");
        expect(() -> window.panel("room.switch").requireVisible());
        expectText("room.step", ConsoleText.format("room.step", 2, 2, "Appreciate"));

        // back: partner A again, with the step's full time
        window.button("console.back").click();
        expectText("room.turn", "Partner A\u2019s turn");
        expectText("room.countdown", "2:00");

        // time-out: the room is asked to breathe; the calm-down counts instead
        window.button("console.timeOut").click();
        expectText("room.hold.title", ConsoleText.get("room.hold.timeOut"));
        advanceSeconds(10);
        expectText("room.hold.countdown", "4:50");
        window.button("console.endTimeOut").click();
        expectText("room.countdown", "2:00");

        // reorder: Holding the Floor moves before the tea break
        window.table("console.agenda").selectRows(2);
        window.button("console.moveUp").click();
        expect(() -> assertThat(titles()).containsExactly("Appreciation Round", "Holding the Floor", "Tea break"));
        expect(() -> window.table("console.agenda").requireSelectedRows(1));

        // jump to it
        window.button("console.jump").click();
        expectText("room.exercise", "Holding the Floor");
        expectText("room.programme", ConsoleText.format("room.programme", "Tuesday Group", 2, 3));
        expect(() -> assertThat(onEdt(() -> engine.snapshot().agenda().get(0).state())).isEqualTo(AgendaItem.State.DONE));

        // a note for the room
        window.textBox("console.note").enterText("Back in 5 minutes");
        expect(() -> window.textBox("console.note").requireText("Back in 5 minutes"));
        window.button("console.showNote").click();
        expect(() -> window.panel("room.noteBanner").requireVisible());
        expect(() -> window.textBox("room.note").requireText("Back in 5 minutes"));

        // the next step has a prompt from the deck
        window.button("console.skip").click();
        expect(() -> window.panel("room.promptCard").requireVisible());
        assertThat(window.textBox("room.prompt").text()).isNotBlank();
        expectText("room.turn", "Partner A \u2014 Speaker");

        // skip through the rest of the exercise to the tea break: the big clock
        while (onEdt(() -> !engine.snapshot().isBreak())) {
            int step = onEdt(() -> engine.snapshot().stepIndex());
            int item = onEdt(() -> engine.snapshot().itemIndex());
            window.button("console.skip").click();
            expect(() -> assertThat(onEdt(() -> engine.snapshot().stepIndex() != step || engine.snapshot().itemIndex() != item)).isTrue());
        }
        expect(() -> assertThat(roomCard()).isEqualTo(RoomView.BREAK));
        expect(() -> window.textBox("room.break.text").requireText("Tea break"));
        expectText("room.break.countdown", "5:00");
        expectText("room.break.backAt", ConsoleText.format("room.break.backAt", "19:05"));
        // the console shows the break too: when the room is back, and no empty step or turn rows
        expectText("console.now.step", ConsoleText.format("room.break.backAt", "19:05"));
        expect(() -> assertThat(onEdt(() -> robot.finder().findByName("console.now.turn", false).isVisible())).isFalse());
        expect(() -> window.textBox("room.note").requireText("Back in 5 minutes"));

        window.button("console.clearNote").click();
        expect(() -> assertThat(onEdt(() -> robot.finder().findByName("room.noteBanner", false).isVisible())).isFalse());

        // the break runs out on its own: the session is over
        advanceSeconds(300);
        expect(() -> assertThat(roomCard()).isEqualTo(RoomView.BETWEEN));
        expectText("room.between.heading", ConsoleText.get("room.between.finished.heading"));
        // Five quiet minutes lock the console (IdleLock), sooner or later: look at it whether it shows or not.
        expect(() -> assertThat(onEdt(() -> ((javax.swing.JLabel) robot.finder().findByName("console.now.title", false)).getText()))
                .isEqualTo(ConsoleText.get("console.finished")));
        expect(() -> assertThat(onEdt(() -> robot.finder().findByName("console.start", false).isEnabled())).isFalse());
        expect(() -> assertThat(onEdt(() -> robot.finder().findByName("console.skip", false).isEnabled())).isFalse());
    }

    @Test
    void anUpcomingItemCanBeDroppedAndThePlannedTotalFollows() {
        window.button("console.start").click();
        expectText("console.totals", java.util.regex.Pattern.compile("Planned 19 min .*"));
        window.table("console.agenda").selectRows(1);
        window.button("console.drop").click();
        expect(() -> assertThat(titles()).containsExactly("Appreciation Round", "Holding the Floor"));
        expectText("console.totals", java.util.regex.Pattern.compile("Planned 14 min .*"));
    }

    @Test
    void aGreyButtonSaysWhyBesideItAndInItsTooltip() {
        expectText("console.why", ConsoleText.get("console.why.notStarted"));
        String tip = onEdt(() -> window.button("console.skip").target().getToolTipText());
        assertThat(tip).isEqualTo(ConsoleText.format("action.tip.off", ConsoleText.get("action.skip"),
                ConsoleText.get("why.notStarted"), "Ctrl+Right"));
        assertThat(onEdt(() -> window.button("console.skip").target().getAccessibleContext().getAccessibleDescription()))
                .isEqualTo(tip);

        window.button("console.start").click();
        expectText("console.totals", java.util.regex.Pattern.compile(".*, on time"));
        expectText("console.why", ConsoleText.format("console.why.some", ConsoleText.get("action.redraw"), ConsoleText.get("why.noPrompt")));
        window.button("console.timeOut").click();
        // During a time-out the line beside the controls says why Skip and the rest are grey.
        expectText("console.why", java.util.regex.Pattern.compile(".*" + java.util.regex.Pattern.quote(ConsoleText.get("action.skip"))
                + ".*" + java.util.regex.Pattern.quote(" \u2014 " + ConsoleText.get("why.timeOut")) + ".*"));
        window.button("console.endTimeOut").click();
        expectText("console.why", ConsoleText.format("console.why.some", ConsoleText.get("action.redraw"), ConsoleText.get("why.noPrompt")));
        window.button("console.extend5").click();
        expectText("console.totals", java.util.regex.Pattern.compile(".*, 5 min behind"));
        String enabled = onEdt(() -> window.button("console.skip").target().getToolTipText());
        assertThat(enabled).isEqualTo(ConsoleText.format("action.tip", ConsoleText.get("action.skip.tip"), "Ctrl+Right"));
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
