package app.kindred.app;

import app.kindred.KindredProperties;
import app.kindred.ui.FontFolder;
import com.formdev.flatlaf.fonts.roboto.FlatRobotoFont;
import java.awt.GraphicsEnvironment;

/**
 * The second core's share of the kiosk's start-up, on two threads while the main thread reads the
 * settings and the event thread sets up FlatLaf: one starts Java's font system and finds Roboto
 * (the longest single step before the first frame); the other connects to the display, runs
 * MigLayout's static set-up and reads FlatLaf's style annotations, which the event thread would
 * otherwise do while it builds the welcome screen. (Opening the X input method here too gained
 * nothing measurable, so it stays where Java puts it.) The numbers are in docs/TIMINGS.md.
 * Only what is safe on any thread: class
 * initialisation and reflection are the JVM's to order, and the font system is thread-safe.
 * Nothing waits for these threads; whatever they have not reached yet, the event thread simply
 * does itself. {@code -Dkindred.noWarmUp=true} turns them off, to measure what they gain.
 */
final class StartupWarmUp {
    private StartupWarmUp() {
    }

    static void start() {
        if (GraphicsEnvironment.isHeadless() || KindredProperties.isOn(KindredProperties.NO_WARM_UP)) {
            return;
        }
        daemon("start-up-fonts", () -> {
            if (FontFolder.serving()) {
                FontFolder.findFamilies();
            } else {
                FlatRobotoFont.installStyle(FlatRobotoFont.STYLE_REGULAR);
            }
            StartupTrace.mark("warm-up: Roboto found");
        });
        daemon("start-up-display", () -> {
            GraphicsEnvironment.getLocalGraphicsEnvironment();
            StartupTrace.mark("warm-up: graphics environment");
            try {
                Class.forName("net.miginfocom.layout.PlatformDefaults", true, StartupWarmUp.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            StartupTrace.mark("warm-up: MigLayout");
            readStyleAnnotations();
            StartupTrace.mark("warm-up: style annotations");
        });
    }

    /**
     * FlatLaf applies a style class by reading the {@code @Styleable} annotations of the component's
     * UI and border classes; the JDK parses each annotation once (making a proxy class the first
     * time), about 13 ms on the event thread while it builds the welcome screen. Reading them here
     * leaves it the cached result. Reflection only: the classes are not even initialised.
     */
    private static void readStyleAnnotations() {
        for (String name : new String[] {"com.formdev.flatlaf.ui.FlatLabelUI", "com.formdev.flatlaf.ui.FlatButtonUI",
            "com.formdev.flatlaf.ui.FlatButtonBorder", "com.formdev.flatlaf.ui.FlatPanelUI"}) {
            try {
                for (Class<?> c = Class.forName(name, false, StartupWarmUp.class.getClassLoader());
                        c != null && c != Object.class; c = c.getSuperclass()) {
                    c.getAnnotations();
                    for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                        f.getAnnotations();
                    }
                }
            } catch (ClassNotFoundException e) {
                // a FlatLaf without that class: nothing to read ahead
            }
        }
    }

    private static void daemon(String name, Runnable work) {
        Thread t = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException | Error e) {
                // Only a head start: the kiosk does all of this itself as usual.
                Logging.log(StartupWarmUp.class).fine(() -> "start-up warm-up skipped: " + e);
            }
        }, name);
        t.setDaemon(true);
        t.start();
    }
}
