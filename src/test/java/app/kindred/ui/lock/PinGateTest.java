package app.kindred.ui.lock;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.persist.SettingsStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PinGateTest {
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    @TempDir
    static Path home;
    private PinStore store;
    private PinGate gate;
    @BeforeEach
    void setPin() {
        store = new PinStore(SettingsStore.load(home.resolve("settings.properties")));
        store.set("2468".toCharArray());
        gate = new PinGate(store, nanos::get);
    }

    private void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    @Test
    void theRightPinUnlocks() {
        assertThat(gate.attempt("2468".toCharArray())).isInstanceOf(PinGate.Attempt.Unlocked.class);
    }

    @Test
    void eachWrongPinSaysHowManyTriesAreLeft() {
        assertThat(gate.attempt("1111".toCharArray())).isEqualTo(new PinGate.Attempt.Wrong(4));
        assertThat(gate.attempt("1111".toCharArray())).isEqualTo(new PinGate.Attempt.Wrong(3));
    }

    @Test
    void fiveWrongPinsLockForSixtySecondsEvenAgainstTheRightPin() {
        for (int i = 0; i < 4; i++) {
            gate.attempt("1111".toCharArray());
        }
        assertThat(gate.attempt("1111".toCharArray())).isEqualTo(new PinGate.Attempt.Locked(Duration.ofSeconds(60)));

        advance(Duration.ofSeconds(59));
        assertThat(gate.attempt("2468".toCharArray())).isEqualTo(new PinGate.Attempt.Locked(Duration.ofSeconds(1)));
        assertThat(gate.lockRemaining()).isEqualTo(Duration.ofSeconds(1));

        advance(Duration.ofSeconds(1));
        assertThat(gate.lockRemaining()).isZero();
        assertThat(gate.attempt("2468".toCharArray())).isInstanceOf(PinGate.Attempt.Unlocked.class);
    }

    @Test
    void afterALockoutTheCountStartsAgain() {
        for (int i = 0; i < 5; i++) {
            gate.attempt("1111".toCharArray());
        }
        advance(Duration.ofSeconds(60));
        assertThat(gate.attempt("1111".toCharArray())).isEqualTo(new PinGate.Attempt.Wrong(4));
    }

    @Test
    void theRightPinResetsTheCountOfWrongOnes() {
        for (int i = 0; i < 4; i++) {
            gate.attempt("1111".toCharArray());
        }
        gate.attempt("2468".toCharArray());
        assertThat(gate.attempt("1111".toCharArray())).isEqualTo(new PinGate.Attempt.Wrong(4));
    }
}
