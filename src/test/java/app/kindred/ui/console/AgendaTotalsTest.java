package app.kindred.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.session.FakeClock;
import app.kindred.session.SessionEngine;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The console's running total against the session's end, from real engine snapshots on a fake clock. */
class AgendaTotalsTest {
    private final FakeClock clock = new FakeClock();
    private final SessionEngine engine = Workshops.engine(clock);

    @Test
    void beforeTheStartEverythingIsStillPlanned() {
        AgendaTotals t = AgendaTotals.of(engine.poll());
        assertThat(t.planned()).isEqualTo(Duration.ofMinutes(19));
        assertThat(t.used()).isZero();
        assertThat(t.left()).isEqualTo(Duration.ofMinutes(19));
        assertThat(t.drift()).isZero();
    }

    @Test
    void timeRunningAsPlannedKeepsTheEndWhereItWas() {
        engine.start();
        clock.advanceSeconds(90);
        AgendaTotals t = AgendaTotals.of(engine.poll());
        assertThat(t.used()).isEqualTo(Duration.ofSeconds(90));
        assertThat(t.left()).isEqualTo(Duration.ofSeconds(19 * 60 - 90));
        assertThat(t.drift()).isZero();
    }

    @Test
    void anExtensionPushesTheEndOutAndAShortSkipPullsItIn() {
        engine.start();
        clock.advanceSeconds(30);
        engine.extend(Duration.ofMinutes(2));
        assertThat(AgendaTotals.of(engine.poll()).drift()).isEqualTo(Duration.ofMinutes(2));
        engine.skip(); // step 1 ends after 30 s of its 4 minutes (2 planned + 2 extended)
        AgendaTotals t = AgendaTotals.of(engine.poll());
        assertThat(t.drift()).isEqualTo(Duration.ofSeconds(30 - 120));
    }

    @Test
    void atTheEndNothingIsLeft() {
        engine.start();
        clock.advanceSeconds(60);
        engine.endEarly();
        AgendaTotals t = AgendaTotals.of(engine.poll());
        assertThat(t.left()).isZero();
        assertThat(t.projected()).isEqualTo(Duration.ofSeconds(60));
    }
}
