package app.kindred.app;

import app.kindred.persist.DataFolders;
import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * java.util.logging to {@code logs/kindred.N.log} in the data folder, rotated, nothing on the console.
 * Nothing personal is ever logged: names and reflections stay out of every message.
 */
public final class Logging {
    private static volatile Path logFile;

    private Logging() {
    }

    public static synchronized void configure() {
        if (logFile != null) {
            return;
        }
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        try {
            Path dir = DataFolders.fromEnvironment().logs();
            FileHandler handler = new FileHandler(dir.resolve("kindred.%g.log").toString(), 2_000_000, 5, true);
            handler.setFormatter(new SimpleFormatter());
            root.addHandler(handler);
            logFile = dir.resolve("kindred.0.log");
        } catch (IOException | RuntimeException e) {
            // A read-only or missing home must not stop the kiosk; we run without a log file.
            logFile = Path.of("(no log: " + e.getMessage() + ")");
        }
    }

    public static Path logFile() {
        return logFile;
    }

    public static Logger log(Class<?> type) {
        return Logger.getLogger(type.getName());
    }
}
