package app.kindred.session;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that moves only when told to, for tests of any package (it lives in main so UI tests can
 * use it). Starts at an arbitrary non-zero origin so code that assumes "0 = start" fails early.
 * Thread-safe. Remember that the engine only notices time passing on {@code poll()} or a command.
 */
public final class FakeClock implements MonotonicClock {
    private final AtomicLong now;

    public FakeClock() {
        this(1_000_000_000_000L);
    }

    public FakeClock(long originNanos) {
        this.now = new AtomicLong(originNanos);
    }

    @Override
    public long nanoTime() {
        return now.get();
    }

    public FakeClock advance(Duration d) {
        return advanceNanos(d.toNanos());
    }

    public FakeClock advanceSeconds(long seconds) {
        return advanceNanos(seconds * 1_000_000_000L);
    }

    public FakeClock advanceMillis(long millis) {
        return advanceNanos(millis * 1_000_000L);
    }

    public FakeClock advanceNanos(long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("a monotonic clock cannot go back: " + nanos);
        }
        now.addAndGet(nanos);
        return this;
    }
}
