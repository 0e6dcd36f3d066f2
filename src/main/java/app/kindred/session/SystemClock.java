package app.kindred.session;

/** The real monotonic clock ({@link System#nanoTime()}). */
public final class SystemClock implements MonotonicClock {
    public static final SystemClock INSTANCE = new SystemClock();

    private SystemClock() {
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }
}
