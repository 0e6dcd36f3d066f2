package app.kindred.ui.lock;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.persist.DataFolders;
import app.kindred.persist.PinStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PinGateTest {
    private static final String PIN = "739184";
    private static final String WRONG = "205817";
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private Instant wall = Instant.parse("2026-12-07T10:00:00Z");
    @TempDir
    Path home;
    private PinStore store;
    private PinGate gate;

    @BeforeEach
    void setPin() {
        store = new PinStore(new DataFolders(home));
        store.set(PIN.toCharArray());
        gate = restart();
    }

    /** A new gate on the same data folder, as after quitting or a crash. */
    private PinGate restart() {
        return new PinGate(store, nanos::get, Clock.fixed(wall, ZoneOffset.UTC));
    }

    private void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
        wall = wall.plus(d);
    }

    private PinGate.Attempt wrongTimes(PinGate g, int n) {
        PinGate.Attempt last = null;
        for (int i = 0; i < n; i++) {
            last = g.attempt(WRONG.toCharArray());
        }
        return last;
    }

    @Test
    void theRightPinUnlocks() {
        assertThat(gate.attempt(PIN.toCharArray())).isInstanceOf(PinGate.Attempt.Unlocked.class);
    }

    @Test
    void withNoPinSetNothingUnlocks() throws Exception {
        java.nio.file.Files.delete(home.resolve("pin"));
        assertThat(gate.attempt(PIN.toCharArray())).isEqualTo(new PinGate.Attempt.NoPin(PinStore.State.NOT_SET));
        assertThat(gate.attempt("".toCharArray())).isInstanceOf(PinGate.Attempt.NoPin.class);
    }

    @Test
    void eachWrongPinSaysHowManyTriesAreLeft() {
        assertThat(gate.attempt(WRONG.toCharArray())).isEqualTo(new PinGate.Attempt.Wrong(4));
        assertThat(gate.attempt(WRONG.toCharArray())).isEqualTo(new PinGate.Attempt.Wrong(3));
    }

    @Test
    void lockoutsGrowOneFiveFifteenSixtyMinutesEvenAgainstTheRightPin() {
        Duration[] expected = {Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
                Duration.ofMinutes(60), Duration.ofMinutes(60)};
        for (Duration d : expected) {
            assertThat(wrongTimes(gate, 5)).isEqualTo(new PinGate.Attempt.Locked(d));
            advance(d.minusSeconds(1));
            assertThat(gate.attempt(PIN.toCharArray())).isEqualTo(new PinGate.Attempt.Locked(Duration.ofSeconds(1)));
            advance(Duration.ofSeconds(1));
            assertThat(gate.lockRemaining()).isZero();
        }
        assertThat(gate.attempt(PIN.toCharArray())).isInstanceOf(PinGate.Attempt.Unlocked.class);
        assertThat(wrongTimes(gate, 5)).as("the right PIN starts the ladder again")
                .isEqualTo(new PinGate.Attempt.Locked(Duration.ofMinutes(1)));
    }

    @Test
    void aRestartKeepsTheLockoutAndTheCountOfWrongPins() {
        wrongTimes(gate, 5);
        advance(Duration.ofSeconds(20));
        PinGate after = restart();
        assertThat(after.attempt(PIN.toCharArray())).isEqualTo(new PinGate.Attempt.Locked(Duration.ofSeconds(40)));
        advance(Duration.ofSeconds(40));
        assertThat(wrongTimes(after, 3)).isEqualTo(new PinGate.Attempt.Wrong(2));
        PinGate again = restart();
        assertThat(wrongTimes(again, 2)).as("the second lockout is the longer one")
                .isEqualTo(new PinGate.Attempt.Locked(Duration.ofMinutes(5)));
    }

    @Test
    void aWallClockSetBackAfterARestartCannotLengthenTheLockoutBeyondItsOwnLength() {
        wrongTimes(gate, 5);
        wall = wall.minus(Duration.ofDays(1));
        assertThat(restart().lockRemaining()).isEqualTo(Duration.ofMinutes(1));
    }
}
