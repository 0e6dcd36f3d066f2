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
    private static final Duration MAX_PARK = Duration.ofSeconds(5);
    private final SessionEngine engine;
    private final long checkpointEvery;
    private final long maxPark;
    private final Thread thread;
    private volatile boolean running = true;

    public SessionScheduler(SessionEngine engine) {
        this(engine, Duration.ofSeconds(1));
    }

    /** @param checkpointEvery how often to journal while counting; {@link Duration#ZERO} = only on changes */
    public SessionScheduler(SessionEngine engine, Duration checkpointEvery) {
        this(engine, checkpointEvery, MAX_PARK);
    }

    /** @param maxPark the longest park without a deadline; tests lengthen it so only a wake-up can end it */
    SessionScheduler(SessionEngine engine, Duration checkpointEvery, Duration maxPark) {
        this.engine = engine;
        this.checkpointEvery = checkpointEvery.toNanos();
        this.maxPark = maxPark.toNanos();
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
                // No spinning before a deadline: it did not make ends any earlier on a loaded machine (the
                // wake-up is what comes late, and the spin cost the thread its share; docs/TIMINGS.md).
                LockSupport.parkNanos(this, next == Long.MAX_VALUE ? maxPark : Math.min(next - now, maxPark));
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
