package app.kindred.app;

import app.kindred.KindredProperties;
import app.kindred.content.ContentLibrary;
import app.kindred.content.ContentLoader;
import app.kindred.content.Diagnostic;
import app.kindred.persist.DataFolders;
import app.kindred.persist.SessionJournal;
import app.kindred.persist.SettingsStore;
import app.kindred.session.DeckMemory;
import app.kindred.session.Mode;
import app.kindred.session.SystemClock;
import app.kindred.ui.Chimes;
import app.kindred.ui.Theme;
import app.kindred.ui.console.KioskConsole;
import app.kindred.ui.console.RoomMode;
import app.kindred.ui.kiosk.KioskApp;
import app.kindred.ui.kiosk.KioskLimits;
import app.kindred.ui.kiosk.KioskOptions;
import app.kindred.ui.kiosk.PrintingTakeHome;
import app.kindred.ui.kiosk.TakeHomeService;
import app.kindred.ui.room.RoomStyles;
import app.kindred.handout.HandoutRenderer;
import app.kindred.handout.Paper;
import app.kindred.handout.RenderOptions;
import app.kindred.print.Printing;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kindred kiosk} (and plain {@code java -jar kindred.jar}): the couple's full-screen kiosk with
 * the content in {@code exercises/} and {@code handouts/} under the working folder (or --content).
 */
@Command(name = "kiosk", description = "Open the full-screen kiosk (the default).", mixinStandardHelpOptions = true)
final class KioskCommand implements Callable<Integer> {

    @Option(names = "--content", paramLabel = "DIR", description = "Folder holding exercises/ and handouts/ (default: "
            + "-Dkindred.content, KINDRED_CONTENT, the working folder, or the project around the jar).")
    Path content = app.kindred.content.ContentRoot.locate();

    @Option(names = "--theme", paramLabel = "NAME", description = "light, dark or high-contrast (default: the saved setting).")
    String theme;

    @Option(names = "--scale", paramLabel = "PERCENT", description = "UI scale, 100 to 300 (default: the saved setting; "
            + "auto, the default setting, fits it to the screen: 125 at 1920x1080).")
    Integer scale;

    @Option(names = "--window", paramLabel = "WxH", description = "Open in a window of this size instead of full screen (for trying it out).")
    String window;

    @Option(names = "--room", description = "Room mode: the room view for the projector and the facilitator's console (also the setting mode=room).")
    boolean room;

    @Option(names = "--programme", paramLabel = "ID", description = "Room mode: the programme to prepare (default: the first room programme).")
    String programme;

    @Option(names = "--hub", paramLabel = "ADDRESS", description = "Follow the workshop hub at this address "
            + "(HOST, HOST:PORT or tcp://HOST:PORT) with the pairing saved by an earlier join, or pair now with --code.")
    String hub;

    @Option(names = "--code", paramLabel = "CODE", description = "With --hub: pair with the hub first, with the six-digit code its console shows.")
    String code;

    @Option(names = "--mute", description = "No chimes.")
    boolean mute;

    @Option(names = "--debug", description = "Print stack traces of failures.")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("kindred kiosk: there is no display here. Run it on a screen (or under xvfb-run).");
            return 2;
        }
        DataFolders folders = DataFolders.fromEnvironment();
        SettingsStore settings = SettingsStore.load(folders);
        Theme chosenTheme = Theme.parse(theme != null ? theme : settings.get(SettingsStore.THEME));
        app.kindred.ui.Motion.setReduced(settings.get(SettingsStore.REDUCE_MOTION));
        // null: fit to the screen (or window), measured on the event thread just before the theme is installed
        Integer percent = scale != null ? scale
                : settings.get(SettingsStore.UI_SCALE).map(f -> (int) Math.round(f * 100)).orElse(null);
        Dimension size = parseSize(window);
        RoomStyles.register();
        StartupTrace.mark("settings read");
        if (room || settings.get(SettingsStore.MODE) == Mode.ROOM) {
            EdtWatchdog.startForKiosk();
            return RoomMode.run(load(content), folders, settings, programme, chosenTheme, percent,
                    size == null ? null : new Rectangle(size));
        }
        app.kindred.ui.kiosk.RoomFollow room = workshop(folders);
        if (room == null) {
            return 2;
        }
        // The event thread starts on the look (the longest step of start-up) at once, while this
        // thread gathers what the kiosk needs; the first frame waits for whichever is last.
        CompletableFuture<KioskOptions> optionsReady = new CompletableFuture<>();
        CompletableFuture<ContentLibrary> library = new CompletableFuture<>();
        Lazy<Printing> printing = new Lazy<>(() -> Printing.open(folders));
        CountDownLatch closed = new CountDownLatch(1);
        SwingUtilities.invokeLater(() -> {
            StartupTrace.mark("event thread");
            chosenTheme.install(Theme.scaleFor(percent, size));
            StartupTrace.mark("theme installed");
            KioskOptions options = optionsReady.exceptionally(e -> null).join();
            if (options == null) {
                return; // this thread reports what went wrong
            }
            KioskApp app = KioskApp.create(options);
            app.followRoom(room);
            app.setSupport(settings.get(SettingsStore.SUPPORT_LINES), settings.get(SettingsStore.SUPPORT_NOTE));
            StartupTrace.mark("kiosk built");
            app.show(GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice(), size);
            StartupTrace.mark("frame shown");
            // Ready: the welcome screen is on the screen (first painted) and the events its showing
            // queued (focus, the pointer entering) are handled. At most 3 s: what follows must come.
            app.frame().whenFirstPainted(() -> {
                StartupTrace.mark("ready");
                StartupTrace.print();
                // From the first frame on, a hung event thread ends the kiosk (the service restarts it).
                EdtWatchdog.startForKiosk();
                // A second start on this data folder brings this window to the front instead.
                OneKiosk.onRaiseRequest(folders, () -> SwingUtilities.invokeLater(() -> {
                    app.frame().frame().toFront();
                    app.frame().frame().requestFocus();
                }));
                if (Boolean.getBoolean(KindredProperties.READY_MARKER)) {
                    System.out.println("KINDRED_READY");
                }
                // Locked down; the facilitator's console (Ctrl+Shift+K + PIN) is the way out. Attached
                // right after the first frame (it builds its PIN pad and settings panel), which stays
                // closed meanwhile: the frame ignores close requests until then.
                KioskConsole.attach(app.frame(), settings, SystemClock.INSTANCE, () -> {
                    app.close();
                    printing.ifMade(Printing::close);
                    closed.countDown();
                }).setAudioMissing(() -> app.chimes().unavailable()).setWorkshop(room, () -> { }, app::leaveRoom)
                        .setLive(new KioskLiveSettings(app, mute, options.access().speech(),
                                settings.get(SettingsStore.SPEECH_VOLUME)))
                        .setCrashProtection(app::crashProtection);
                if (!app.chimes().muted()) {
                    app.chimes().probe(); // a missing device is shown in the facilitator's menu from the start
                }
                if (Boolean.getBoolean(KindredProperties.EXIT_WHEN_READY)) {
                    // Training run for the class-data-sharing archive (see pom.xml): the JVM writes
                    // the classes of a start-up to target/kindred.jsa as it exits.
                    System.exit(0);
                }
                // Content loads once the first frame is up: YAML parsing (Jackson) stays off the
                // start-up path and does not compete with it for the CPU. Nobody needs it before "Start".
                CompletableFuture.runAsync(() -> {
                    try {
                        library.complete(load(content));
                    } catch (RuntimeException e) {
                        library.completeExceptionally(e);
                    }
                    // PDFBox and the fonts parsed while the welcome screen waits: the first print is quick.
                    HandoutRenderer.warmUp();
                });
            }, Duration.ofSeconds(3));
        });
        try {
            Paper paper = Paper.parse(settings.get(SettingsStore.PAPER));
            TakeHomeService takeHome = new PrintingTakeHome(library::join, printing::get,
                    () -> RenderOptions.defaults().withPaper(paper == null ? Paper.A4 : paper),
                    settings.get(SettingsStore.PAGES_PER_PACK));
            Chimes chimes = new Chimes(mute || !settings.get(SettingsStore.SOUND));
            chimes.setVolume(settings.get(SettingsStore.VOLUME));
            app.kindred.ui.kiosk.KioskAccess access = new app.kindred.ui.kiosk.KioskAccess(
                    settings.get(SettingsStore.SINGLE_KEY_SHORTCUTS),
                    settings.get(SettingsStore.SPEECH) && !mute ? new app.kindred.ui.SpdSay(settings.get(SettingsStore.SPEECH_VOLUME)) : null);
            optionsReady.complete(new KioskOptions(library, SystemClock.INSTANCE, true, folders,
                    takeHome, chimes,
                    settings.sessionSettings(new DeckMemory()), () -> new SessionJournal(folders),
                    settings.get(SettingsStore.IDLE_TIMEOUT), settings.get(SettingsStore.IDLE_ANSWER), null,
                    KioskLimits.from(settings), access));
        } catch (RuntimeException | Error e) {
            optionsReady.completeExceptionally(e);
            throw e;
        }
        StartupTrace.mark("options ready");
        closed.await();
        return 0;
    }

    /**
     * The kiosk's part in a workshop (docs/NETWORK.md): following the hub it paired with earlier,
     * or the one --hub names (pairing first with --code). Null after an error was printed.
     */
    private app.kindred.ui.kiosk.RoomFollow workshop(DataFolders folders) {
        app.kindred.ui.kiosk.RoomFollow room = new app.kindred.ui.kiosk.RoomFollow(
                folders.settingsFile().toAbsolutePath().getParent(), SystemClock.INSTANCE, Duration.ofSeconds(20));
        try {
            String url = hub == null ? null : app.kindred.ui.kiosk.RoomFollow.address(hub, null);
            if (url != null && code != null) {
                room.join(url, code);
                System.out.println("Paired with the workshop hub at " + url + ".");
            }
            if (!room.resume(url) && url != null) {
                System.err.println("kindred kiosk --hub: this kiosk is not paired with that hub yet. Add --code with the "
                        + "pairing code the console shows, or join from the facilitator menu.");
                return null;
            }
            if (room.joined()) {
                log().info("following the workshop hub at " + room.url());
            }
        } catch (app.kindred.ui.kiosk.RoomFollow.JoinFailed e) {
            System.err.println("kindred kiosk --hub: " + switch (e.problem()) {
                case BAD_ADDRESS -> "\"" + hub + "\" is not a hub address (HOST, HOST:PORT or tcp://HOST:PORT).";
                case BAD_CODE -> "the pairing code is six digits.";
                case WRONG_CODE -> "the hub did not accept that pairing code.";
                case UNREACHABLE -> "no hub could be reached at " + hub + ".";
                case TIMEOUT -> "the hub did not answer in time.";
                default -> "pairing did not work (see the log).";
            });
            return null;
        } catch (java.io.IOException e) {
            System.err.println("kindred kiosk: the saved workshop pairing could not be read: " + e.getMessage());
            return null;
        }
        return room;
    }

    /** Not a static field: java.util.logging starts on its own thread, not on the start-up path. */
    private static Logger log() {
        return Logging.log(KioskCommand.class);
    }

    static ContentLibrary load(Path root) {
        ContentLoader.Result r = ContentLoader.load(root);
        for (Diagnostic d : r.diagnostics()) {
            log().warning("content: " + d);
        }
        log().info(() -> "content: " + r.fileCount() + " files, " + r.library().exercises().size() + " exercises");
        return r.library();
    }

    static Dimension parseSize(String text) {
        if (text == null) {
            return null;
        }
        String[] wh = text.toLowerCase(java.util.Locale.ROOT).split("x");
        try {
            return new Dimension(Integer.parseInt(wh[0].strip()), Integer.parseInt(wh[1].strip()));
        } catch (RuntimeException e) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(new KioskCommand()),
                    "--window wants WIDTHxHEIGHT, e.g. 1280x800; got " + text);
        }
    }

    /** Made on first use, from any thread; closed at exit only if it was made. */
    private static final class Lazy<T> {
        private final java.util.function.Supplier<T> make;
        private T value;

        Lazy(java.util.function.Supplier<T> make) {
            this.make = make;
        }

        synchronized T get() {
            if (value == null) {
                value = make.get();
            }
            return value;
        }

        synchronized void ifMade(java.util.function.Consumer<T> use) {
            if (value != null) {
                use.accept(value);
            }
        }
    }

}
