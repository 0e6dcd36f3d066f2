package app.kindred.app;

import app.kindred.KindredProperties;
import java.util.ArrayList;
import java.util.List;

/**
 * With {@code -Dkindred.traceStartup=true}, records how long each step of the kiosk's start-up took
 * and prints the steps to standard error when {@link #print} is called (once the kiosk is ready):
 * milliseconds since {@code main} began, since the previous mark, and the thread. The start-up
 * benchmark says how long; this says where. Marks are kept in memory so that tracing costs little.
 */
final class StartupTrace {
    private static final boolean ON = KindredProperties.isOn(KindredProperties.TRACE_STARTUP);
    private static final long T0 = System.nanoTime();
    private static final long T0_WALL = System.currentTimeMillis();
    private static final List<Object[]> MARKS = new ArrayList<>();

    private StartupTrace() {
    }

    static void mark(String step) {
        if (ON) {
            long now = System.nanoTime();
            synchronized (MARKS) {
                MARKS.add(new Object[] {now, step, Thread.currentThread().getName()});
            }
        }
    }

    static void print() {
        if (!ON) {
            return;
        }
        long vmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        System.err.printf("startup the JVM started %d ms before main%n", T0_WALL - vmStart);
        synchronized (MARKS) {
            long last = T0;
            for (Object[] m : MARKS) {
                long t = (Long) m[0];
                System.err.printf("startup %7.1f ms  +%6.1f  %s [%s]%n", (t - T0) / 1e6, (t - last) / 1e6, m[1], m[2]);
                last = t;
            }
            MARKS.clear();
        }
    }
}
