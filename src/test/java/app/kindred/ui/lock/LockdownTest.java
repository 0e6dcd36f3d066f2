package app.kindred.ui.lock;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.persist.PinStore;
import app.kindred.persist.SettingsStore;
import app.kindred.ui.ConsoleText;
import app.kindred.ui.console.RoomAppTestBase;
import java.awt.GraphicsDevice;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import javax.swing.JFrame;
import org.junit.jupiter.api.Test;

/** The kiosk cannot be left without the PIN, and the PIN cannot be guessed quickly. */
class LockdownTest extends RoomAppTestBase {

    private void requireFullScreenAndRunning() {
        expect(() -> {
            JFrame f = app.windows().roomFrame();
            assertThat(onEdt(() -> f.isDisplayable())).isTrue();
            assertThat(onEdt(() -> f.isShowing())).isTrue();
            GraphicsDevice device = onEdt(() -> f.getGraphicsConfiguration().getDevice());
            assertThat(onEdt(() -> f.getBounds())).isEqualTo(onEdt(() -> device.getDefaultConfiguration().getBounds()));
            if (device.isFullScreenSupported()) {
                assertThat(onEdt(() -> device.getFullScreenWindow())).isSameAs(f);
            }
            assertThat(quitCalled).isFalse();
        });
    }

    @Test
    void everyEscapeKeyAndACloseRequestLeaveTheAppFullScreenAndRunning() {
        pins.set(PIN.toCharArray());
        open(oneScreen());
        window.focus();
        requireFullScreenAndRunning();
        robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
        requireFullScreenAndRunning();
        robot.pressAndReleaseKey(KeyEvent.VK_F4, ALT);
        requireFullScreenAndRunning();
        robot.pressAndReleaseKey(KeyEvent.VK_Q, CTRL);
        requireFullScreenAndRunning();
        robot.pressAndReleaseKey(KeyEvent.VK_W, CTRL);
        requireFullScreenAndRunning();
        window.close(); // a window-close request, as a window manager sends it
        requireFullScreenAndRunning();
        // The same with the console open: Escape only closes the console.
        pressConsoleKey();
        unlock(window);
        robot.pressAndReleaseKey(KeyEvent.VK_Q, CTRL);
        robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
        expect(() -> assertThat(onEdt(() -> app.windows().consoleOpen())).isFalse());
        requireFullScreenAndRunning();
    }

    @Test
    void theRightPinOpensTheConsole() {
        pins.set(PIN.toCharArray());
        open(oneScreen());
        pressConsoleKey();
        window.panel("pin").requireVisible();
        // a visible label tied to the field, the digits as dots, and how many there are
        window.label("pin.field.label").requireVisible().requireText(ConsoleText.get("pin.field"));
        assertThat(onEdt(() -> window.label("pin.field.label").target().getLabelFor()))
                .isSameAs(robot.finder().findByName("pin.field", false));
        window.label("pin.field.count").requireText(ConsoleText.format("pin.count", 0));
        window.button("pin.key.1").click();
        window.button("pin.key.2").click();
        expectText("pin.field.count", ConsoleText.format("pin.count", 2));
        assertThat(ConsoleText.format("pin.count", 2)).isEqualTo("2 digits");
        assertThat(onEdt(() -> window.textBox("pin.field").target().getAccessibleContext().getAccessibleDescription()))
                .isEqualTo("2 digits");
        assertThat(onEdt(() -> (int) ((javax.swing.JPasswordField) window.textBox("pin.field").target()).getEchoChar()))
                .isIn((int) '\u25cf', (int) '\u2022');
        window.button("pin.key.delete").click();
        window.button("pin.key.delete").click();
        expectText("pin.field.count", ConsoleText.format("pin.count", 0));
        unlock(window);
        window.panel("console").requireVisible();
        window.button("console.start").requireEnabled();
    }

    @Test
    void fiveWrongPinsLockThePadForSixtySecondsOnTheClock() {
        pins.set(PIN.toCharArray());
        open(oneScreen());
        pressConsoleKey();
        for (int i = 4; i >= 1; i--) {
            typePin(window, "1111");
            String wrong = ConsoleText.format("pin.wrong", i);
            expectText("pin.message", wrong);
        }
        typePin(window, "1111");
        expectText("pin.message", ConsoleText.format("pin.locked", "1:00"));
        expect(() -> window.button("pin.ok").requireDisabled());

        clock.advanceSeconds(59);
        expectText("pin.message", ConsoleText.format("pin.locked", "0:01"));
        window.button("pin.ok").requireDisabled();
        assertThat(app.isUnlocked()).isFalse();

        clock.advanceSeconds(1);
        expect(() -> window.button("pin.ok").requireEnabled());
        unlock(window);
        window.panel("console").requireVisible();
    }

    @Test
    void withNoPinTheConsoleStaysLockedAndSaysHowToSetOneAtTheMachine() {
        open(oneScreen());
        pressConsoleKey();
        window.label("pin.heading").requireText(ConsoleText.get("pin.heading.locked"));
        assertThat(onEdt(() -> window.label("pin.hint").target().getText())).contains("kindred set-pin");
        java.awt.Component field = robot.finder().findByName("pin.field", false);
        java.awt.Component ok = robot.finder().findByName("pin.ok", false);
        assertThat(onEdt(() -> field.isShowing() || ok.isShowing())).as("anything to type a PIN into").isFalse();
        assertThat(app.isUnlocked()).isFalse();
        assertThat(pins.state()).isEqualTo(PinStore.State.NOT_SET);
    }

    @Test
    void aMissingOrUnreadableSettingsFileKeepsThePin() throws Exception {
        pins.set(PIN.toCharArray());
        Files.writeString(home.resolve("settings.properties"), "\\u00zz");
        open(oneScreen());
        pressConsoleKey();
        window.label("pin.heading").requireText(ConsoleText.get("pin.heading.unlock"));
        typePin(window, "205817");
        expectText("pin.message", ConsoleText.format("pin.wrong", 4));
        unlock(window);
        window.panel("console").requireVisible();
    }

    @Test
    void hidingTheConsoleLocksItAndEscapeStillHidesItAfterwards() {
        pins.set(PIN.toCharArray());
        open(oneScreen());
        pressConsoleKey();
        unlock(window);
        window.panel("console").requireVisible();
        window.focus();
        robot.pressAndReleaseKey(KeyEvent.VK_K, CTRL | SHIFT); // hides it
        expect(() -> assertThat(onEdt(() -> app.windows().consoleOpen())).isFalse());
        assertThat(app.isUnlocked()).isFalse();
        pressConsoleKey(); // shows it again: the PIN first
        window.panel("pin").requireVisible();
        unlock(window);
        window.panel("console").requireVisible();
        robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
        expect(() -> assertThat(onEdt(() -> app.windows().consoleOpen())).isFalse());
        assertThat(app.isUnlocked()).isFalse();
    }

    @Test
    void anUnlockedConsoleLocksItselfWhenNobodyUsesIt() {
        pins.set(PIN.toCharArray());
        open(oneScreen());
        onEdt(() -> app.idleLock().setAfter(SettingsStore.CONSOLE_LOCK_AFTER.defaultValue()));
        pressConsoleKey();
        unlock(window);
        assertThat(app.isUnlocked()).isTrue();
        clock.advance(SettingsStore.CONSOLE_LOCK_AFTER.defaultValue().minusSeconds(1));
        onEdt(() -> app.idleLock().check());
        assertThat(app.isUnlocked()).isTrue();
        clock.advanceSeconds(1);
        onEdt(() -> app.idleLock().check());
        assertThat(app.isUnlocked()).isFalse();
        expect(() -> assertThat(onEdt(() -> app.windows().consoleOpen())).isFalse());
    }

    @Test
    void fiveTapsOnTheEmptyTopLeftCornerOpenTheConsole() {
        pins.set(PIN.toCharArray());
        open(oneScreen());
        JFrame room = app.windows().roomFrame();
        for (int i = 0; i < 5; i++) {
            // Where nothing is: the event's source is the window itself.
            onEdt(() -> {
                java.awt.event.MouseEvent press = new java.awt.event.MouseEvent(room, java.awt.event.MouseEvent.MOUSE_PRESSED,
                        System.currentTimeMillis(), 0, 5, 5, 1, false, java.awt.event.MouseEvent.BUTTON1);
                java.awt.Toolkit.getDefaultToolkit().getSystemEventQueue().postEvent(press);
            });
            robot.waitForIdle();
        }
        expect(() -> assertThat(onEdt(() -> app.windows().consoleVisible())).isTrue());
        window.panel("pin").requireVisible();
    }
}
