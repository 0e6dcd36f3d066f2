package app.kindred.session;

/**
 * The engine's only source of time: a monotonic nanosecond counter with an arbitrary origin.
 * Only differences between two readings mean anything. Inject {@link SystemClock} in the app and
 * {@link FakeClock} in tests; the engine never reads the wall clock to keep time.
 */
public interface MonotonicClock {
    /** Nanoseconds since an arbitrary origin; never goes backwards. */
    long nanoTime();
}
