package app.kindred.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.ui.room.RoomView;
import java.awt.Rectangle;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;

/**
 * The two-display layout on made-up screens (the test screen cut in two halves): room view and
 * console in their own windows, swapped, and a projector pulled out mid-session without losing it.
 */
class TwoDisplaysTest extends RoomAppTestBase {
    private final AtomicReference<List<Display>> screens = new AtomicReference<>();

    private List<Display> halves() {
        Rectangle all = onEdt(() -> Displays.current().get(0).bounds());
        int half = all.width / 2;
        return List.of(new Display("laptop", new Rectangle(all.x, all.y, half, all.height), true),
                new Display("projector", new Rectangle(all.x + half, all.y, all.width - half, all.height), false));
    }

    private static Rectangle screenBounds(JFrame f) {
        return onEdt(() -> {
            Rectangle r = f.getBounds();
            java.awt.Point p = f.getLocationOnScreen();
            return new Rectangle(p.x, p.y, r.width, r.height);
        });
    }

    @Test
    void roomViewOnTheSecondConsoleOnTheFirstSwapAndUnplug() {
        pins.set(PIN.toCharArray());
        screens.set(halves());
        open(screens::get);
        Display laptop = screens.get().get(0);
        Display projector = screens.get().get(1);

        // two windows: the room view on the projector, the (locked) console on the laptop
        assertThat(app.windows().plan().mode()).isEqualTo(DisplayPlan.Mode.SEPARATE);
        JFrame console = app.windows().consoleFrame();
        assertThat(console).isNotNull();
        expect(() -> assertThat(screenBounds(app.windows().roomFrame())).isEqualTo(projector.bounds()));
        expect(() -> assertThat(screenBounds(console)).isEqualTo(laptop.bounds()));
        FrameFixture consoleWindow = new FrameFixture(robot, console);
        consoleWindow.panel("pin").requireVisible();
        unlock(consoleWindow);
        consoleWindow.button("console.start").click();
        expect(() -> assertThat(onEdt(() -> app.roomView().card())).isEqualTo(RoomView.STEP));
        advanceSeconds(30);
        String sessionId = onEdt(() -> app.workshop().engine().sessionId());

        // swap: the console goes to the projector's screen, the room view to the laptop's
        consoleWindow.button("console.swap").click();
        expect(() -> assertThat(onEdt(() -> app.windows().swapped())).isTrue());
        expect(() -> assertThat(screenBounds(app.windows().roomFrame())).isEqualTo(laptop.bounds()));
        expect(() -> assertThat(screenBounds(app.windows().consoleFrame())).isEqualTo(projector.bounds()));

        // the projector is pulled out: everything on the laptop, the console as an overlay, same session
        screens.set(List.of(laptop));
        onEdt(() -> app.checkDisplays());
        assertThat(onEdt(() -> app.windows().plan().mode())).isEqualTo(DisplayPlan.Mode.OVERLAY);
        assertThat(onEdt(() -> app.windows().consoleFrame())).isNull();
        expect(() -> assertThat(screenBounds(app.windows().roomFrame())).isEqualTo(laptop.bounds()));
        assertThat(onEdt(() -> app.workshop().engine().sessionId())).isEqualTo(sessionId);
        advanceSeconds(30);
        window = new FrameFixture(robot, app.windows().roomFrame());
        expectText("room.countdown", "1:00");

        // the console went out of sight with the projector, so it locked: the console key asks for the
        // PIN, then shows the console over the room view, and it still drives the session
        assertThat(app.isUnlocked()).isFalse();
        pressConsoleKey();
        window.panel("pin").requireVisible();
        unlock(window);
        window.panel("console").requireVisible();
        window.button("console.skip").click();
        expectText("room.turn", "Partner B\u2019s turn");

        // plugged in again: two windows once more
        screens.set(halves());
        onEdt(() -> app.checkDisplays());
        assertThat(onEdt(() -> app.windows().plan().mode())).isEqualTo(DisplayPlan.Mode.SEPARATE);
        assertThat(onEdt(() -> SwingUtilities.isDescendingFrom(app.consolePanel().component(),
                app.windows().consoleFrame()))).isTrue();
        assertThat(onEdt(() -> app.workshop().engine().sessionId())).isEqualTo(sessionId);
    }
}
