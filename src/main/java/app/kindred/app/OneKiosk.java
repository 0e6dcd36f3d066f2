package app.kindred.app;

import app.kindred.persist.DataFolders;
import app.kindred.persist.InstanceLock;
import java.io.IOException;
import java.io.PrintWriter;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.ResourceBundle;

/**
 * One kiosk per data folder (issue 14): the kiosk holds {@link InstanceLock} for as long as its
 * process lives; a second start says who holds it and ends with {@link #ALREADY_RUNNING}. Commands
 * that only read ({@code validate}, {@code render}, {@code outbox list}, ...) never ask.
 */
final class OneKiosk {
    /** The exit code of a second start on a data folder whose kiosk is running (documented in the README). */
    static final int ALREADY_RUNNING = 4;

    /** Held for the life of the process: the lock must not become unreachable. */
    private static InstanceLock held;

    private OneKiosk() {
    }

    /**
     * Raises the kiosk's window when a second start asks for it (see {@link RaiseRequests}); only in
     * the process that holds the lock.
     */
    static synchronized void onRaiseRequest(DataFolders folders, Runnable raise) {
        if (held == null) {
            return;
        }
        try {
            RaiseRequests.watch(folders.root(), raise);
        } catch (IOException e) {
            Logging.log(OneKiosk.class).warning("raise requests: cannot watch " + folders.root() + " (" + e.getMessage() + ")");
        }
    }

    /** Null when this process now holds the data folder's lock, else the exit code to end with. */
    static synchronized Integer claim(DataFolders folders, PrintWriter err) {
        if (held != null) {
            return null;
        }
        try {
            Optional<InstanceLock> lock = InstanceLock.tryAcquire(folders);
            if (lock.isPresent()) {
                held = lock.get();
                return null;
            }
        } catch (IOException e) {
            // A data folder that cannot hold a lock file (read-only, full) must not keep the kiosk
            // from starting: the couple's exercise matters more. Said once in the log.
            Logging.log(OneKiosk.class).warning("instance lock: cannot use " + folders.root() + " (" + e.getMessage()
                    + "); starting without the one-kiosk check");
            return null;
        }
        RaiseRequests.send(folders.root());
        OptionalLong pid = InstanceLock.holder(folders);
        err.println(text(pid.isPresent() ? "oneKiosk.running" : "oneKiosk.runningNoPid",
                pid.isPresent() ? Long.toString(pid.getAsLong()) : "", folders.root()));
        err.flush();
        return ALREADY_RUNNING;
    }

    private static String text(String key, Object... args) {
        ResourceBundle b = ResourceBundle.getBundle("app.kindred.app.AppMessages");
        return new MessageFormat(b.getString(key), Locale.getDefault()).format(args);
    }
}
