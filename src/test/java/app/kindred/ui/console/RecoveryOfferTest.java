package app.kindred.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.persist.DataFolders;
import app.kindred.persist.Recovery;
import app.kindred.persist.SessionJournal;
import app.kindred.session.SessionEngine;
import app.kindred.session.SessionSnapshot;
import app.kindred.session.SessionStatus;
import app.kindred.ui.Theme;
import app.kindred.ui.room.RoomStyles;
import java.time.Duration;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;

/** After a crash the console offers the journaled session at the same step and time, or a clean start. */
class RecoveryOfferTest extends RoomAppTestBase {

    private Recovery crashMidSession() {
        DataFolders folders = new DataFolders(home.resolve("data"));
        SessionEngine before = Workshops.engine(clock);
        SessionJournal journal = new SessionJournal(folders);
        before.setJournal(journal);
        before.start();
        clock.advanceSeconds(45);
        before.skip();            // step 2 of the first exercise
        clock.advanceSeconds(20); // 1:40 left
        before.poll();
        before.checkpoint();
        journal.flush();
        // Kindred dies here: nothing is closed. The next start finds the journal.
        return new SessionJournal(folders).recover(Workshops.library(), clock, null);
    }

    private void openWith(Recovery recovery) {
        pins.set(PIN.toCharArray());
        engine = recovery.engine();
        app = onEdt(() -> {
            RoomStyles.register();
            Theme.LIGHT.install(100);
            javax.swing.ToolTipManager.sharedInstance().setEnabled(false);
            RoomApp a = new RoomApp(Workshops.sessions(clock), recovery.engine(), pins, clock, Workshops.WALL,
                    oneScreen(), () -> quitCalled = true);
            a.show();
            a.consolePanel().offerRecovery(recovery);
            return a;
        });
        window = new FrameFixture(robot, app.windows().roomFrame());
        pressConsoleKey();
        unlock(window);
    }

    @Test
    void keepingTheRecoveredSessionResumesAtTheSameStepAndTime() {
        Recovery recovery = crashMidSession();
        assertThat(recovery.outcome()).isEqualTo(Recovery.Outcome.RECOVERED);
        openWith(recovery);
        window.panel("console.recovery").requireVisible();
        assertThat(window.label("console.recovery.text").text()).contains("Tuesday Group");
        window.button("console.newSession").requireDisabled();
        SessionSnapshot s = onEdt(() -> app.workshop().engine().snapshot());
        assertThat(s.status()).isEqualTo(SessionStatus.PAUSED);
        assertThat(s.stepIndex()).isEqualTo(1);
        assertThat(s.remaining()).isEqualTo(Duration.ofSeconds(100));
        expectText("room.hold.countdown", "1:40");
        expectText("room.hold.where", java.util.regex.Pattern.compile(".*Partner B\u2019s turn"));

        window.button("console.resumeRecovered").click();
        expect(() -> assertThat(onEdt(() -> robot.finder().findByName("console.recovery", false).isVisible())).isFalse());
        window.button("console.resume").click();
        expect(() -> assertThat(onEdt(() -> app.workshop().engine().snapshot().status())).isEqualTo(SessionStatus.RUNNING));
        advanceSeconds(10);
        expectText("room.countdown", "1:30");
    }

    @Test
    void discardingItStartsTheProgrammeAfresh() {
        openWith(crashMidSession());
        String crashed = onEdt(() -> app.workshop().engine().sessionId());
        window.button("console.discardRecovered").click();
        expect(() -> assertThat(onEdt(() -> app.workshop().engine().sessionId())).isNotEqualTo(crashed));
        assertThat(onEdt(() -> app.workshop().engine().snapshot().status())).isEqualTo(SessionStatus.READY);
        expectText("room.between.title", "Appreciation Round");
        window.button("console.start").requireEnabled();
    }
}
