package app.kindred.app;

import com.formdev.flatlaf.fonts.roboto.FlatRobotoFont;
import java.awt.GraphicsEnvironment;

/**
 * Starts Java's font system and registers Roboto Regular on the second core while the main thread
 * reads settings and the event thread sets up FlatLaf. The first font a JVM registers costs 80–150 ms
 * here (fontconfig, a temporary file, the security provider behind its name); later ones about 1 ms.
 * Nothing waits for this thread: if FlatLaf needs the font first, it simply loads it itself.
 * {@code -Dkindred.noWarmUp=true} turns it off, to measure what it gains.
 */
final class FontWarmUp {
    private FontWarmUp() {
    }

    static void start() {
        if (GraphicsEnvironment.isHeadless() || Boolean.getBoolean("kindred.noWarmUp")) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                GraphicsEnvironment.getLocalGraphicsEnvironment();
                FlatRobotoFont.installStyle(FlatRobotoFont.STYLE_REGULAR);
            } catch (RuntimeException | Error e) {
                // Only a head start: the kiosk loads its fonts itself as usual.
                Logging.log(FontWarmUp.class).fine(() -> "font warm-up skipped: " + e);
            }
        }, "font-warm-up");
        t.setDaemon(true);
        t.start();
    }
}
