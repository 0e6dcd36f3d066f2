package app.kindred.ui.console;

import app.kindred.ui.ConsoleText;
import app.kindred.session.MonotonicClock;
import app.kindred.session.SessionEngine;
import app.kindred.ui.Edt;
import app.kindred.ui.lock.CornerTaps;
import app.kindred.ui.lock.FreshKeys;
import app.kindred.ui.lock.KioskLockdown;
import app.kindred.ui.lock.PinGate;
import app.kindred.ui.lock.PinPad;
import app.kindred.ui.lock.IdleLock;
import app.kindred.ui.room.RoomView;
import com.formdev.flatlaf.util.UIScale;
import java.awt.AWTEvent;
import java.awt.CardLayout;
import java.awt.Component;
import java.awt.Point;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.MouseEvent;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;

/**
 * Room mode wired: the room view for the projector, the console for the facilitator behind the
 * PIN, on one or two screens, locked down. Everything is built and used on the event thread.
 * Open the console with Ctrl+Shift+K, or five taps in the room view's top-left corner.
 */
public final class RoomApp implements ConsoleActions.Host {
    private static final Logger LOG = Logger.getLogger(RoomApp.class.getName());
    private static final int CORNER_LOGICAL = 72;
    private static final int DISPLAY_POLL_MILLIS = 2000;

    private final Workshop workshop;
    private final RoomView roomView;
    private final ConsolePanel consolePanel;
    private final PinPad pinPad;
    private final KioskLockdown lockdown;
    private final DisplayWindows windows;
    private final CardLayout hostCards = new CardLayout();
    private final JPanel consoleHost = new JPanel(hostCards);
    private final CornerTaps cornerTaps;
    private final Supplier<List<Display>> screens;
    private final Runnable onQuit;
    private final Timer displayWatch;
    private List<Display> lastScreens = List.of();
    private boolean unlocked;
    private FreshKeys freshKeys;
    private Runnable settingsOpener = () -> { };
    private Runnable summaryOpener = () -> { };
    private final AWTEventListener tapListener = this::cornerTap;
    /** The console locks itself when nobody has used it for a while, in every layout. */
    private final IdleLock idleLock;
    /** One PIN check for the console and the phone remote: one count of wrong guesses, one lockout. */
    private final PinGate pinGate;
    private app.kindred.net.phone.PhoneRemote phoneRemote;
    private final app.kindred.ui.ScrollBody consoleBody;
    private RoomHub hub;
    private KioskListPanel kioskList;

    /**
     * @param screens where to look for displays: {@link Displays#current()} in the app, made-up ones in tests
     * @param onQuit  what quitting from the console does (the app exits; tests just close)
     */
    public RoomApp(Sessions sessions, SessionEngine engine, app.kindred.persist.PinStore pins, MonotonicClock clock, Clock wallClock,
            Supplier<List<Display>> screens, Runnable onQuit) {
        Edt.check();
        this.screens = screens;
        this.onQuit = onQuit;
        workshop = new Workshop(engine);
        roomView = new RoomView(wallClock);
        roomView.setOptInLevels(p -> {
            app.kindred.content.ContentLibrary lib = sessions.library();
            return lib == null ? null : lib.deck(p.deckId()).filter(d -> d.isOptIn(p.level()))
                    .map(d -> d.levels().get(p.level() - 1)).orElse(null);
        });
        lockdown = new KioskLockdown(this::consoleKey);
        cornerTaps = new CornerTaps(clock::nanoTime);
        pinGate = new PinGate(pins, clock::nanoTime, wallClock);
        pinPad = new PinPad(pins, pinGate, this::onUnlocked, this::pinCancelled);
        idleLock = new IdleLock(clock::nanoTime, app.kindred.persist.SettingsStore.CONSOLE_LOCK_AFTER.defaultValue(),
                this::lockConsole);
        consolePanel = new ConsolePanel(workshop, sessions, wallClock, this);
        consolePanel.showProgramme(engine.record().programmeId());
        JPanel pinHolder = new JPanel(new MigLayout("fill", "[center]", "[center]"));
        pinHolder.setName("console.pinHolder");
        pinHolder.add(pinPad.component());
        consoleHost.setName("console.host");
        consoleHost.add(pinHolder, "pin");
        // Scrolls when a small screen or a large UI scale does not hold it all (finger-sized controls take room).
        consoleBody = new app.kindred.ui.ScrollBody("console.body", new MigLayout("fill, insets 0"));
        consoleBody.add(consolePanel.component(), "grow");
        consoleHost.add(consoleBody.inScrollPane(), "console");
        windows = new DisplayWindows(ConsoleText.get("room.window.title"), lockdown, roomView.component(), consoleHost);
        workshop.addView(s -> {
            roomView.render(s.session());
            roomView.setNote(s.note());
        });
        displayWatch = new Timer(DISPLAY_POLL_MILLIS, e -> checkDisplays());
    }

    /** Shows the room view (and the locked console) on the screens there are now. */
    public void show() {
        Edt.check();
        lock();
        lastScreens = screens.get();
        windows.arrange(lastScreens);
        fitConsoleToTouch();
        workshop.setTwoDisplays(windows.plan().mode() == DisplayPlan.Mode.SEPARATE);
        Toolkit.getDefaultToolkit().addAWTEventListener(tapListener, AWTEvent.MOUSE_EVENT_MASK);
        displayWatch.start();
        focusConsole();
    }

    /** The app keeps time on the engine's scheduler; this only starts the repaint timer. */
    public void startRepainting() {
        workshop.startRepainting();
    }

    public void close() {
        Edt.check();
        displayWatch.stop();
        workshop.stopRepainting();
        Toolkit.getDefaultToolkit().removeAWTEventListener(tapListener);
        idleLock.stop();
        stopPhoneRemote();
        lockdown.uninstall();
        pinPad.hidden();
        windows.disposeAll();
    }

    /** Looks at the screens again now (the timer does this every two seconds). */
    public void checkDisplays() {
        List<Display> now = screens.get();
        if (now.isEmpty() || now.equals(lastScreens)) {
            return;
        }
        LOG.info("screens changed: " + lastScreens.size() + " -> " + now.size());
        lastScreens = now;
        windows.arrange(now);
        fitConsoleToTouch();
        workshop.setTwoDisplays(windows.plan().mode() == DisplayPlan.Mode.SEPARATE);
        if (windows.plan().mode() == DisplayPlan.Mode.OVERLAY && !windows.consoleOpen()) {
            lockHidden(); // its window went with the screen: a hidden console is a locked one
        }
        focusConsole();
    }

    public void setSettingsOpener(Runnable r) {
        settingsOpener = r;
    }

    /** Puts the settings behind the console's Settings button. */
    public void setSettings(app.kindred.persist.SettingsStore settings) {
        idleLock.setAfter(settings.get(app.kindred.persist.SettingsStore.CONSOLE_LOCK_AFTER));
        startPhoneRemote(settings);
        SettingsPanel panel = new SettingsPanel(settings, this::showConsoleCard, () -> {
            pinPad.reset(true);
            pinPad.shown();
            hostCards.show(consoleHost, "pin");
            focusConsole();
        });
        JPanel holder = new JPanel(new MigLayout("fill", "[center]", "[center]"));
        holder.setName("console.settingsHolder");
        holder.add(panel.component());
        consoleHost.add(holder, "settings");
        settingsOpener = () -> {
            panel.load();
            hostCards.show(consoleHost, "settings");
            Edt.later(() -> panel.initialFocus().requestFocusInWindow());
        };
    }

    /** Puts the group summary (save as PDF, print) behind the console's Group summary button. */
    public void setSummaryOutput(app.kindred.persist.DataFolders folders, app.kindred.persist.SettingsStore settings) {
        GroupSummaryPanel panel = new GroupSummaryPanel(() -> workshop.engine().record(), folders, settings,
                this::showConsoleCard);
        JPanel holder = new JPanel(new MigLayout("fill", "[center]", "[center]"));
        holder.setName("console.summaryHolder");
        holder.add(panel.component());
        consoleHost.add(holder, "summary");
        summaryOpener = () -> {
            panel.reset();
            hostCards.show(consoleHost, "summary");
        };
    }

    private void showConsoleCard() {
        hostCards.show(consoleHost, "console");
        workshop.refresh();
        focusConsole();
    }

    private void pinCancelled() {
        if (unlocked) {
            pinPad.hidden();
            showConsoleCard();
        } else {
            closeConsole();
        }
    }

    public void setSummaryOpener(Runnable r) {
        summaryOpener = r;
    }

    public Workshop workshop() {
        return workshop;
    }

    public RoomView roomView() {
        return roomView;
    }

    public ConsolePanel consolePanel() {
        return consolePanel;
    }

    public DisplayWindows windows() {
        return windows;
    }

    public KioskLockdown lockdown() {
        return lockdown;
    }

    /** The console's idle lock (tests move a fake clock and check it). */
    public IdleLock idleLock() {
        return idleLock;
    }

    public boolean isUnlocked() {
        return unlocked;
    }

    /** Ctrl+Shift+K or the corner taps: open the console (PIN first), or close the overlay again. */
    public void consoleKey() {
        if (windows.plan() != null && windows.plan().mode() == DisplayPlan.Mode.OVERLAY) {
            if (windows.consoleOpen()) {
                closeConsole();
                return;
            }
            windows.setConsoleOpen(true);
        }
        // Hiding the console locked it (closeConsole), so this always asks for the PIN.
        showPin();
        focusConsole();
    }

    private void showPin() {
        pinPad.reset();
        pinPad.shown();
        hostCards.show(consoleHost, "pin");
        freshKeys = lockdown.freshKeysFromNow();
        lockdown.setEscapeAction(this::closeConsole);
    }

    private void onUnlocked() {
        unlocked = true;
        idleLock.start();
        pinPad.hidden();
        lockdown.stopFreshKeys(freshKeys);
        hostCards.show(consoleHost, "console");
        lockdown.setEscapeAction(this::closeConsole);
        workshop.refresh();
        focusConsole();
    }

    /**
     * Escape, Cancel or the console key: the overlay closes, and a hidden console is a locked one
     * (the next console key asks for the PIN again). A console window of its own stays, locked or not.
     */
    private void closeConsole() {
        if (windows.plan() != null && windows.plan().mode() == DisplayPlan.Mode.OVERLAY) {
            windows.setConsoleOpen(false);
            lockdown.setEscapeAction(null);
            lockHidden();
        } else if (!unlocked) {
            pinPad.reset();
        }
    }

    private void lockHidden() {
        unlocked = false;
        idleLock.stop();
        pinPad.reset();
        hostCards.show(consoleHost, "pin");
    }

    private void lock() {
        unlocked = false;
        idleLock.stop();
        showPin();
        if (windows.plan() != null && windows.plan().mode() == DisplayPlan.Mode.OVERLAY) {
            windows.setConsoleOpen(false);
        }
    }

    private void focusConsole() {
        Edt.later(() -> {
            if (!windows.consoleVisible()) {
                // Only the room view is up: it takes the focus so the console key still arrives.
                windows.roomFrame().toFront();
                windows.roomFrame().requestFocus();
                roomView.component().requestFocusInWindow();
                return;
            }
            JComponent target = pinPad.component().isShowing() ? pinPad.initialFocus() : consolePanel.initialFocus();
            if (windows.consoleFrame() != null) {
                windows.consoleFrame().toFront();
            }
            target.requestFocusInWindow();
        });
    }

    private void cornerTap(AWTEvent event) {
        if (event.getID() != MouseEvent.MOUSE_PRESSED || !(event instanceof MouseEvent m)) {
            return;
        }
        if (cornerTaps.tap(m, windows.roomFrame(), UIScale.scale(CORNER_LOGICAL))) {
            consoleKey();
        }
    }

    // ------------------------------------------------------------------ console host

    @Override
    public void swapDisplays() {
        windows.swap(screens.get());
        focusConsole();
    }

    @Override
    public void openSettings() {
        settingsOpener.run();
    }

    @Override
    public void groupSummary() {
        summaryOpener.run();
    }

    /**
     * Starts the phone remote when the settings turn it on (docs/NETWORK.md, "The phone remote"): it
     * drives this console's actions and shares its PIN lockout. A port already taken is logged and the
     * console runs on without it.
     */
    public void startPhoneRemote(app.kindred.persist.SettingsStore settings) {
        Edt.check();
        stopPhoneRemote();
        try {
            PhoneRoom room = new PhoneRoom(workshop, consolePanel.actions(), pinGate);
            // Its sessions expire on the real clock, as a phone in a pocket does.
            phoneRemote = app.kindred.net.phone.PhoneRemote.fromSettings(settings, room, room,
                    app.kindred.session.SystemClock.INSTANCE::nanoTime);
            consolePanel.showPhoneRemote(phoneRemoteUrl());
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warning("the phone remote could not start: " + e.getMessage());
        }
    }

    /** Where phones find the remote (for the console to show, as text or a QR code); null when it is off. */
    public String phoneRemoteUrl() {
        return phoneRemote == null ? null : phoneRemote.url();
    }

    private void stopPhoneRemote() {
        if (phoneRemote != null) {
            phoneRemote.close();
            phoneRemote = null;
        }
    }

    // ------------------------------------------------------------------ the workshop hub (issue 17)

    /**
     * Puts the room's workshop hub beside the agenda: the kiosks following the room, the address and
     * pairing code to join with (and their QR code). Starts the hub for the session shown now (off the
     * event thread), and a new one for every session the facilitator starts or takes back. Closing
     * the hub is for whoever made it ({@link RoomHub#close()}, off the event thread).
     */
    public void attachHub(RoomHub roomHub) {
        Edt.check();
        hub = roomHub;
        kioskList = new KioskListPanel(roomHub);
        consoleBody.add(kioskList, "growy, w 34%!");
        consoleBody.revalidate();
        workshop.onReplace(roomHub::start);
        roomHub.start(workshop.engine());
    }

    /** The hub attached, or null (the setting hubOn is off). */
    public RoomHub hub() {
        return hub;
    }

    /** The kiosk list on the console, or null without a hub. */
    public KioskListPanel kioskList() {
        return kioskList;
    }

    ConsolePanel consolePanelForTests() {
        return consolePanel;
    }

    /**
     * Over the room view the console is on the one screen there is, often a touch screen: its
     * controls grow to 44 px. On a screen of its own (a laptop with a mouse) it stays compact.
     */
    private void fitConsoleToTouch() {
        consolePanel.setTouch(windows.plan().mode() == DisplayPlan.Mode.OVERLAY);
    }

    @Override
    public void lockConsole() {
        lock();
        focusConsole();
    }

    @Override
    public void quit() {
        consolePanel.confirmQuit(() -> {
            LOG.info("quit from the console");
            onQuit.run();
        });
    }
}
