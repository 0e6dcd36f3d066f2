package app.kindred.app;

import app.kindred.ui.FontFolder;
import com.formdev.flatlaf.fonts.roboto.FlatRobotoFont;
import java.awt.GraphicsEnvironment;

/**
 * The second core's share of the kiosk's start-up: while the main thread reads the settings and
 * the event thread sets up FlatLaf, this thread connects to the display, starts Java's font system
 * and finds Roboto (80–150 ms the first time in a JVM), and runs MigLayout's static set-up (15 ms).
 * Only what is safe on any thread: class initialisation is the JVM's to order, and the font system
 * is thread-safe. Nothing waits for this thread; whatever it has not reached yet, the event thread
 * simply does itself. {@code -Dkindred.noWarmUp=true} turns it off, to measure what it gains.
 */
final class StartupWarmUp {
    private StartupWarmUp() {
    }

    static void start() {
        if (GraphicsEnvironment.isHeadless() || Boolean.getBoolean("kindred.noWarmUp")) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                GraphicsEnvironment.getLocalGraphicsEnvironment();
                StartupTrace.mark("warm-up: graphics environment");
                if (FontFolder.serving()) {
                    FontFolder.findFamilies();
                } else {
                    FlatRobotoFont.installStyle(FlatRobotoFont.STYLE_REGULAR);
                }
                StartupTrace.mark("warm-up: Roboto found");
                Class.forName("net.miginfocom.layout.PlatformDefaults", true, StartupWarmUp.class.getClassLoader());
                StartupTrace.mark("warm-up: MigLayout");
            } catch (ClassNotFoundException | RuntimeException | Error e) {
                // Only a head start: the kiosk does all of this itself as usual.
                Logging.log(StartupWarmUp.class).fine(() -> "start-up warm-up skipped: " + e);
            }
        }, "start-up-warm-up");
        t.setDaemon(true);
        t.start();
    }
}
