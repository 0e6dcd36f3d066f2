package app.kindred.ui.console;

import app.kindred.ui.ConsoleText;
import app.kindred.ui.Edt;
import app.kindred.ui.Widgets;
import app.kindred.ui.lock.KioskLockdown;
import java.awt.Color;
import java.awt.Graphics;
import java.awt.GraphicsConfiguration;
import java.awt.GraphicsDevice;
import java.awt.Rectangle;
import java.awt.event.MouseAdapter;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/**
 * Puts the room view and the console on the screens as a {@link DisplayPlan} says: one window over
 * the whole screen with the console as an overlay, or one window per screen. The two views are
 * plain components that move between windows, so re-arranging (a swap, a projector plugged in or
 * pulled out) never touches the session. A window belongs to one screen (on X11 with separate
 * screens a window cannot cross to another), so a window is rebuilt when its screen changes.
 */
public final class DisplayWindows {
    private static final Logger LOG = Logger.getLogger(DisplayWindows.class.getName());

    private final String title;
    private final KioskLockdown lockdown;
    private final JComponent roomView;
    private final JComponent console;
    private final OverlayPane overlay = new OverlayPane();
    private JFrame roomFrame;
    private Display roomDisplay;
    private JFrame consoleFrame;
    private Display consoleDisplay;
    private DisplayPlan plan;
    private boolean swapped;
    private boolean consoleOpen;
    private Rectangle windowedSize;

    public DisplayWindows(String title, KioskLockdown lockdown, JComponent roomView, JComponent console) {
        this.title = title;
        this.lockdown = lockdown;
        this.roomView = roomView;
        this.console = console;
    }

    /** Development and screenshots: plain windows of this size instead of full screen (null = full screen). */
    public void setWindowed(Rectangle size) {
        windowedSize = size;
    }

    public DisplayPlan plan() {
        return plan;
    }

    public boolean swapped() {
        return swapped;
    }

    public JFrame roomFrame() {
        return roomFrame;
    }

    /** The console's own window with two displays; null while it is an overlay. */
    public JFrame consoleFrame() {
        return consoleFrame;
    }

    /** Places everything for these screens; call again whenever they change. */
    public void arrange(List<Display> displays) {
        Edt.check();
        DisplayPlan next = DisplayPlan.plan(displays, swapped);
        if (next.equals(plan)) {
            return;
        }
        plan = next;
        LOG.info("displays: " + displays.size() + ", layout " + next.mode() + (swapped ? " (swapped)" : ""));
        if (!next.room().equals(roomDisplay) || roomFrame == null) {
            roomFrame = replace(roomFrame, next.room(), "room.window", roomView);
            roomDisplay = next.room();
        }
        if (next.mode() == DisplayPlan.Mode.SEPARATE) {
            overlay.setVisible(false);
            overlay.removeAll();
            if (!next.console().equals(consoleDisplay) || consoleFrame == null) {
                consoleFrame = replace(consoleFrame, next.console(), "console.window", console);
                consoleDisplay = next.console();
            }
        } else {
            if (consoleFrame != null) {
                dispose(consoleFrame);
                consoleFrame = null;
                consoleDisplay = null;
            }
            overlay.removeAll();
            // Over the room view the console is a rounded sheet, like every card Kindred shows on top of
            // a screen; the inset keeps the console's square corners inside the sheet's rounded ones.
            JPanel sheet = new JPanel(new MigLayout("fill, insets 12lp", "[grow, fill]", "[grow, fill]"));
            sheet.setName("console.overlay.sheet");
            Widgets.style(sheet, "consoleSheet");
            sheet.add(console, "grow");
            overlay.add(sheet, "grow");
            overlay.setVisible(consoleOpen);
        }
        roomFrame.getRootPane().revalidate();
        roomFrame.repaint();
    }

    /** Swaps the room view and the console between the two screens. */
    public void swap(List<Display> displays) {
        swapped = !swapped;
        plan = null;
        // Both windows change screens: rebuild both so each lands on its new device.
        roomDisplay = null;
        consoleDisplay = null;
        arrange(displays);
    }

    /** With one screen: shows or hides the console over the room view. No effect with two. */
    public void setConsoleOpen(boolean open) {
        Edt.check();
        consoleOpen = open;
        if (plan != null && plan.mode() == DisplayPlan.Mode.OVERLAY) {
            overlay.setVisible(open);
            overlay.revalidate();
            overlay.repaint();
        }
    }

    public boolean consoleOpen() {
        return consoleOpen;
    }

    /** True if the console can be seen now: its own window, or the overlay open. */
    public boolean consoleVisible() {
        return plan != null && (plan.mode() == DisplayPlan.Mode.SEPARATE || consoleOpen);
    }

    private JFrame replace(JFrame old, Display display, String name, JComponent content) {
        if (old != null) {
            old.getContentPane().remove(content);
            dispose(old);
        }
        GraphicsConfiguration gc = Displays.config(display);
        JFrame f = new JFrame("room.window".equals(name) ? title : ConsoleText.get("console.window.title"), gc);
        f.setName(name);
        f.getAccessibleContext().setAccessibleName(title);
        f.setUndecorated(true);
        JPanel holder = new JPanel(new MigLayout("fill, insets 0", "[grow, fill]", "[grow, fill]"));
        // Never wider or taller than the window, whatever the content's minimum: on a small screen the
        // PIN pad stays centred in view instead of in a panel running off the window's edge.
        holder.add(content, "grow, wmin 0, hmin 0");
        f.setContentPane(holder);
        if ("room.window".equals(name)) {
            f.setGlassPane(overlay);
        }
        lockdown.install(f);
        show(f, display, gc.getDevice());
        return f;
    }

    private void show(JFrame f, Display display, GraphicsDevice device) {
        Rectangle bounds = display.bounds();
        // A display that is a whole device goes exclusive full screen; a made-up half of one (tests)
        // or a windowed run gets an undecorated window with those bounds. Placed before it shows:
        // under Xvfb without a window manager nobody moves it later.
        boolean wholeDevice = bounds.equals(device.getDefaultConfiguration().getBounds());
        if (windowedSize != null) {
            bounds = new Rectangle(bounds.x, bounds.y, windowedSize.width, windowedSize.height);
        }
        f.setBounds(bounds);
        if (windowedSize == null && wholeDevice && device.isFullScreenSupported() && device.getFullScreenWindow() == null) {
            device.setFullScreenWindow(f);
        } else {
            f.setVisible(true);
        }
        f.toFront();
        f.requestFocus();
    }

    private static void dispose(JFrame f) {
        GraphicsDevice device = f.getGraphicsConfiguration().getDevice();
        if (device.getFullScreenWindow() == f) {
            device.setFullScreenWindow(null);
        }
        f.dispose();
    }

    public void disposeAll() {
        Edt.check();
        if (consoleFrame != null) {
            dispose(consoleFrame);
        }
        if (roomFrame != null) {
            dispose(roomFrame);
        }
        consoleFrame = null;
        roomFrame = null;
        plan = null;
    }

    /** The room window's glass pane: a scrim with the console on it, swallowing clicks meant for the room view. */
    private static final class OverlayPane extends JPanel {
        OverlayPane() {
            super(new MigLayout("fill, insets 2%", "[grow, fill]", "[grow, fill]"));
            setName("console.overlay");
            setOpaque(false);
            setVisible(false);
            MouseAdapter swallow = new MouseAdapter() { };
            addMouseListener(swallow);
            addMouseMotionListener(swallow);
        }

        @Override
        protected void paintComponent(Graphics g) {
            Color scrim = Objects.requireNonNullElse(UIManager.getColor("Kindred.scrim"), getBackground());
            g.setColor(scrim);
            g.fillRect(0, 0, getWidth(), getHeight());
            super.paintComponent(g);
        }
    }
}
