package app.kindred.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.ui.kiosk.KioskApp;
import app.kindred.ui.kiosk.KioskHarness;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 19, item 5: at every UI scale from 100 to 300 % on a 1280x800 and a 1920x1080 screen, every
 * control on every screen of a couple's way lies inside the window, or inside a scroll pane's view
 * (reachable by scrolling, while the screen's control bar stays pinned in the window).
 */
class EveryScaleTest extends GuiTest {
    @AfterEach
    void backTo100() {
        onEdt(() -> Theme.LIGHT.install(100));
    }

    @ParameterizedTest(name = "{0}x{1} at {2} %, {3} content")
    @CsvSource({"1280, 800, 100, fixture", "1280, 800, 150, fixture", "1280, 800, 200, fixture", "1280, 800, 250, fixture",
            "1280, 800, 300, fixture", "1920, 1080, 100, fixture", "1920, 1080, 150, fixture", "1920, 1080, 200, fixture",
            "1920, 1080, 250, fixture", "1920, 1080, 300, fixture",
            // The shipped words are longer than the fixture's: the tour of the screenshots, on the shipped content.
            "1280, 800, 100, shipped", "1280, 800, 150, shipped", "1280, 800, 200, shipped", "1280, 800, 250, shipped",
            "1280, 800, 300, shipped", "1920, 1080, 100, shipped", "1920, 1080, 200, shipped", "1920, 1080, 300, shipped"})
    void everyControlCanBeReached(int width, int height, int scale, String content) throws Exception {
        onEdt(() -> Theme.LIGHT.install(scale));
        KioskHarness harness = new KioskHarness(Files.createTempDirectory("kindred-scale"));
        boolean shipped = content.equals("shipped");
        if (shipped) {
            harness.library = java.util.concurrent.CompletableFuture.completedFuture(Screenshots.shippedContent());
        }
        KioskApp app = onEdt(() -> {
            KioskApp a = KioskApp.create(harness.options());
            a.show(GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice(), new Dimension(width, height));
            return a;
        });
        atCleanUp(app::close);
        List<String> out = new ArrayList<>();
        int checked = 0;
        for (ScreenTour.Stop stop : shipped ? ScreenTour.stops(Screenshots.EXERCISE) : ScreenTour.stops()) {
            go(stop, app, harness);
            checked += onEdt(() -> {
                javax.swing.JRootPane root = app.frame().frame().getRootPane();
                root.validate();
                return check(root, root, stop.name(), out);
            });
        }
        assertThat(checked).isGreaterThan(30);
        assertThat(out).isEmpty();
    }

    /** Takes a stop; a button that is not there yet (a print result still on its way) is waited for. */
    private void go(ScreenTour.Stop stop, KioskApp app, KioskHarness harness) {
        long end = System.nanoTime() + 10_000_000_000L;
        while (true) {
            try {
                onEdt(() -> stop.go().accept(app, harness));
                robot.waitForIdle();
                return;
            } catch (IllegalStateException e) {
                if (System.nanoTime() > end || !String.valueOf(e.getMessage()).startsWith("no button named")) {
                    throw e;
                }
                robot.waitForIdle();
                org.assertj.swing.timing.Pause.pause(50);
            }
        }
    }

    /** Counts the showing controls under {@code c}; adds to {@code out} each one that cannot be reached (also SizeAndContrastTest). */
    static int check(Container c, javax.swing.JRootPane root, String screen, List<String> out) {
        int n = 0;
        for (Component k : c.getComponents()) {
            if (!k.isShowing() || k instanceof javax.swing.JScrollBar) {
                continue;
            }
            if (k instanceof AbstractButton || (k instanceof JTextComponent t && t.isEditable())) {
                n++;
                String where = reachable(k, root);
                if (where != null) {
                    out.add(screen + "/" + k.getName() + " " + where);
                }
            }
            if (k instanceof Container inner) {
                n += check(inner, root, screen, out);
            }
        }
        return n;
    }

    /** A control's bounds without its focus ring, which MigLayout lays outside the cell ("visual padding"). */
    private static Rectangle visible(Component c, boolean control) {
        Rectangle r = c.getBounds();
        if (control) {
            int ring = com.formdev.flatlaf.util.UIScale.scale(javax.swing.UIManager.getInt("Component.focusWidth"));
            r.grow(-ring, -ring);
        }
        return r;
    }

    /** Null when the control can be seen or scrolled to; else where it is lost. */
    private static String reachable(Component c, javax.swing.JRootPane root) {
        return reachable(c, root, true);
    }

    private static String reachable(Component c, javax.swing.JRootPane root, boolean control) {
        JViewport port = (JViewport) SwingUtilities.getAncestorOfClass(JViewport.class, c);
        if (port != null && port.getView() != null) {
            Rectangle inView = SwingUtilities.convertRectangle(c.getParent(), visible(c, control), port.getView());
            Rectangle view = new Rectangle(port.getView().getSize());
            if (!view.contains(inView)) {
                return "is outside its scroll pane's view " + inView + " of " + view;
            }
            return reachable(port, root, false);
        }
        Rectangle r = SwingUtilities.convertRectangle(c.getParent(), visible(c, control), root);
        Rectangle window = new Rectangle(root.getSize());
        return window.contains(r) ? null : "is outside the window " + r + " of " + window;
    }
}
