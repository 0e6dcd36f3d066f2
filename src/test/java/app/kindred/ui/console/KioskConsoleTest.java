package app.kindred.ui.console;

import app.kindred.persist.CrashProtection;
import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.persist.SettingsStore;
import app.kindred.ui.GuiTest;
import app.kindred.ui.Theme;
import app.kindred.ui.kiosk.KioskApp;
import app.kindred.ui.kiosk.KioskHarness;
import app.kindred.persist.PinStore;
import app.kindred.ui.room.RoomStyles;
import java.awt.GraphicsEnvironment;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** At the couple's kiosk: no key leaves it; the console key and the PIN lead to "Quit Kindred". */
class KioskConsoleTest extends GuiTest {
    @SuppressWarnings("deprecation")
    private static final int CTRL = InputEvent.CTRL_MASK;
    @SuppressWarnings("deprecation")
    private static final int SHIFT = InputEvent.SHIFT_MASK;
    @SuppressWarnings("deprecation")
    private static final int ALT = InputEvent.ALT_MASK;

    @TempDir
    Path home;

    private void waitUntil(String what, java.util.function.BooleanSupplier test) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return onEdt(() -> test.getAsBoolean());
            }
        }, Timeout.timeout(10_000));
    }

    @Test
    void escapeKeysDoNothingAndThePinLeadsToQuit() {
        KioskHarness harness = new KioskHarness(home);
        SettingsStore settings = SettingsStore.load(home.resolve("settings.properties"));
        PinStore.beside(settings).set(RoomAppTestBase.PIN.toCharArray());
        AtomicBoolean quit = new AtomicBoolean();
        KioskConsole[] console = new KioskConsole[1];
        KioskApp app = onEdt(() -> {
            RoomStyles.register();
            Theme.LIGHT.install(100);
            KioskApp a = KioskApp.create(harness.options());
            console[0] = KioskConsole.attach(a.frame(), settings, harness.clock, () -> quit.set(true));
            console[0].setCrashProtection(() -> new CrashProtection(
                    CrashProtection.State.OFF_DISK_FULL, 3));
            console[0].setAudioMissing(() -> true);
            a.show(GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice(), null);
            return a;
        });
        try {
            window = new FrameFixture(robot, app.frame().frame());
            window.focus();
            robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
            robot.pressAndReleaseKey(KeyEvent.VK_F4, ALT);
            robot.pressAndReleaseKey(KeyEvent.VK_Q, CTRL);
            robot.pressAndReleaseKey(KeyEvent.VK_W, CTRL);
            window.close();
            robot.waitForIdle();
            assertThat(onEdt(() -> app.frame().frame().isShowing())).isTrue();
            assertThat(quit).isFalse();

            robot.pressAndReleaseKey(KeyEvent.VK_K, CTRL | SHIFT);
            waitUntil("PIN pad", () -> app.frame().overlayShowing());
            for (char c : RoomAppTestBase.PIN.toCharArray()) {
                window.button("pin.key." + c).click();
            }
            window.button("pin.ok").click();
            waitUntil("facilitator menu", () -> !robot.finder().findAll(c -> "kioskConsole".equals(c.getName()) && c.isShowing()).isEmpty());
            // A full disk is said where the facilitator looks.
            assertThat(onEdt(() -> window.label("kioskConsole.crashProtection").target().getText())).contains("disk is full");
            // So is a kiosk that cannot play its chimes.
            window.label("kioskConsole.noAudio").requireVisible();
            // Left open and unattended, the menu (with Quit) closes itself; the next way in asks for the PIN.
            harness.clock.advance(SettingsStore.CONSOLE_LOCK_AFTER.defaultValue());
            onEdt(() -> console[0].idleLock().check());
            waitUntil("menu closed", () -> !app.frame().overlayShowing());
            robot.pressAndReleaseKey(KeyEvent.VK_K, CTRL | SHIFT);
            waitUntil("PIN pad again", () -> app.frame().overlayShowing());
            window.panel("pin").requireVisible();
            for (char c : RoomAppTestBase.PIN.toCharArray()) {
                window.button("pin.key." + c).click();
            }
            window.button("pin.ok").click();
            waitUntil("facilitator menu", () -> !robot.finder().findAll(c -> "kioskConsole".equals(c.getName()) && c.isShowing()).isEmpty());
            window.button("kioskConsole.quit").click();
            waitUntil("asked", () -> onEdt(() -> !robot.finder().findAll(c -> "kioskConsole.keepRunning".equals(c.getName()) && c.isShowing()).isEmpty()));
            window.button("kioskConsole.keepRunning").click(); // a slip: nothing happens
            waitUntil("Quit again", () -> onEdt(() -> !robot.finder().findAll(c -> "kioskConsole.quit".equals(c.getName()) && c.isShowing()).isEmpty()));
            assertThat(quit).isFalse();
            window.button("kioskConsole.quit").click();
            waitUntil("asked again", () -> onEdt(() -> !robot.finder().findAll(c -> "kioskConsole.quitNow".equals(c.getName()) && c.isShowing()).isEmpty()));
            window.button("kioskConsole.quitNow").click();
            waitUntil("quit", quit::get);
        } finally {
            onEdt(() -> console[0].detach());
            onEdt(app::close);
        }
    }

    @Test
    void fiveTapsOnTheKiosksEmptyTopLeftCornerOpenThePinPad() {
        KioskHarness harness = new KioskHarness(home);
        SettingsStore settings = SettingsStore.load(home.resolve("settings.properties"));
        PinStore.beside(settings).set(RoomAppTestBase.PIN.toCharArray());
        KioskConsole[] console = new KioskConsole[1];
        KioskApp app = onEdt(() -> {
            Theme.LIGHT.install(100);
            KioskApp a = KioskApp.create(harness.options());
            console[0] = KioskConsole.attach(a.frame(), settings, harness.clock, () -> { });
            a.show(GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice(), null);
            return a;
        });
        try {
            java.awt.Window frame = app.frame().frame();
            for (int i = 0; i < 5; i++) {
                // Where nothing is: the event comes from the window itself, not from any screen.
                onEdt(() -> java.awt.Toolkit.getDefaultToolkit().getSystemEventQueue().postEvent(
                        new java.awt.event.MouseEvent(frame, java.awt.event.MouseEvent.MOUSE_PRESSED,
                                System.currentTimeMillis(), 0, 4, 4, 1, false, java.awt.event.MouseEvent.BUTTON1)));
                robot.waitForIdle();
            }
            waitUntil("PIN pad", () -> app.frame().overlayShowing());
        } finally {
            onEdt(() -> console[0].detach());
            onEdt(app::close);
        }
    }
}
