package app.kindred.app;

import app.kindred.content.ContentLibrary;
import app.kindred.content.Programme;
import app.kindred.net.KioskLink;
import app.kindred.persist.DataFolders;
import app.kindred.persist.SettingsStore;
import app.kindred.session.DeckMemory;
import app.kindred.session.Mode;
import app.kindred.session.SessionEngine;
import app.kindred.session.SystemClock;
import app.kindred.ui.Edt;
import app.kindred.ui.MessageBundle;
import app.kindred.ui.Theme;
import app.kindred.ui.console.SecondRoomView;
import app.kindred.ui.kiosk.RoomFollow;
import app.kindred.ui.room.RoomStyles;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kindred room-view --hub HOST[:PORT] [--code NNNNNN]}: a second room view (a projector or a
 * TV in another corner) that pairs with the console's hub like a kiosk, asks the room which
 * programme it runs and shows only the room view, full screen, on the room's step (docs/NETWORK.md).
 * Its pairing is kept in files of its own beside the settings, apart from a kiosk's.
 */
@Command(name = "room-view", description = "Show the room view of a workshop that a console runs, on a second screen.",
        mixinStandardHelpOptions = true)
final class RoomViewCommand implements Callable<Integer> {

    @Option(names = "--hub", required = true, paramLabel = "ADDRESS", description = "The console's hub (HOST, HOST:PORT or "
            + "tcp://HOST:PORT); followed with the pairing saved by an earlier --code.")
    String hub;

    @Option(names = "--code", paramLabel = "CODE", description = "Pair with the hub first, with the six-digit code its console shows.")
    String code;

    @Option(names = "--content", paramLabel = "DIR", description = "Folder holding exercises/ and handouts/ (as for kindred kiosk).")
    Path content = app.kindred.content.ContentRoot.locate();

    @Option(names = "--theme", paramLabel = "NAME", description = "light, dark or high-contrast (default: the saved setting).")
    String theme;

    @Option(names = "--scale", paramLabel = "PERCENT", description = "UI scale, 100 to 300 (default: fitted to the screen).")
    Integer scale;

    @Option(names = "--window", paramLabel = "WxH", description = "Open in a window of this size instead of full screen.")
    String window;

    /** How long pairing and asking the room may take. */
    Duration wait = Duration.ofSeconds(20);

    private static final MessageBundle KIOSKS = new MessageBundle("app.kindred.ui.console.Kiosks");

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        if (GraphicsEnvironment.isHeadless()) {
            err.println(text("roomView.noDisplay"));
            return 2;
        }
        DataFolders folders = DataFolders.fromEnvironment();
        SettingsStore settings = SettingsStore.load(folders);
        RoomFollow follow = RoomFollow.forRoomView(folders.settingsFile().toAbsolutePath().getParent(),
                SystemClock.INSTANCE, wait);
        String url;
        try {
            url = RoomFollow.address(hub, null);
            if (code != null) {
                follow.join(url, code);
                out.println(text("roomView.paired", url));
            }
            if (!follow.resume(url)) {
                err.println(text("roomView.notPaired"));
                return 2;
            }
        } catch (RoomFollow.JoinFailed e) {
            err.println(text("roomView.problem", KIOSKS.get("join.problem." + e.problem().name())));
            return 2;
        } catch (IOException e) {
            err.println(text("roomView.badPairing", e.getMessage()));
            return 2;
        }
        String id = follow.programme();
        if (id == null) {
            err.println(text("roomView.noProgramme", url));
            return 2;
        }
        ContentLibrary library = KioskCommand.load(content);
        Programme programme = library.programme(id).orElse(null);
        if (programme == null) {
            err.println(text("roomView.unknownProgramme", id, content));
            return 2;
        }
        SessionEngine engine = new SessionEngine(programme, library, null,
                settings.sessionSettings(new DeckMemory()).withMode(Mode.ROOM), SystemClock.INSTANCE);
        KioskLink link = follow.link(engine, id);
        out.println(text("roomView.following", url));
        Logging.log(RoomViewCommand.class).info("a second room view follows the hub at " + url + ", programme " + id);
        Dimension size = KioskCommand.parseSize(window);
        Theme chosen = Theme.parse(theme != null ? theme : settings.get(SettingsStore.THEME));
        CountDownLatch closed = new CountDownLatch(1);
        SecondRoomView[] view = new SecondRoomView[1];
        Edt.runAndWait(() -> {
            RoomStyles.register();
            chosen.install(Theme.scaleFor(scale, size));
            view[0] = new SecondRoomView(engine, library, Clock.systemDefaultZone(), link::connected);
            view[0].show(GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice(),
                    size == null ? null : new Rectangle(size), closed::countDown);
        });
        closed.await();
        Edt.runAndWait(view[0]::close);
        link.close();
        return 0;
    }

    private static String text(String key, Object... args) {
        ResourceBundle b = ResourceBundle.getBundle("app.kindred.app.AppMessages");
        return new MessageFormat(b.getString(key), Locale.getDefault()).format(args);
    }
}
