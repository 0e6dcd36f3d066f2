package app.kindred.ui.console;

import app.kindred.session.FakeClock;
import app.kindred.session.SessionEngine;
import app.kindred.ui.Theme;
import app.kindred.persist.PinStore;
import app.kindred.ui.room.RoomStyles;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;

/**
 * Saves PNGs of the room view and the console in every theme at 1280x800 and 1920x1080; run by
 * {@code scripts/screenshots.sh} after the kiosk's screens ({@link app.kindred.ui.Screenshots}).
 * Files: {@code room-STATE-THEME-WxH.png} and {@code console-STATE-THEME-WxH.png}. The room runs the
 * shipped {@value #PROGRAMME} from the shipped content, as a facilitator would choose it.
 */
public final class RoomScreenshots {
    /** The shipped room programme the pictures follow. */
    static final String PROGRAMME = "evening-workshop";

    private RoomScreenshots() {
    }

    record Stop(String name, Consumer<Ctx> go) {
    }

    record Ctx(FakeClock clock, SessionEngine engine, RoomApp app) {
        void cmd(Runnable r) {
            r.run();
            app.workshop().refresh();
        }
    }

    /**
     * The room's evening, each stop found from the session's state (the next change of roles, the
     * break, the first prompt card), so the programme's own exercises and lengths decide.
     */
    static List<Stop> stops() {
        return List.of(
                new Stop("ready", c -> { }),
                new Stop("step", c -> c.cmd(() -> {
                    c.engine().start();
                    c.clock().advanceSeconds(20);
                })),
                new Stop("warning", c -> c.cmd(() ->
                        c.clock().advance(c.engine().snapshot().remaining().minusSeconds(25)))),
                new Stop("switch", c -> c.cmd(() -> {
                    skipUntil(c, "a change of roles", s -> s.switchRoles());
                    c.clock().advanceSeconds(8);
                })),
                new Stop("paused", c -> c.cmd(() -> c.engine().pause())),
                new Stop("timeout", c -> c.cmd(() -> {
                    c.engine().resume();
                    c.engine().timeOut();
                    c.clock().advanceSeconds(40);
                })),
                new Stop("break", c -> c.cmd(() -> {
                    c.engine().endTimeOut(true);
                    skipUntil(c, "a break", s -> s.isBreak());
                    c.clock().advanceSeconds(65);
                    c.app().workshop().setNote("Back in 5 minutes \u2014 tea is in the kitchen");
                })),
                new Stop("prompt", c -> c.cmd(() -> {
                    c.app().workshop().setNote("");
                    skipUntil(c, "a prompt card", s -> s.prompt() != null);
                    c.clock().advanceSeconds(30);
                })),
                new Stop("finished", c -> c.cmd(() -> c.engine().endEarly())));
    }

    /** Skips steps until the room's step is the one wanted (at most 100); the programme must have one. */
    private static void skipUntil(Ctx c, String what, java.util.function.Predicate<app.kindred.session.SessionSnapshot> wanted) {
        for (int i = 0; i < 100; i++) {
            if (wanted.test(c.engine().snapshot())) {
                return;
            }
            c.engine().skip();
        }
        throw new IllegalStateException(PROGRAMME + " has no step with " + what);
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        // -Dscreenshots.only=light-1920x1080 takes one theme and size, for a quick look.
        String only = System.getProperty("screenshots.only");
        for (Theme theme : Theme.values()) {
            for (int[] size : new int[][] {{1280, 800}, {1920, 1080}}) {   // a laptop; a projector at full HD
                if (only == null || only.equals(theme.key() + "-" + size[0] + "x" + size[1])) {
                    shoot(theme, out, size[0], size[1]);
                }
            }
        }
        if (only == null) {
            overlay(out, 1280, 800);
        }
        System.out.println("room and console screenshots written to " + out.toAbsolutePath());
        System.exit(0);
    }

    static void shoot(Theme theme, Path out, int w, int h) throws Exception {
        FakeClock clock = new FakeClock();
        SessionEngine engine = Workshops.sessions(clock, shipped()).create(shipped().programme(PROGRAMME).orElseThrow());
        Path home = Files.createTempDirectory("kindred-shots");
        PinStore pins = new PinStore(new app.kindred.persist.DataFolders(home));
        RoomApp[] app = new RoomApp[1];
        // Two made-up displays side by side on the one screen: room view left, console right.
        List<Display> two = List.of(new Display("laptop", new Rectangle(0, 0, w, h), true),
                new Display("projector", new Rectangle(0, 0, w, h), false));
        SwingUtilities.invokeAndWait(() -> {
            RoomStyles.register();
            theme.install(Theme.fitScale(new java.awt.Dimension(w, h))); // as the "auto" setting would
            app[0] = new RoomApp(Workshops.sessions(clock, shipped()), engine, pins, clock, Workshops.WALL, () -> two, () -> { });
            app[0].windows().setWindowed(new Rectangle(0, 0, w, h));
            app[0].show();
        });
        Ctx ctx = new Ctx(clock, engine, app[0]);
        try {
            for (Stop stop : stops()) {
                SwingUtilities.invokeAndWait(() -> stop.go().accept(ctx));
                settle();
                boolean consoleShot = List.of("step", "break", "finished").contains(stop.name());
                boolean[] locked = new boolean[1];
                SwingUtilities.invokeAndWait(() -> locked[0] = !app[0].isUnlocked());
                if (consoleShot && locked[0] && !stop.name().equals("ready")) {
                    // Minutes on the fake clock lock an untouched console (IdleLock): the break's shot was
                    // of the PIN pad. Open it again, as the facilitator would, before the picture.
                    unlock(app[0]);
                    settle();
                }
                String suffix = String.format("%s-%s-%dx%d.png", stop.name(), theme.key(), w, h);
                SwingUtilities.invokeAndWait(() -> {
                    save(app[0].windows().roomFrame().getRootPane(), out.resolve("room-" + suffix));
                    if (consoleShot) {
                        save(app[0].windows().consoleFrame().getRootPane(), out.resolve("console-" + suffix));
                    }
                });
                if (stop.name().equals("ready")) {
                    // No PIN yet: the console stays locked and says how to set one at the machine.
                    SwingUtilities.invokeAndWait(() -> save(app[0].windows().consoleFrame().getRootPane(),
                            out.resolve("console-locked-" + theme.key() + "-" + w + "x" + h + ".png")));
                    SwingUtilities.invokeAndWait(() -> {
                        pins.set(RoomAppTestBase.PIN.toCharArray()); // as `kindred set-pin` would
                        app[0].lockConsole();
                    });
                    settle();
                    SwingUtilities.invokeAndWait(() -> save(app[0].windows().consoleFrame().getRootPane(),
                            out.resolve("console-pin-" + theme.key() + "-" + w + "x" + h + ".png")));
                    unlock(app[0]);
                }
            }
        } finally {
            SwingUtilities.invokeAndWait(() -> app[0].close());
        }
    }

    private static app.kindred.content.ContentLibrary shipped;

    /** The content in this checkout, as the kiosk loads it (read once). */
    static synchronized app.kindred.content.ContentLibrary shipped() {
        if (shipped == null) {
            shipped = app.kindred.ui.Screenshots.shippedContent();
        }
        return shipped;
    }

    /** One screen: the console drawn over the room view. */
    static void overlay(Path out, int w, int h) throws Exception {
        FakeClock clock = new FakeClock();
        SessionEngine engine = Workshops.sessions(clock, shipped()).create(shipped().programme(PROGRAMME).orElseThrow());
        Path home = Files.createTempDirectory("kindred-shots");
        PinStore pins = new PinStore(new app.kindred.persist.DataFolders(home));
        pins.set(RoomAppTestBase.PIN.toCharArray());
        RoomApp[] app = new RoomApp[1];
        List<Display> one = List.of(new Display("laptop", new Rectangle(0, 0, w, h), true));
        SwingUtilities.invokeAndWait(() -> {
            Theme.LIGHT.install(Theme.fitScale(new java.awt.Dimension(w, h)));
            app[0] = new RoomApp(Workshops.sessions(clock, shipped()), engine, pins, clock, Workshops.WALL, () -> one, () -> { });
            app[0].windows().setWindowed(new Rectangle(0, 0, w, h));
            app[0].show();
            engine.start();
            clock.advanceSeconds(50);
            app[0].workshop().refresh();
            app[0].consoleKey();
        });
        try {
            SwingUtilities.invokeAndWait(() -> {
                javax.swing.JPasswordField f = (javax.swing.JPasswordField) find(app[0].windows().roomFrame().getRootPane(), "pin.field");
                f.setText(RoomAppTestBase.PIN);
                f.postActionEvent();
            });
            for (int i = 0; i < 100; i++) {
                boolean[] done = new boolean[1];
                SwingUtilities.invokeAndWait(() -> done[0] = app[0].isUnlocked());
                if (done[0]) {
                    break;
                }
                Thread.sleep(50);
            }
            settle();
            SwingUtilities.invokeAndWait(() -> save(app[0].windows().roomFrame().getRootPane(),
                    out.resolve("console-overlay-light-" + w + "x" + h + ".png")));
            // Quit asks once more, in a rounded card of its own.
            SwingUtilities.invokeAndWait(() -> ((javax.swing.AbstractButton) find(app[0].windows().roomFrame().getRootPane(),
                    "console.quit")).doClick());
            settle();
            SwingUtilities.invokeAndWait(() -> save(app[0].windows().roomFrame().getRootPane(),
                    out.resolve("console-quit-light-" + w + "x" + h + ".png")));
        } finally {
            SwingUtilities.invokeAndWait(() -> app[0].close());
        }
    }

    private static void unlock(RoomApp app) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            javax.swing.JPasswordField f = (javax.swing.JPasswordField) find(app.windows().consoleFrame().getRootPane(), "pin.field");
            f.setText(RoomAppTestBase.PIN);
            f.postActionEvent();
        });
        for (int i = 0; i < 100 && !SwingUtilities.isEventDispatchThread(); i++) {
            boolean[] done = new boolean[1];
            SwingUtilities.invokeAndWait(() -> done[0] = app.isUnlocked());
            if (done[0]) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("console did not unlock");
    }

    static java.awt.Component find(java.awt.Container root, String name) {
        for (java.awt.Component c : root.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
            if (c instanceof java.awt.Container k) {
                java.awt.Component f = find(k, name);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private static void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            SwingUtilities.invokeAndWait(() -> { });
            Thread.sleep(60);
        }
    }

    static void save(JComponent c, Path file) {
        BufferedImage img = new BufferedImage(c.getWidth(), c.getHeight(), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        c.paint(g);
        g.dispose();
        try {
            ImageIO.write(img, "png", file.toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
