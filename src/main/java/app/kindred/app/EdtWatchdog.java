package app.kindred.app;

import app.kindred.KindredProperties;
import java.awt.EventQueue;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Notices a Swing event thread that stopped answering (a deadlock, an endless loop, a hung call):
 * every {@code interval} it queues a no-op on the event thread, and when one has waited longer than
 * {@code limit} it hands a thread dump to its {@code onHang}. The kiosk's {@code onHang} logs the dump
 * and ends the JVM with {@link #HUNG}: a frozen kiosk helps nobody, and the service (Restart=always)
 * starts it again, where crash recovery brings the couple back paused at the same step.
 *
 * <p>The limit is {@value #PROPERTY} seconds (default {@value #DEFAULT_SECONDS}; 0 turns it off). It is
 * long on purpose: the event thread never does I/O, and {@code Edt.call} gives up after 20 s.
 */
public final class EdtWatchdog {
    /** The exit code of a kiosk ended by the watchdog (documented in the README). */
    public static final int HUNG = 5;
    static final String PROPERTY = KindredProperties.WATCHDOG;
    static final int DEFAULT_SECONDS = 30;

    private final Duration limit;
    private final Duration interval;
    private final Consumer<String> onHang;
    private final AtomicLong answered = new AtomicLong();
    private volatile boolean running;
    private Thread thread;

    EdtWatchdog(Duration limit, Duration interval, Consumer<String> onHang) {
        this.limit = limit;
        this.interval = interval;
        this.onHang = onHang;
    }

    /** The kiosk's watchdog, started; null when {@value #PROPERTY} is 0. */
    static EdtWatchdog startForKiosk() {
        long seconds = Long.getLong(PROPERTY, DEFAULT_SECONDS);
        if (seconds <= 0) {
            return null;
        }
        EdtWatchdog w = new EdtWatchdog(Duration.ofSeconds(seconds), Duration.ofSeconds(1), EdtWatchdog::endTheJvm);
        w.start();
        return w;
    }

    synchronized void start() {
        running = true;
        thread = new Thread(this::watch, "kindred-edt-watchdog");
        thread.setDaemon(true);
        thread.start();
    }

    synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** How many pings the event thread has answered (tests wait on it). */
    long answered() {
        return answered.get();
    }

    private void watch() {
        long limitNanos = limit.toNanos();
        try {
            while (running) {
                long sent = System.nanoTime();
                long before = answered.get();
                EventQueue.invokeLater(answered::incrementAndGet);
                // Wait for this ping's answer, looking every interval (and at most until the limit).
                while (running && answered.get() == before) {
                    if (System.nanoTime() - sent >= limitNanos) {
                        running = false;
                        onHang.accept(threadDump(limit));
                        return;
                    }
                    Thread.sleep(Math.min(interval.toMillis(), Math.max(1, (limitNanos - (System.nanoTime() - sent)) / 1_000_000)));
                }
                Thread.sleep(interval.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every thread's full stack (ThreadInfo.toString stops at eight frames), deadlocks named first. */
    static String threadDump(Duration limit) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        StringBuilder b = new StringBuilder("The Swing event thread has not answered for ")
                .append(limit.toSeconds()).append(" s. Thread dump:\n");
        long[] deadlocked = mx.findDeadlockedThreads();
        if (deadlocked != null) {
            b.append("Deadlocked threads: ").append(java.util.Arrays.toString(deadlocked)).append('\n');
        }
        for (ThreadInfo t : mx.dumpAllThreads(true, true)) {
            b.append('"').append(t.getThreadName()).append("\" id=").append(t.getThreadId()).append(' ')
                    .append(t.getThreadState());
            if (t.getLockName() != null) {
                b.append(" on ").append(t.getLockName());
            }
            if (t.getLockOwnerName() != null) {
                b.append(" owned by \"").append(t.getLockOwnerName()).append('"');
            }
            b.append('\n');
            for (StackTraceElement e : t.getStackTrace()) {
                b.append("\tat ").append(e).append('\n');
            }
            b.append('\n');
        }
        return b.toString();
    }

    /**
     * Logs the dump, says it on standard error (the service's journal), and halts. Not System.exit:
     * shutdown hooks that hop onto the hung event thread would hang the exit too. The session's
     * journal is already on disk (it is written as the session changes, off the event thread).
     */
    private static void endTheJvm(String dump) {
        Logger log = Logging.log(EdtWatchdog.class);
        log.log(Level.SEVERE, "watchdog: the kiosk stopped answering; ending it so that it can be restarted\n" + dump);
        for (Handler h : Logger.getLogger("").getHandlers()) {
            h.flush();
        }
        System.err.println("kindred: the event thread stopped answering; exiting with code " + HUNG
                + " (thread dump in the log: " + Logging.logFile() + ")");
        System.err.flush();
        Runtime.getRuntime().halt(HUNG);
    }
}
