package app.kindred.ui.lock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PinGateTest {
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final PinStore store = new PinStore(new MapPinSettings());
    private final PinGate gate = new PinGate(store, nanos::get);

    @BeforeEach
    void setPin() {
        store.set("2468".toCharArray());
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
