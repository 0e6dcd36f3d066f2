package app.kindred.app;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.logging.Level;

/**
 * "Bring the running kiosk to the front": a second start that finds the data folder locked
 * ({@link OneKiosk}) leaves {@value #FILE} in the folder; the running kiosk watches for it (inotify,
 * no polling), deletes it and raises its window. Nothing travels but the file's name.
 */
final class RaiseRequests {
    static final String FILE = "raise.request";

    private RaiseRequests() {
    }

    /** Asks the kiosk on this data folder to come to the front; quietly does nothing if it cannot. */
    static void send(Path root) {
        try {
            Files.writeString(root.resolve(FILE), Long.toString(ProcessHandle.current().pid()));
        } catch (IOException e) {
            Logging.log(RaiseRequests.class).fine("raise request not sent: " + e.getMessage());
        }
    }

    /** Runs {@code raise} (on a thread of its own) whenever a request arrives, until closed. */
    static Closeable watch(Path root, Runnable raise) throws IOException {
        WatchService watcher = root.getFileSystem().newWatchService();
        root.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        Files.deleteIfExists(root.resolve(FILE)); // a request left from before this kiosk started
        Thread t = new Thread(() -> {
            try {
                while (true) {
                    WatchKey key = watcher.take();
                    boolean asked = false;
                    for (WatchEvent<?> e : key.pollEvents()) {
                        asked |= e.context() instanceof Path p && p.toString().equals(FILE);
                    }
                    key.reset();
                    if (asked && Files.deleteIfExists(root.resolve(FILE))) {
                        raise.run();
                    }
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                // closed: the kiosk is ending
            } catch (IOException | RuntimeException e) {
                Logging.log(RaiseRequests.class).log(Level.WARNING, "raise requests: stopped watching", e);
            }
        }, "kindred-raise-requests");
        t.setDaemon(true);
        t.start();
        return watcher;
    }
}
