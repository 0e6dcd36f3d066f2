package app.kindred.ui;

import app.kindred.ui.kiosk.KioskApp;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import javax.swing.SwingUtilities;

/** Opens the kiosk with the fixture library in a window: {@code DevKiosk [theme] [scale] [WxH]}. */
public final class DevKiosk {
    public static void main(String[] args) {
        Theme theme = Theme.parse(args.length > 0 ? args[0] : "light");
        int scale = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Dimension size = null;
        if (args.length > 2) {
            String[] wh = args[2].split("x");
            size = new Dimension(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
        }
        Dimension s = size;
        SwingUtilities.invokeLater(() -> {
            theme.install(scale);
            KioskApp app = KioskApp.create(new app.kindred.ui.kiosk.KioskHarness(home()).realTimeOptions());
            app.frame().onCloseRequest(() -> System.exit(0));
            app.show(GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice(), s);
        });
    }

    private static java.nio.file.Path home() {
        try {
            return java.nio.file.Files.createTempDirectory("kindred-ui-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
