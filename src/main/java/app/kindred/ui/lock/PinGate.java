package app.kindred.ui.lock;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * The door to the console: checks a PIN and, after {@value #MAX_FAILURES} wrong ones in a row, refuses
 * every attempt (the right PIN too) for one minute on the monotonic clock, so the wall clock being
 * changed cannot shorten it. The count lives in memory: quitting the kiosk is itself behind the PIN.
 */
public final class PinGate {
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCKOUT = Duration.ofSeconds(60);
    private static final Logger LOG = Logger.getLogger(PinGate.class.getName());

    private final PinStore store;
    private final LongSupplier nanoClock;
    private int failures;
    private long lockedUntilNanos;
    private boolean locked;

    /** @param nanoClock a monotonic clock in nanoseconds (the engine's clock; a fake one in tests) */
    public PinGate(PinStore store, LongSupplier nanoClock) {
        this.store = store;
        this.nanoClock = nanoClock;
    }

    /** What an attempt came to. */
    public sealed interface Attempt {
        record Unlocked() implements Attempt {
        }

        record Wrong(int attemptsLeft) implements Attempt {
        }

        record Locked(Duration remaining) implements Attempt {
        }
    }

    public synchronized Attempt attempt(char[] pin) {
        Duration remaining = lockRemaining();
        if (!remaining.isZero()) {
            return new Attempt.Locked(remaining);
        }
        if (store.verify(pin)) {
            failures = 0;
            return new Attempt.Unlocked();
        }
        failures++;
        if (failures >= MAX_FAILURES) {
            failures = 0;
            locked = true;
            lockedUntilNanos = nanoClock.getAsLong() + LOCKOUT.toNanos();
            LOG.warning(MAX_FAILURES + " wrong facilitator PINs; console locked for " + LOCKOUT.toSeconds() + " s");
            return new Attempt.Locked(LOCKOUT);
        }
        return new Attempt.Wrong(MAX_FAILURES - failures);
    }

    /** How long the lockout still lasts; zero when attempts are allowed. */
    public synchronized Duration lockRemaining() {
        if (!locked) {
            return Duration.ZERO;
        }
        long left = lockedUntilNanos - nanoClock.getAsLong();
        if (left <= 0) {
            locked = false;
            return Duration.ZERO;
        }
        return Duration.ofNanos(left);
    }
}
