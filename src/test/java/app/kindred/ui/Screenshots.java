package app.kindred.ui;

import app.kindred.ui.kiosk.KioskApp;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.JRootPane;
import javax.swing.SwingUtilities;

/**
 * Saves a PNG of every kiosk screen in every theme at 1280x800 and 1920x1080:
 * {@code scripts/screenshots.sh [OUT_DIR]} (default docs/screenshots, where they are committed).
 */
public final class Screenshots {
    record Shot(Theme theme, Dimension size) {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[args.length - 1] : "docs/screenshots");
        Files.createDirectories(out);
        for (Theme t : Theme.values()) {
            for (Dimension d : List.of(new Dimension(1280, 800), new Dimension(1920, 1080))) {
                shoot(new Shot(t, d), out);
            }
        }
        System.out.println("screenshots written to " + out.toAbsolutePath());
        System.exit(0);
    }

    private static void shoot(Shot shot, Path out) throws Exception {
        KioskApp[] app = new KioskApp[1];
        app.kindred.ui.kiosk.KioskHarness harness = new app.kindred.ui.kiosk.KioskHarness(home());
        SwingUtilities.invokeAndWait(() -> {
            shot.theme().install(Theme.fitScale(shot.size())); // as the default "auto" scale would
            app[0] = KioskApp.create(harness.options());
            app[0].show(GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice(), shot.size());
        });
        try {
            for (ScreenTour.Stop stop : ScreenTour.stops()) {
                SwingUtilities.invokeAndWait(() -> stop.go().accept(app[0], harness));
                settle();
                String file = String.format("%s-%s-%dx%d.png", stop.name(), shot.theme().key(),
                        shot.size().width, shot.size().height);
                SwingUtilities.invokeAndWait(() -> save(app[0].frame().frame().getRootPane(), out.resolve(file)));
            }
        } finally {
            SwingUtilities.invokeAndWait(() -> app[0].close());
        }
    }

    private static void settle() throws Exception {
        // Two rounds of the event queue: the card switch, then the deferred layout and focus.
        for (int i = 0; i < 3; i++) {
            SwingUtilities.invokeAndWait(() -> { });
            Thread.sleep(60);
        }
    }

    private static void save(JRootPane root, Path file) {
        root.validate();
        BufferedImage img = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            root.paint(g);
        } finally {
            g.dispose();
        }
        try {
            ImageIO.write(img, "png", new File(file.toString()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.nio.file.Path home() {
        try {
            return java.nio.file.Files.createTempDirectory("kindred-ui-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
