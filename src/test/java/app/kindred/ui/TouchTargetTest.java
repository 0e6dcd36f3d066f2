package app.kindred.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.ui.kiosk.KioskApp;
import app.kindred.ui.kiosk.KioskHarness;
import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.accessibility.Accessible;
import javax.swing.AbstractButton;
import javax.swing.text.JTextComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On every screen of a couple's way through the kiosk, at 100 % UI scale: every control is at
 * least 48 x 48 px, has a name for tests and an accessible name for screen readers, can take
 * keyboard focus, and lies wholly inside the panels that hold it, so that no edge of it (its focus
 * ring is its outermost pixels) is cut off. MigLayout lays FlatLaf controls out with their focus
 * ring outside the cell ("visual padding"), which a nested panel with no insets then clips.
 */
class TouchTargetTest extends GuiTest {
    @TempDir
    Path home;

    @Test
    void everyControlOnEveryScreenIsLargeNamedFocusableAndWhole() {
        KioskHarness harness = new KioskHarness(home);
        KioskApp app = onEdt(() -> {
            KioskApp a = KioskApp.create(harness.options());
            a.show(GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice(), null);
            return a;
        });
        atCleanUp(app::close);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (ScreenTour.Stop stop : ScreenTour.stops()) {
            onEdt(() -> stop.go().accept(app, harness));
            robot.waitForIdle();
            checked += onEdt(() -> check(app.frame().frame().getRootPane(), stop.name(), problems));
        }
        assertThat(checked).isGreaterThan(30);
        assertThat(problems).isEmpty();
    }

    private static int check(Container root, String screen, List<String> problems) {
        int n = 0;
        for (Component c : root.getComponents()) {
            // Scroll bars are operated by wheel, drag and swipe; their arrow buttons are hidden by the theme.
            if (!c.isShowing() || c instanceof javax.swing.JScrollBar) {
                continue;
            }
            boolean control = c instanceof AbstractButton || (c instanceof JTextComponent t && t.isEditable());
            if (control) {
                n++;
                String id = screen + "/" + c.getName();
                if (c.getWidth() < 48 || c.getHeight() < 48) {
                    problems.add(id + " is " + c.getWidth() + "x" + c.getHeight() + " px");
                }
                if (c.getName() == null) {
                    problems.add(screen + ": a " + c.getClass().getSimpleName() + " has no name");
                }
                String accessible = ((Accessible) c).getAccessibleContext().getAccessibleName();
                if (accessible == null || accessible.isBlank()) {
                    problems.add(id + " has no accessible name");
                }
                // The on-screen keyboard's keys never take focus, on purpose: focus (and the caret)
                // stays in the text field they type into; a person with a real keyboard types there.
                boolean onScreenKey = c instanceof javax.swing.JComponent j && j.getClientProperty(OnScreenKeyboard.KEY_PROPERTY) != null;
                if (!c.isFocusable() && !onScreenKey) {
                    problems.add(id + " cannot take keyboard focus");
                }
                String clipped = clippedBy(c);
                if (clipped != null) {
                    problems.add(id + " is cut off by " + clipped);
                }
            }
            if (c instanceof Container inner) {
                n += check(inner, screen, problems);
            }
        }
        return n;
    }

    /**
     * The first container that does not wholly hold the component's bounds, or null. Up to a
     * scroll pane's view: what a scroll pane hides is scrolled to, not cut off.
     */
    static String clippedBy(Component c) {
        java.awt.Rectangle r = c.getBounds();
        for (Container p = c.getParent(); p != null && !(p instanceof javax.swing.JViewport); p = p.getParent()) {
            if (r.x < 0 || r.y < 0 || r.x + r.width > p.getWidth() || r.y + r.height > p.getHeight()) {
                return p.getClass().getSimpleName() + (p.getName() == null ? "" : " " + p.getName())
                        + " (" + p.getWidth() + "x" + p.getHeight() + ", the control at " + r.x + "," + r.y + " " + r.width + "x" + r.height + ")";
            }
            r.translate(p.getX(), p.getY());
        }
        return null;
    }
}
