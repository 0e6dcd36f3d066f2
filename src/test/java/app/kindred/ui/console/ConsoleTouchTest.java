package app.kindred.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, item 4: the console shown over the room view (one screen, a touch screen) has controls
 * of 44 px or more; Quit stands apart from Lock and asks once more before it quits.
 */
class ConsoleTouchTest extends RoomAppTestBase {
    @Test
    void theConsoleOverTheRoomViewIsFingerSizedAndQuitIsConfirmed() {
        pins.set(PIN.toCharArray());
        open(() -> List.of(new Display("laptop", new Rectangle(0, 0, 1280, 800), true)));
        pressConsoleKey();
        unlock(window);
        List<String> small = new ArrayList<>();
        int checked = onEdt(() -> check(app.windows().roomFrame().getRootPane(), small));
        assertThat(checked).isGreaterThan(15);
        assertThat(small).isEmpty();
        // +1 / +2 / +5 are three finger-sized buttons side by side; no number to set first
        for (String id : new String[] {"extend1", "extend2", "extend5"}) {
            Rectangle b = bounds("console." + id);
            assertThat(Math.min(b.width, b.height)).as(id).isGreaterThanOrEqualTo(44);
        }
        assertThat(onEdt(() -> robot.finder().findAll(app.windows().roomFrame().getRootPane(),
                c -> c instanceof javax.swing.JSpinner && c.isShowing()))).as("spinners on the console").isEmpty();

        Rectangle lock = bounds("console.lock");
        Rectangle quit = bounds("console.quit");
        assertThat(quit.x - (lock.x + lock.width)).as("space between Lock and Quit").isGreaterThanOrEqualTo(48);

        window.button("console.quit").click();
        expect(() -> window.button("console.keepRunning").requireVisible());
        window.button("console.keepRunning").click();
        expect(() -> assertThat(onEdt(() -> robot.finder().findByName("console.quitStrip", false).isVisible())).isFalse());
        assertThat(quitCalled).isFalse();
        window.button("console.quit").click();
        expect(() -> window.button("console.quitNow").requireVisible());
        window.button("console.quitNow").click();
        expect(() -> assertThat(quitCalled).isTrue());
    }

    private Rectangle bounds(String name) {
        return onEdt(() -> {
            Component c = robot.finder().findByName(name, false);
            return SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), app.windows().roomFrame().getRootPane());
        });
    }

    private static int check(Container root, List<String> small) {
        int n = 0;
        for (Component c : root.getComponents()) {
            if (!c.isShowing() || c instanceof javax.swing.JScrollBar) {
                continue;
            }
            // A combo box's or spinner's arrow is part of a control measured as a whole.
            boolean part = c.getParent() instanceof javax.swing.JSpinner || c.getParent() instanceof javax.swing.JComboBox;
            if ((c instanceof AbstractButton && !part) || c instanceof javax.swing.JComboBox) {
                n++;
                if (c.getHeight() < 44 || c.getWidth() < 44) {
                    small.add(c.getName() + " is " + c.getWidth() + "x" + c.getHeight());
                }
            }
            if (c instanceof Container k) {
                n += check(k, small);
            }
        }
        return n;
    }
}
