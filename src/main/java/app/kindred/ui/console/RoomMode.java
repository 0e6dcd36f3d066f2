package app.kindred.ui.console;

import app.kindred.content.ContentLibrary;
import app.kindred.content.Programme;
import app.kindred.persist.DataFolders;
import app.kindred.persist.Recovery;
import app.kindred.persist.SessionJournal;
import app.kindred.persist.SettingsStore;
import app.kindred.session.SessionEngine;
import app.kindred.session.SystemClock;
import app.kindred.ui.Edt;
import app.kindred.ui.Theme;
import app.kindred.persist.PinStore;
import app.kindred.ui.room.RoomStyles;
import java.awt.Rectangle;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;

/**
 * {@code kindred kiosk --room} (or the setting mode=room): the room view on the projector and the
 * facilitator's console, instead of the couple's kiosk. A session interrupted by a crash comes back
 * paused, and the console offers to keep it or discard it.
 */
public final class RoomMode {
    private static final Logger LOG = Logger.getLogger(RoomMode.class.getName());

    private RoomMode() {
    }

    /**
     * Runs room mode until the facilitator quits from the console; returns the exit code.
     *
     * @param programmeId the programme to prepare, or null for the first room programme
     * @param scalePercent the UI scale, or null to fit it to the screen (or window)
     * @param windowed    a window of this size instead of full screen (trying it out), or null
     */
    public static int run(ContentLibrary library, DataFolders folders, SettingsStore settings, String programmeId,
            Theme theme, Integer scalePercent, Rectangle windowed) throws InterruptedException {
        // Tried on an X server with two separate screens (Xvfb -screen 0 -screen 1): with the XRender
        // pipeline the second window stayed blank; the plain X11 pipeline paints both. Our drawing is
        // text and flat shapes, so nothing is lost. Only set before Java2D starts, and never over a user's choice.
        if (System.getProperty("sun.java2d.xrender") == null) {
            System.setProperty("sun.java2d.xrender", "false");
        }
        List<Programme> choices = SessionBar.choices(library);
        if (choices.isEmpty()) {
            System.err.println("kindred kiosk --room: no programme found in exercises/programmes/. "
                    + "Run `kindred validate` to see why.");
            return 2;
        }
        Programme first = choices.get(0);
        if (programmeId != null) {
            first = library.programme(programmeId).orElse(null);
            if (first == null) {
                System.err.println("kindred kiosk --room: there is no programme \"" + programmeId + "\". Known: "
                        + String.join(", ", choices.stream().map(Programme::id).toList()));
                return 2;
            }
        }
        SessionJournal journal = new SessionJournal(folders);
        JournaledSessions sessions = new JournaledSessions(library, settings, journal);
        Recovery recovery = journal.recover(library, SystemClock.INSTANCE, sessions.memory());
        if (recovery.message() != null) {
            LOG.info("start-up: " + recovery.outcome());
        }
        SessionEngine engine;
        if (recovery.outcome() == Recovery.Outcome.RECOVERED) {
            engine = recovery.engine();
            sessions.adopt(engine);
        } else {
            engine = sessions.create(first);
        }
        RoomHub hub = startHub(folders, settings);
        CountDownLatch quit = new CountDownLatch(1);
        RoomApp[] app = new RoomApp[1];
        SessionEngine shown = engine;
        SwingUtilities.invokeLater(() -> {
            RoomStyles.register();
            theme.install(Theme.scaleFor(scalePercent, windowed == null ? null : windowed.getSize()));
            app[0] = new RoomApp(sessions, shown, PinStore.beside(settings), SystemClock.INSTANCE,
                    Clock.systemDefaultZone(), Displays::current, quit::countDown);
            app[0].setSettings(settings);
            app[0].setSummaryOutput(folders, settings);
            app[0].windows().setWindowed(windowed);
            app[0].show();
            app[0].consolePanel().offerRecovery(recovery);
            RoomApp shownApp = app[0];
            shownApp.consolePanel().showCrashProtection(journal.crashProtection());
            journal.addCrashProtectionListener(p -> Edt.run(() -> shownApp.consolePanel().showCrashProtection(p)));
            if (hub != null) {
                app[0].attachHub(hub);
            }
            app[0].startRepainting();
        });
        quit.await();
        boolean finished = Edt.call(() -> app[0].workshop().engine().snapshot().finished());
        Edt.runAndWait(() -> app[0].close());
        if (hub != null) {
            hub.close();
        }
        sessions.closeAll();
        if (finished) {
            // Nothing to come back to: a finished session must not be offered for recovery next time.
            journal.wipe();
        }
        return 0;
    }

    /** The workshop hub unless the settings turn it off (kiosks pair with it: docs/NETWORK.md). */
    private static RoomHub startHub(DataFolders folders, SettingsStore settings) {
        try {
            return RoomHub.fromSettings(settings, folders.settingsFile().resolveSibling("hub-devices.json"));
        } catch (java.io.IOException e) {
            LOG.log(java.util.logging.Level.WARNING, "the workshop hub's device list could not be read; no hub", e);
            return null;
        }
    }
}
