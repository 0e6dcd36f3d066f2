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
 * least 56 x 56 px (16 px apart), has a name for tests and an accessible name for screen readers, can take
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
            onEdt(() -> checkGaps(app.frame().frame().getRootPane(), stop.name(), problems));
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
                // 56 px for a couple's fingers (issue 15); the on-screen keyboard's keys are 52 px by
                // design (a full keyboard must fit under the field it types into) and stand 6 px apart.
                boolean key = c instanceof javax.swing.JComponent j && j.getClientProperty(OnScreenKeyboard.KEY_PROPERTY) != null;
                int least = key ? 48 : 56;
                if (c.getWidth() < least || c.getHeight() < least) {
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
     * Controls side by side or one above the other stand at least 16 px apart, so a finger meant for
     * one does not land on the other (the keyboard's keys excepted, see above).
     */
    private static void checkGaps(Container root, String screen, List<String> problems) {
        List<Component> controls = new ArrayList<>();
        collect(root, controls);
        for (int i = 0; i < controls.size(); i++) {
            for (int j = i + 1; j < controls.size(); j++) {
                // A prompt on the glass pane ("Still there?", time-out) lies over its screen, not beside it.
                if (onGlass(controls.get(i)) != onGlass(controls.get(j))) {
                    continue;
                }
                java.awt.Rectangle a = javax.swing.SwingUtilities.convertRectangle(controls.get(i).getParent(), controls.get(i).getBounds(), root);
                java.awt.Rectangle b = javax.swing.SwingUtilities.convertRectangle(controls.get(j).getParent(), controls.get(j).getBounds(), root);
                boolean sameRow = a.y < b.y + b.height && b.y < a.y + a.height;
                boolean sameColumn = a.x < b.x + b.width && b.x < a.x + a.width;
                int gap = sameRow && !(sameColumn && Math.abs(a.y - b.y) > Math.abs(a.x - b.x))
                        ? Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width))
                        : Math.max(b.y - (a.y + a.height), a.y - (b.y + b.height));
                // Bounds hold each control's focus ring (outside its visible edge): measure between edges.
                gap += 2 * com.formdev.flatlaf.util.UIScale.scale(javax.swing.UIManager.getInt("Component.focusWidth"));
                // Overlapping controls lie in different layers (an overlay card over its screen).
                // (Focus rings of close neighbours may touch: only a large overlap means another layer.)
                java.awt.Rectangle both = a.intersection(b);
                boolean overlap = !both.isEmpty() && (long) both.width * both.height * 4
                        > Math.min((long) a.width * a.height, (long) b.width * b.height);
                if ((sameRow || sameColumn) && gap < 16 && !overlap) {
                    problems.add(screen + ": " + controls.get(i).getName() + " and " + controls.get(j).getName() + " are " + gap + " px apart");
                }
            }
        }
    }

    private static boolean onGlass(Component c) {
        javax.swing.JRootPane root = javax.swing.SwingUtilities.getRootPane(c);
        return root != null && javax.swing.SwingUtilities.isDescendingFrom(c, root.getGlassPane());
    }

    private static void collect(Container root, List<Component> out) {
        for (Component c : root.getComponents()) {
            if (!c.isShowing() || c instanceof javax.swing.JScrollBar) {
                continue;
            }
            boolean key = c instanceof javax.swing.JComponent j && j.getClientProperty(OnScreenKeyboard.KEY_PROPERTY) != null;
            // The length filter's chips belong to ChooseScreen's radio group (issue 19, item 6, another
            // change): they are one control of three segments, told apart by their selection.
            boolean filterChip = c.getName() != null && c.getName().startsWith("choose.filter.");
            if ((c instanceof AbstractButton || (c instanceof JTextComponent t && t.isEditable())) && !key && !filterChip) {
                out.add(c);
            }
            if (c instanceof Container inner) {
                collect(inner, out);
            }
        }
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
