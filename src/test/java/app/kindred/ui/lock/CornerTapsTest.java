package app.kindred.ui.lock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CornerTapsTest {
    private final AtomicLong nanos = new AtomicLong(5_000_000_000L);
    private final CornerTaps taps = new CornerTaps(nanos::get);

    private boolean tapAfterMillis(long millis, int x, int y) {
        nanos.addAndGet(millis * 1_000_000);
        return taps.tap(x, y, 64);
    }

    @Test
    void fiveQuickTapsInTheCornerOpenTheConsole() {
        for (int i = 0; i < 4; i++) {
            assertThat(tapAfterMillis(300, 10, 10)).isFalse();
        }
        assertThat(tapAfterMillis(300, 20, 5)).isTrue();
        assertThat(tapAfterMillis(300, 20, 5)).isFalse();
    }

    @Test
    void slowTapsDoNot() {
        for (int i = 0; i < 10; i++) {
            assertThat(tapAfterMillis(800, 10, 10)).isFalse();
        }
    }

    @Test
    void aTapOutsideTheCornerStartsOver() {
        for (int i = 0; i < 4; i++) {
            tapAfterMillis(100, 10, 10);
        }
        assertThat(tapAfterMillis(100, 400, 10)).isFalse();
        assertThat(tapAfterMillis(100, 10, 10)).isFalse();
    }
}
