package app.kindred.ui.lock;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.concurrent.atomic.AtomicInteger;
import app.kindred.ui.GuiTest;
import javax.swing.JPanel;
import org.junit.jupiter.api.Test;

/** The dispatcher's decisions, with synthetic key events (LockdownTest presses real keys). */
class KioskLockdownTest extends GuiTest {
    // GuiTest so that, with no display, AWT runs on Caciocavallo like every other GUI test.
    private final JPanel source = onEdt(() -> new JPanel());
    private final AtomicInteger consoleRequests = new AtomicInteger();
    private final KioskLockdown lockdown = new KioskLockdown(consoleRequests::incrementAndGet);

    private KeyEvent press(int code, int mods) {
        return new KeyEvent(source, KeyEvent.KEY_PRESSED, 0L, mods, code, KeyEvent.CHAR_UNDEFINED);
    }

    private KeyEvent release(int code, int mods) {
        return new KeyEvent(source, KeyEvent.KEY_RELEASED, 0L, mods, code, KeyEvent.CHAR_UNDEFINED);
    }

    private KeyEvent typed(char c) {
        return new KeyEvent(source, KeyEvent.KEY_TYPED, 0L, 0, KeyEvent.VK_UNDEFINED, c);
    }

    @Test
    void everyEscapeKeyIsSwallowed() {
        assertThat(lockdown.dispatchKeyEvent(press(KeyEvent.VK_ESCAPE, 0))).isTrue();
        assertThat(lockdown.dispatchKeyEvent(press(KeyEvent.VK_F4, InputEvent.ALT_DOWN_MASK))).isTrue();
        assertThat(lockdown.dispatchKeyEvent(press(KeyEvent.VK_Q, InputEvent.CTRL_DOWN_MASK))).isTrue();
        assertThat(lockdown.dispatchKeyEvent(press(KeyEvent.VK_W, InputEvent.CTRL_DOWN_MASK))).isTrue();
        assertThat(lockdown.dispatchKeyEvent(release(KeyEvent.VK_ESCAPE, 0))).isTrue();
    }

    @Test
    void ordinaryKeysPassThrough() {
        assertThat(lockdown.dispatchKeyEvent(press(KeyEvent.VK_Q, 0))).isFalse();
        assertThat(lockdown.dispatchKeyEvent(press(KeyEvent.VK_F4, 0))).isFalse();
        assertThat(lockdown.dispatchKeyEvent(typed('q'))).isFalse();
        assertThat(lockdown.dispatchKeyEvent(press(KeyEvent.VK_SPACE, 0))).isFalse();
    }

    @Test
    void ctrlShiftKAsksForTheConsoleOncePerPress() {
        int mods = InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK;
        assertThat(lockdown.dispatchKeyEvent(press(KeyEvent.VK_K, mods))).isTrue();
        assertThat(lockdown.dispatchKeyEvent(release(KeyEvent.VK_K, mods))).isTrue();
        assertThat(consoleRequests).hasValue(1);
        lockdown.dispatchKeyEvent(press(KeyEvent.VK_K, InputEvent.CTRL_DOWN_MASK));
        lockdown.dispatchKeyEvent(press(KeyEvent.VK_K, mods | InputEvent.ALT_DOWN_MASK));
        assertThat(consoleRequests).hasValue(1);
    }

    @Test
    void escapeGoesToTheEscapeActionWhenOneIsSet() {
        AtomicInteger closed = new AtomicInteger();
        lockdown.setEscapeAction(closed::incrementAndGet);
        lockdown.dispatchKeyEvent(press(KeyEvent.VK_ESCAPE, 0));
        lockdown.dispatchKeyEvent(press(KeyEvent.VK_Q, InputEvent.CTRL_DOWN_MASK));
        assertThat(closed).hasValue(1);
    }

    @Test
    void aDialogIgnoresAKeyHeldWhenItOpensAndItsRepeats() {
        lockdown.dispatchKeyEvent(press(KeyEvent.VK_ENTER, 0));
        FreshKeys fresh = lockdown.freshKeysFromNow();
        // auto-repeat of the held Enter, and its typed character: ignored
        assertThat(lockdown.dispatchKeyEvent(press(KeyEvent.VK_ENTER, 0))).isTrue();
        assertThat(lockdown.dispatchKeyEvent(typed('\n'))).isTrue();
        assertThat(lockdown.dispatchKeyEvent(release(KeyEvent.VK_ENTER, 0))).isTrue();
        assertThat(fresh.isOpen()).isFalse();
        // a fresh press after release gets through, and so does everything after it
        assertThat(lockdown.dispatchKeyEvent(press(KeyEvent.VK_ENTER, 0))).isFalse();
        assertThat(lockdown.dispatchKeyEvent(typed('\n'))).isFalse();
        assertThat(fresh.isOpen()).isTrue();
    }

    @Test
    void aKeyNotHeldWhenTheDialogOpenedIsFreshAtOnce() {
        lockdown.dispatchKeyEvent(press(KeyEvent.VK_5, 0));
        lockdown.freshKeysFromNow();
        assertThat(lockdown.dispatchKeyEvent(press(KeyEvent.VK_1, 0))).isFalse();
    }

    @Test
    void theHeldKeysFollowPressAndRelease() {
        lockdown.dispatchKeyEvent(press(KeyEvent.VK_A, 0));
        lockdown.dispatchKeyEvent(press(KeyEvent.VK_B, 0));
        lockdown.dispatchKeyEvent(release(KeyEvent.VK_A, 0));
        assertThat(lockdown.heldKeys()).containsExactly(KeyEvent.VK_B);
    }
}
