package app.kindred.ui.lock;

import app.kindred.persist.PinStore;
import app.kindred.persist.PinStore.Lockout;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * The door to the console: checks a PIN and, after {@value #MAX_FAILURES} wrong ones in a row, refuses
 * every attempt (the right PIN too) for a while that grows with each lockout: 1, 5, 15, then 60
 * minutes, until the right PIN is given. The run of failures and the lockout are saved
 * ({@link PinStore#saveLockout}), so quitting or crashing the kiosk does not reset them. While
 * running, the lockout is timed on the monotonic clock (changing the wall clock cannot shorten it);
 * after a restart, from the saved wall-clock end, never longer than the lockout itself.
 */
public final class PinGate {
    public static final int MAX_FAILURES = 5;
    public static final List<Duration> LOCKOUTS =
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(60));
    private static final Logger LOG = Logger.getLogger(PinGate.class.getName());

    private final PinStore store;
    private final LongSupplier nanoClock;
    private final Clock wallClock;
    private int failures;
    private int level;
    private long lockedUntilNanos;
    private boolean locked;

    /**
     * @param nanoClock a monotonic clock in nanoseconds (the engine's clock; a fake one in tests)
     * @param wallClock for the saved end of a lockout, which must outlive the process
     */
    public PinGate(PinStore store, LongSupplier nanoClock, Clock wallClock) {
        this.store = store;
        this.nanoClock = nanoClock;
        this.wallClock = wallClock;
        Lockout saved = store.lockout();
        failures = saved.failures();
        level = saved.level();
        Duration left = Duration.between(wallClock.instant(), saved.until());
        if (!left.isNegative() && !left.isZero()) {
            Duration cap = LOCKOUTS.get(Math.min(Math.max(level - 1, 0), LOCKOUTS.size() - 1));
            lock(left.compareTo(cap) > 0 ? cap : left);
        }
    }

    /** What an attempt came to. */
    public sealed interface Attempt {
        record Unlocked() implements Attempt {
        }

        record Wrong(int attemptsLeft) implements Attempt {
        }

        record Locked(Duration remaining) implements Attempt {
        }

        /** No PIN is set on this machine, or its file cannot be read: nothing opens the console. */
        record NoPin(PinStore.State state) implements Attempt {
        }
    }

    public synchronized Attempt attempt(char[] pin) {
        Duration remaining = lockRemaining();
        if (!remaining.isZero()) {
            return new Attempt.Locked(remaining);
        }
        PinStore.State state = store.state();
        if (state != PinStore.State.SET) {
            return new Attempt.NoPin(state);
        }
        if (store.verify(pin)) {
            failures = 0;
            level = 0;
            save(Instant.EPOCH);
            return new Attempt.Unlocked();
        }
        failures++;
        if (failures >= MAX_FAILURES) {
            Duration lockout = LOCKOUTS.get(Math.min(level, LOCKOUTS.size() - 1));
            failures = 0;
            level++;
            lock(lockout);
            save(wallClock.instant().plus(lockout));
            LOG.warning(MAX_FAILURES + " wrong facilitator PINs; console locked for " + lockout.toMinutes() + " min");
            return new Attempt.Locked(lockout);
        }
        save(Instant.EPOCH);
        return new Attempt.Wrong(MAX_FAILURES - failures);
    }

    private void lock(Duration d) {
        locked = true;
        lockedUntilNanos = nanoClock.getAsLong() + d.toNanos();
    }

    private void save(Instant until) {
        try {
            store.saveLockout(new Lockout(failures, level, until));
        } catch (IOException e) {
            // The lockout still holds in memory; only a restart would forget it.
            LOG.warning("the PIN lockout could not be saved: " + e.getMessage());
        }
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
