package app.kindred.ui.lock;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.ui.console.ConsoleText;
import app.kindred.ui.console.RoomAppTestBase;
import java.awt.GraphicsDevice;
import java.awt.event.KeyEvent;
import java.nio.charset.StandardCharsets;
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
    void onFirstRunThePinIsChosenTwiceAndTheSettingsFileNeverHoldsIt() throws Exception {
        open(oneScreen());
        pressConsoleKey();
        window.label("pin.heading").requireText(ConsoleText.get("pin.heading.set"));
        window.textBox("pin.field").enterText("97531");
        window.textBox("pin.confirm").enterText("97530");
        window.button("pin.ok").click();
        expectText("pin.message", ConsoleText.get("pin.mismatch"));
        window.textBox("pin.field").deleteText().enterText("97531");
        window.textBox("pin.confirm").deleteText().enterText("97531");
        window.button("pin.ok").click();
        waitFor("console unlocked", () -> app.isUnlocked());
        String file = Files.readString(home.resolve("settings.properties"), StandardCharsets.UTF_8);
        assertThat(file).contains("pinHash=").contains("pinSalt=").doesNotContain("97531");
        assertThat(pins.verify("97531".toCharArray())).isTrue();
    }
}
