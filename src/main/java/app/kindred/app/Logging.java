package app.kindred.app;

import app.kindred.persist.DataFolders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * java.util.logging to {@code logs/kindred.N.log} in the data folder, rotated, nothing on the console.
 * Nothing personal is ever logged: names and reflections stay out of every message.
 *
 * <p>The configuration is a class ({@link Setup}) that {@code LogManager} runs as it starts, on
 * whichever thread first logs, so no record can slip out before it (to the console, say) and the
 * JDK's own logging.properties is never read. The root handler ({@link HandOff}) holds records in
 * memory until the log file is open (on a thread of its own for the kiosk).
 */
public final class Logging {
    private static final String FORMAT = "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n";
    private static volatile Path logFile;
    private static volatile boolean openInBackground;

    private Logging() {
    }

    /** Sets up logging and opens the log file before returning (the command-line tools). */
    public static void configure() {
        if (prepare(false)) {
            start();
        }
    }

    /**
     * Sets up logging to start when something first logs, and to open the log file on a thread of
     * its own then (the kiosk, whose start-up is measured: starting java.util.logging and opening
     * the rotating file costs CPU the first frame waits for (docs/TIMINGS.md), and nothing needs to
     * log before the first frame).
     * Records logged before the file is open wait in memory and are written first; none is lost,
     * none goes to the console. Only for a fresh JVM, where logging has not started yet.
     */
    public static void configureWhenFirstUsed() {
        prepare(true);
    }

    /** The log file, or a note in its place saying why there is none. */
    public static Path logFile() {
        return logFile;
    }

    public static Logger log(Class<?> type) {
        return Logger.getLogger(type.getName());
    }

    private static synchronized boolean prepare(boolean background) {
        if (logFile != null) {
            return false;
        }
        logFile = DataFolders.fromEnvironment().root().resolve("logs").resolve("kindred.0.log");
        openInBackground = background;
        System.setProperty("java.util.logging.SimpleFormatter.format", FORMAT);
        System.setProperty("java.util.logging.config.class", Setup.class.getName());
        return true;
    }

    /** Starts LogManager (which runs {@link Setup}) unless it is running, and makes the root handler now. */
    private static void start() {
        LogManager manager = LogManager.getLogManager();
        if (!Setup.ran) {
            // LogManager was already running (tests run many commands in one JVM): configure it now.
            Setup.apply(manager);
        }
        Logger.getLogger("").getHandlers();
    }

    /** Named by {@code java.util.logging.config.class}: LogManager runs it as it starts. */
    public static final class Setup {
        private static volatile boolean ran;

        public Setup() {
            apply(LogManager.getLogManager());
        }

        static void apply(LogManager manager) {
            String config = "handlers=" + HandOff.class.getName() + "\n.level=INFO\n";
            try {
                manager.readConfiguration(new ByteArrayInputStream(config.getBytes(StandardCharsets.ISO_8859_1)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ran = true;
        }
    }

    /**
     * The root handler: keeps records in memory until the rotating file handler is open, then
     * writes them and everything after through to it. If the file cannot be opened (a read-only or
     * missing home must not stop the kiosk), records are dropped and {@link #logFile} says why.
     * Public with a public constructor because LogManager makes it from its name.
     */
    public static final class HandOff extends Handler {
        private static final int MAX_WAITING = 10_000;
        private final List<LogRecord> waiting = new ArrayList<>();
        private final CountDownLatch opened = new CountDownLatch(1);
        private boolean open;
        private Handler file;

        /** Made by LogManager from its name, when the root logger's handlers are first needed. */
        public HandOff() {
            if (openInBackground) {
                Thread t = new Thread(this::open, "log-file");
                t.setDaemon(true);
                t.start();
            } else {
                open();
            }
        }

        private void open() {
            Handler h = null;
            try {
                Path dir = DataFolders.fromEnvironment().logs();
                FileHandler fh = new FileHandler(dir.resolve("kindred.%g.log").toString(), 2_000_000, 5, true);
                fh.setFormatter(new SimpleFormatter());
                h = fh;
            } catch (IOException | RuntimeException e) {
                logFile = Path.of("(no log: " + e.getMessage() + ")");
            }
            synchronized (this) {
                file = h;
                open = true;
                if (h != null) {
                    waiting.forEach(h::publish);
                }
                waiting.clear();
            }
            opened.countDown();
        }

        @Override
        public void publish(LogRecord record) {
            Handler target;
            synchronized (this) {
                if (!open) {
                    if (waiting.size() < MAX_WAITING) {
                        waiting.add(record);
                    }
                    return;
                }
                target = file;
            }
            if (target != null) {
                target.publish(record);
            }
        }

        @Override
        public void flush() {
            Handler target;
            synchronized (this) {
                target = file;
            }
            if (target != null) {
                target.flush();
            }
        }

        /** At exit: waits briefly for the file, so that what was logged at start-up is written. */
        @Override
        public void close() {
            try {
                opened.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Handler target;
            synchronized (this) {
                target = file;
                file = null;
            }
            if (target != null) {
                target.close();
            }
        }
    }
}
