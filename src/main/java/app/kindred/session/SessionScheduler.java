package app.kindred.session;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Wakes the engine at its deadlines in the real app: one daemon thread parks until the engine's next
 * deadline ({@link LockSupport#parkNanos}, no fixed ticks), then calls {@link SessionEngine#poll()}.
 * Commands wake it so a new deadline (extend, resume) is noticed at once. While a step is counting
 * it also sends a checkpoint to the journal every {@code checkpointEvery}, so a crash loses at most
 * that much of the remaining time. Only meaningful with {@link SystemClock}.
 */
public final class SessionScheduler implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SessionScheduler.class.getName());
    /** Parking this long at most keeps the loop honest even if a wake-up were ever missed. */
    private static final long MAX_PARK = Duration.ofSeconds(5).toNanos();
    /**
     * Park until this long before a deadline, then spin for the rest: on a busy machine the wake-up
     * from a park is what comes late, and a thread that is already running when the deadline comes
     * is on time. Two milliseconds of spinning a few times a minute costs nothing measurable.
     */
    private static final long SPIN_BEFORE = Long.getLong("kindred.clock.spinMicros", 2000) * 1000;

    private final SessionEngine engine;
    private final long checkpointEvery;
    private final Thread thread;
    private volatile boolean running = true;

    public SessionScheduler(SessionEngine engine) {
        this(engine, Duration.ofSeconds(1));
    }

    /** @param checkpointEvery how often to journal while counting; {@link Duration#ZERO} = only on changes */
    public SessionScheduler(SessionEngine engine, Duration checkpointEvery) {
        this.engine = engine;
        this.checkpointEvery = checkpointEvery.toNanos();
        this.thread = new Thread(this::loop, "kindred-session-clock");
        thread.setDaemon(true);
        // A hint only (Linux ignores it without privileges); the deadline design is what keeps time.
        thread.setPriority(Thread.MAX_PRIORITY);
        engine.setWakeUp(() -> LockSupport.unpark(thread));
    }

    public SessionScheduler start() {
        thread.start();
        return this;
    }

    private void loop() {
        MonotonicClock clock = engine.clock();
        long nextCheckpoint = Long.MAX_VALUE;
        while (running) {
            try {
                long now = clock.nanoTime();
                long next = engine.nextDeadlineNanos();
                if (checkpointEvery > 0 && engine.counting()) {
                    if (nextCheckpoint == Long.MAX_VALUE) {
                        nextCheckpoint = now + checkpointEvery;
                    }
                    next = Math.min(next, nextCheckpoint);
                } else {
                    nextCheckpoint = Long.MAX_VALUE;
                }
                if (now >= next) {
                    engine.poll();
                    if (now >= nextCheckpoint) {
                        engine.checkpoint();
                        nextCheckpoint = now + checkpointEvery;
                    }
                    continue;
                }
                long wait = next == Long.MAX_VALUE ? MAX_PARK : next - now;
                if (wait > SPIN_BEFORE) {
                    LockSupport.parkNanos(this, Math.min(wait - SPIN_BEFORE, MAX_PARK));
                } else {
                    Thread.onSpinWait();
                }
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "The session clock hit a problem; it keeps running", e);
                LockSupport.parkNanos(this, 10_000_000L);
            }
        }
    }

    @Override
    public void close() {
        running = false;
        engine.setWakeUp(null);
        LockSupport.unpark(thread);
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
