package app.kindred.ui.console;

import app.kindred.ui.ConsoleText;
import app.kindred.persist.PinStore;
import app.kindred.persist.SettingsStore;
import app.kindred.session.MonotonicClock;
import app.kindred.ui.Edt;
import app.kindred.ui.KioskFrame;
import app.kindred.ui.Widgets;
import app.kindred.ui.lock.CornerTaps;
import app.kindred.ui.lock.FreshKeys;
import app.kindred.ui.lock.KioskLockdown;
import app.kindred.ui.lock.PinGate;
import app.kindred.ui.lock.PinPad;
import app.kindred.ui.lock.IdleLock;
import com.formdev.flatlaf.util.UIScale;
import java.awt.AWTEvent;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.ActionEvent;
import java.awt.event.MouseEvent;
import java.util.logging.Logger;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;

/**
 * The facilitator's way into (and out of) the couple's kiosk: the kiosk frame is locked down, and
 * Ctrl+Shift+K or five taps in the top-left corner bring up the PIN pad; behind it a small console
 * with the settings and "Quit Kindred".
 */
public final class KioskConsole {
    private static final Logger LOG = Logger.getLogger(KioskConsole.class.getName());
    private static final int CORNER_LOGICAL = 72;

    private final KioskFrame frame;
    private final KioskLockdown lockdown;
    private final PinPad pinPad;
    private final SettingsPanel settingsPanel;
    private final JPanel menu = new JPanel(new MigLayout("insets 32, wrap 1, fillx, gapy 12", "[center, grow]"));
    private final JButton menuSettings;
    private final CornerTaps taps;
    private final AWTEventListener tapListener = this::cornerTap;
    private final IdleLock idleLock;
    /** "Crash protection is off: the disk is full", shown in the menu while it is so. */
    private final javax.swing.JLabel protection = Widgets.label("kioskConsole.crashProtection", "warning", " ");
    /** "No audio device", shown in the menu while the kiosk has none (not only in the log). */
    private final javax.swing.JLabel audio = Widgets.label("kioskConsole.noAudio", "warning", ConsoleText.get("kioskConsole.noAudio"));
    private java.util.function.BooleanSupplier noAudio = () -> false;
    private java.util.function.Supplier<app.kindred.persist.CrashProtection> crashProtection =
            () -> app.kindred.persist.CrashProtection.ON;
    private FreshKeys freshKeys;
    private Runnable workshopShown = () -> { };

    private KioskConsole(KioskFrame frame, SettingsStore settings, MonotonicClock clock, Runnable quit) {
        this.frame = frame;
        PinStore pins = PinStore.beside(settings);
        lockdown = new KioskLockdown(this::open);
        pinPad = new PinPad(pins, new PinGate(pins, clock::nanoTime, java.time.Clock.systemUTC()), this::unlocked, this::close);
        // Settings and Quit never stay open behind an unattended kiosk.
        idleLock = new IdleLock(clock::nanoTime, settings.get(SettingsStore.CONSOLE_LOCK_AFTER), this::close);
        settingsPanel = new SettingsPanel(settings, this::showMenu, () -> {
            pinPad.reset(true);
            showPin();
        });
        taps = new CornerTaps(clock::nanoTime);
        menu.setName("kioskConsole");
        Widgets.style(menu, "card");
        menu.getAccessibleContext().setAccessibleName(ConsoleText.get("kioskConsole.heading"));
        menu.add(Widgets.label("kioskConsole.heading", "title", ConsoleText.get("kioskConsole.heading")));
        protection.setVisible(false);
        menu.add(protection, "hidemode 3, wmax 560lp");
        audio.setVisible(false);
        menu.add(audio, "hidemode 3, wmax 560lp");
        menuSettings = button("kioskConsole.settings", () -> {
            settingsPanel.load();
            frame.showOverlay(settingsPanel.component(), settingsPanel.initialFocus());
        });
        menu.add(menuSettings, "growx");
        menu.add(button("kioskConsole.close", this::close), "growx");
        // Quit stands apart, below the rest, and asks once more: a slip would close the kiosk for the evening.
        JPanel confirm = new JPanel(new MigLayout(Widgets.NESTED + ", wrap 2, gap 16lp 12lp", "[grow, fill][grow, fill]"));
        confirm.setOpaque(false);
        confirm.setName("kioskConsole.quitConfirm");
        confirm.add(Widgets.label("kioskConsole.quitAsk", "body", ConsoleText.get("kioskConsole.quitAsk")), "span 2, center");
        JButton quitButton = button("kioskConsole.quit", () -> { });
        confirm.add(button("kioskConsole.quitNow", () -> {
            LOG.info("quit from the kiosk console");
            quit.run();
        }));
        confirm.add(button("kioskConsole.keepRunning", () -> {
            confirm.setVisible(false);
            quitButton.setVisible(true);
            menu.revalidate();
            menu.repaint();
            quitButton.requestFocusInWindow();
        }));
        confirm.setVisible(false);
        quitButton.addActionListener(e -> {
            quitButton.setVisible(false);
            confirm.setVisible(true);
            menu.revalidate();
            menu.repaint();
        });
        menu.add(quitButton, "growx, gaptop 32lp, hidemode 3");
        menu.add(confirm, "growx, gaptop 32lp, hidemode 3");
    }

    /** Locks the kiosk frame down and puts the console behind the PIN. Call on the event thread. */
    public static KioskConsole attach(KioskFrame frame, SettingsStore settings, MonotonicClock clock, Runnable quit) {
        Edt.check();
        KioskConsole c = new KioskConsole(frame, settings, clock, quit);
        frame.onCloseRequest(() -> LOG.info("window close request refused (kiosk lockdown)"));
        c.lockdown.install(frame.frame());
        Toolkit.getDefaultToolkit().addAWTEventListener(c.tapListener, AWTEvent.MOUSE_EVENT_MASK);
        return c;
    }

    /** The menu's idle lock (tests move a fake clock and check it). */
    public IdleLock idleLock() {
        return idleLock;
    }

    public void detach() {
        idleLock.stop();
        Toolkit.getDefaultToolkit().removeAWTEventListener(tapListener);
        lockdown.uninstall();
    }

    private JButton button(String key, Runnable r) {
        JButton b = new JButton(new AbstractAction(ConsoleText.get(key)) {
            @Override
            public void actionPerformed(ActionEvent e) {
                r.run();
            }
        });
        return Widgets.named(b, key, "touch");
    }

    private void open() {
        pinPad.reset();
        showPin();
    }

    private void showPin() {
        pinPad.shown();
        frame.showOverlay(pinPad.component(), pinPad.initialFocus());
        freshKeys = lockdown.freshKeysFromNow();
        lockdown.setEscapeAction(this::close);
    }

    private void unlocked() {
        pinPad.hidden();
        lockdown.stopFreshKeys(freshKeys);
        idleLock.start();
        showMenu();
    }

    /** Where the menu reads whether crash protection is on (the journal of the current session). */
    public void setCrashProtection(java.util.function.Supplier<app.kindred.persist.CrashProtection> status) {
        crashProtection = status;
    }

    /** The running kiosk that saved settings apply to at once (sound, speech, single keys, idle times). */
    public KioskConsole setLive(LiveSettings live) {
        settingsPanel.setLive(live);
        return this;
    }

    /** Where the menu reads whether the kiosk has no audio device (the chimes'). */
    public KioskConsole setAudioMissing(java.util.function.BooleanSupplier missing) {
        noAudio = missing;
        return this;
    }

    private void showMenu() {
        String off = crashProtection.get().sentence(java.util.Locale.getDefault());
        protection.setText(off == null ? " " : off);
        protection.setVisible(off != null);
        audio.setVisible(noAudio.getAsBoolean());
        workshopShown.run();
        frame.showOverlay(menu, menuSettings); // focused, so that a keyboard works at once
    }

    // ------------------------------------------------------------------ workshop (issue 17)

    /**
     * Puts "Join a workshop..." and "Leave the workshop" in the menu: the join screen pairs this kiosk
     * with the room's hub; {@code joined} then makes it follow the room, {@code leave} stops that (the
     * kiosk wipes the couple, forgets the pairing and runs on its own).
     */
    public KioskConsole setWorkshop(app.kindred.ui.kiosk.RoomFollow room, Runnable joined, Runnable leave) {
        Edt.check();
        javax.swing.JTextArea following = Widgets.paragraph("kioskConsole.following", "body", " ");
        JoinWorkshopPanel joinPanel = new JoinWorkshopPanel(room, () -> {
            joined.run();
            showMenu();
        }, this::showMenu);
        JButton join = button("kioskConsole.join", KioskTableModel.TEXT.get("kioskConsole.join"), () -> {
            joinPanel.reset();
            frame.showOverlay(joinPanel.component(), joinPanel.initialFocus());
        });
        JButton leaveButton = button("kioskConsole.leave", KioskTableModel.TEXT.get("kioskConsole.leave"), () -> {
            leave.run();
            showMenu();
        });
        int at = menu.getComponentZOrder(menuSettings) + 1;
        menu.add(following, "growx, wmax 560lp, hidemode 3", at);
        menu.add(join, "growx, hidemode 3", at + 1);
        menu.add(leaveButton, "growx, hidemode 3", at + 2);
        workshopShown = () -> {
            boolean on = room.joined();
            Widgets.setParagraph(following, on ? KioskTableModel.TEXT.format("kioskConsole.following",
                    room.url().substring("tcp://".length())) : " ");
            following.setVisible(on);
            join.setVisible(!on);
            leaveButton.setVisible(on);
        };
        workshopShown.run();
        return this;
    }

    private JButton button(String name, String text, Runnable r) {
        JButton b = new JButton(new AbstractAction(text) {
            @Override
            public void actionPerformed(ActionEvent e) {
                r.run();
            }
        });
        return Widgets.named(b, name, "touch");
    }

    private void close() {
        idleLock.stop();
        pinPad.hidden();
        lockdown.stopFreshKeys(freshKeys);
        lockdown.setEscapeAction(null);
        frame.hideOverlay();
    }

    private void cornerTap(AWTEvent event) {
        if (event.getID() != MouseEvent.MOUSE_PRESSED || !(event instanceof MouseEvent m) || m.getComponent() == null) {
            return;
        }
        if (taps.tap(m, frame.frame(), UIScale.scale(CORNER_LOGICAL))) {
            open();
        }
    }
}
