package app.kindred.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** SessionEngine.follow: a kiosk brought to a room's step and time by its hub. */
class FollowTest {
    private final FakeClock clock = new FakeClock();

    private SessionEngine engine() {
        return new SessionEngine(Fixtures.evening(), Fixtures.library(), null,
                Fixtures.settings().withMode(Mode.ROOM), clock);
    }

    @Test
    void aLateJoinerEntersTheRoomsStepWithTheRoomsTimeLeft() {
        SessionEngine e = engine();
        assertThat(e.follow(0, 2, Duration.ofSeconds(17), false)).isTrue();
        SessionSnapshot s = e.snapshot();
        assertThat(s.stepIndex()).isEqualTo(2);
        assertThat(s.remaining()).isEqualTo(Duration.ofSeconds(17));
        assertThat(e.counting()).isTrue();
        clock.advanceSeconds(17);
        assertThat(e.poll().stepIndex()).as("the step ends at the room's deadline").isEqualTo(3);
    }

    @Test
    void corrections_pauseAndResumeAreNotExtensions() {
        SessionEngine e = engine();
        e.follow(0, 0, Duration.ofSeconds(50), false);
        e.follow(0, 0, Duration.ofSeconds(40), true);
        assertThat(e.snapshot().paused()).isTrue();
        assertThat(e.snapshot().remaining()).isEqualTo(Duration.ofSeconds(40));
        clock.advanceSeconds(30);
        assertThat(e.snapshot().remaining()).as("frozen while paused").isEqualTo(Duration.ofSeconds(40));
        e.follow(0, 0, Duration.ofSeconds(100), false);
        assertThat(e.snapshot().remaining()).isEqualTo(Duration.ofSeconds(100));
        assertThat(e.counting()).isTrue();
        assertThat(e.follow(0, 0, Duration.ofSeconds(100), false)).as("nothing to change").isFalse();
    }

    @Test
    void aCouplesTimeOutHoldsTheirClockAgainstTheRoom() {
        SessionEngine e = engine();
        e.follow(0, 0, Duration.ofSeconds(50), false);
        e.timeOut();
        assertThat(e.follow(0, 1, Duration.ofSeconds(10), false)).isFalse();
        assertThat(e.snapshot().stepIndex()).isEqualTo(0);
    }
}
