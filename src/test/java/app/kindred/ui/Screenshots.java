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
 * The kiosk offers the shipped content (exercises/, handouts/, read as the kiosk reads them), and
 * the tour goes through the shipped {@value #EXERCISE}: what the pictures show is what couples see.
 */
public final class Screenshots {
    /** A shipped exercise with a prompt card, turns that change hands and a written reflection. */
    static final String EXERCISE = "question-ladder";

    record Shot(Theme theme, Dimension size) {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[args.length - 1] : "docs/screenshots");
        Files.createDirectories(out);
        for (Theme t : Theme.values()) {
            for (Dimension d : List.of(new Dimension(1280, 800), new Dimension(1920, 1080))) {
                // -Dscreenshots.only=light-1280x800 takes one theme and size, for a quick look.
                String only = System.getProperty("screenshots.only");
                if (only != null && !only.equals(t.key() + "-" + d.width + "x" + d.height)) {
                    continue;
                }
                shoot(new Shot(t, d), out);
            }
        }
        System.out.println("screenshots written to " + out.toAbsolutePath());
        System.exit(0);
    }

    private static void shoot(Shot shot, Path out) throws Exception {
        app.kindred.ui.kiosk.KioskHarness harness = new app.kindred.ui.kiosk.KioskHarness(home());
        harness.library = java.util.concurrent.CompletableFuture.completedFuture(shippedContent());
        SwingUtilities.invokeAndWait(() -> shot.theme().install(Theme.fitScale(shot.size()))); // as "auto" would
        KioskApp app = open(harness, shot);
        try {
            for (ScreenTour.Stop stop : ScreenTour.stops(EXERCISE)) {
                SwingUtilities.invokeAndWait(() -> stop.go().accept(app, harness));
                settle();
                save(app, stop.name(), shot, out);
            }
        } finally {
            SwingUtilities.invokeAndWait(app::close);
        }
        shootRecovery(harness, shot, out);
    }

    /**
     * The crash-recovery card: a couple mid-exercise, the kiosk gone without a goodbye (its journal on
     * disk, as after a power cut), and a new kiosk on the same data folder.
     */
    private static void shootRecovery(app.kindred.ui.kiosk.KioskHarness harness, Shot shot, Path out) throws Exception {
        KioskApp crashed = open(harness, shot);
        for (ScreenTour.Stop stop : ScreenTour.stops(EXERCISE)) {
            SwingUtilities.invokeAndWait(() -> stop.go().accept(crashed, harness));
            if (stop.name().equals("exercise")) {
                break;
            }
        }
        SwingUtilities.invokeAndWait(() -> crashed.engine().checkpoint());
        harness.journal().flush();
        SwingUtilities.invokeAndWait(crashed::close);
        KioskApp restarted = open(harness, shot);
        try {
            restarted.recovery().get(20, java.util.concurrent.TimeUnit.SECONDS);
            settle();
            save(restarted, "recovery", shot, out);
        } finally {
            SwingUtilities.invokeAndWait(restarted::close);
        }
    }

    /** The exercises, decks, programmes and handouts in this checkout, as the kiosk loads them; any problem stops the pictures. */
    public static app.kindred.content.ContentLibrary shippedContent() {
        var loaded = app.kindred.content.ContentLoader.load(Path.of("."));
        if (!loaded.errors().isEmpty()) {
            throw new IllegalStateException("the shipped content has errors: " + loaded.errors());
        }
        return loaded.library();
    }

    private static KioskApp open(app.kindred.ui.kiosk.KioskHarness harness, Shot shot) throws Exception {
        KioskApp[] app = new KioskApp[1];
        SwingUtilities.invokeAndWait(() -> {
            app[0] = KioskApp.create(harness.options());
            app[0].show(GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice(), shot.size());
        });
        return app[0];
    }

    private static void save(KioskApp app, String name, Shot shot, Path out) throws Exception {
        String file = String.format("%s-%s-%dx%d.png", name, shot.theme().key(), shot.size().width, shot.size().height);
        SwingUtilities.invokeAndWait(() -> {
            app.navigator().settle(); // the screen as it stays, not part-way through its arrival
            save(app.frame().frame().getRootPane(), out.resolve(file));
        });
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
