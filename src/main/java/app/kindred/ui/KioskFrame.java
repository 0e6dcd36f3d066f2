package app.kindred.ui;

import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.GraphicsDevice;
import java.awt.Rectangle;
import java.awt.event.MouseAdapter;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JRootPane;
import javax.swing.Timer;
import javax.swing.WindowConstants;
import net.miginfocom.swing.MigLayout;

/**
 * The one undecorated full-screen window. Its content is the {@link Navigator}'s deck of screens;
 * above it an overlay layer shows prompts such as "Still there?" or "Time-out" over the current
 * screen without leaving it.
 */
public final class KioskFrame {
    private final QuietFrame frame;
    private final Navigator navigator;
    private final OverlayLayer overlay = new OverlayLayer();
    private final Announcer announcer = new Announcer();
    private Runnable closeRequest = () -> { };

    public KioskFrame(String title, Navigator navigator) {
        Edt.check();
        this.navigator = navigator;
        frame = new QuietFrame(title);
        frame.setName("kiosk");
        frame.setUndecorated(true);
        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                closeRequest.run();
            }
        });
        // A thin strip above the screens holds the control every couple screen offers ("Need support?").
        corner.setOpaque(false);
        corner.setName("kiosk.corner");
        JPanel content = new JPanel(new net.miginfocom.swing.MigLayout("fill, insets 0, gap 0, hidemode 3",
                "[grow, fill]", "[][grow, fill]"));
        content.add(corner, "growx, wrap");
        content.add(new ScreenViewport(navigator.component()).inScrollPane(), "grow");
        frame.setContentPane(content);
        frame.setGlassPane(overlay);
        frame.getAccessibleContext().setAccessibleName(title);
        announcer.install(frame.getLayeredPane());
    }

    /** The window's live region: what a screen reader (and the built-in speech) is told. */
    public Announcer announcer() {
        return announcer;
    }

    private final JPanel corner = new JPanel(new net.miginfocom.swing.MigLayout("insets 8lp 48lp 0 48lp, novisualpadding, fillx", "push[]"));

    /** Puts a control at the top right, above every screen; shown while {@code show} says so. */
    public void setCornerControl(javax.swing.JComponent control) {
        Edt.check();
        corner.removeAll();
        corner.add(control);
        corner.revalidate();
    }

    /** Shows or hides the strip with the corner control (it takes no room when hidden). */
    public void showCorner(boolean show) {
        corner.setVisible(show);
    }

    public JFrame frame() {
        return frame;
    }

    public Navigator navigator() {
        return navigator;
    }

    /** What a window-close request does (the console issue replaces this with its PIN lock). */
    public void onCloseRequest(Runnable action) {
        closeRequest = action;
    }

    /**
     * Shows the frame on a display: exclusive full screen where the platform supports it, else an
     * undecorated window covering the display. With {@code windowed} non-null (development,
     * screenshots) it is a plain window of that size instead.
     */
    public void show(GraphicsDevice device, Dimension windowed) {
        Edt.check();
        Rectangle screen = device.getDefaultConfiguration().getBounds();
        if (windowed != null) {
            screen = new Rectangle(screen.x, screen.y, windowed.width, windowed.height);
        }
        // Placed before it is shown: under Xvfb without a window manager nobody moves it later,
        // and a robot's first click would otherwise land off target.
        frame.setBounds(screen);
        if (windowed == null && device.isFullScreenSupported()) {
            device.setFullScreenWindow(frame);
        } else {
            if (windowed == null) {
                frame.setExtendedState(JFrame.MAXIMIZED_BOTH);
            }
            frame.setVisible(true);
        }
        frame.toFront();
    }

    /**
     * Runs {@code action} on the event thread once the window's content has first been painted
     * (then behind the events already queued, such as the first focus), or after {@code fallback}
     * if no paint came by then (a window manager that never exposes it): the kiosk's "ready".
     */
    public void whenFirstPainted(Runnable action, Duration fallback) {
        Edt.check();
        boolean[] ran = {false};
        Runnable once = () -> {
            if (!ran[0]) {
                ran[0] = true;
                action.run();
            }
        };
        Timer timer = new Timer((int) fallback.toMillis(), e -> once.run());
        timer.setRepeats(false);
        timer.start();
        frame.whenFirstPainted(() -> {
            timer.stop();
            once.run();
        });
    }

    /** Shows a prompt above the current screen; keyboard focus moves into it and stays there. */
    public void showOverlay(JComponent content, JComponent focus) {
        Edt.check();
        overlay.removeAll();
        // Not opaque: FlatLaf then paints only a rounded card's shape, and the scrim shows in its
        // corners (an opaque one fills them with its parent's plain background).
        content.setOpaque(false);
        // At a large UI scale a card can be bigger than the screen: it scrolls instead of being cut off.
        JPanel centred = new JPanel(new MigLayout("fill, insets 0, novisualpadding", "[center]", "[center]"));
        centred.setOpaque(false);
        centred.add(content);
        javax.swing.JScrollPane scroll = new ScreenViewport(centred, false).inScrollPane();
        scroll.setName("overlay.scroll");
        overlay.add(scroll, "grow");
        overlay.getAccessibleContext().setAccessibleName(content.getAccessibleContext().getAccessibleName());
        overlay.setVisible(true);
        frame.accessibleChildrenChanged();
        overlay.revalidate();
        overlay.repaint();
        Edt.later(() -> {
            if (focus != null) {
                focus.requestFocusInWindow();
            }
        });
    }

    public void hideOverlay() {
        Edt.check();
        overlay.setVisible(false);
        overlay.removeAll();
        frame.accessibleChildrenChanged();
        Component screen = navigator.current() == null ? null : navigator.current().component();
        if (screen instanceof JComponent j) {
            Component first = j.getFocusTraversalPolicy().getDefaultComponent(j);
            if (first != null) {
                first.requestFocusInWindow();
            }
        }
    }

    public boolean overlayShowing() {
        return overlay.isVisible();
    }

    public void dispose() {
        Edt.check();
        GraphicsDevice device = frame.getGraphicsConfiguration().getDevice();
        if (device.getFullScreenWindow() == frame) {
            device.setFullScreenWindow(null);
        }
        frame.dispose();
    }

    /**
     * The kiosk's window. It tells when its content was first painted ({@link #whenFirstPainted}).
     * And it takes no part in typing (its text fields have their own input methods), so its mouse
     * and focus events do not open the X input method either (see Widgets#named): Java passes a
     * component's events to the input method only if it takes key events; JFrame turns them on,
     * here they are off again. Keys still reach the focused component inside, and the kiosk's own
     * shortcuts come through a KeyEventDispatcher, neither through the window.
     * ({@code enableInputMethods(false)} on a window would open the input method to end a composition.)
     */
    private static final class QuietFrame extends JFrame {
        private final List<Runnable> afterFirstPaint = new ArrayList<>();
        private boolean painted;

        QuietFrame(String title) {
            super(title);
            disableEvents(AWTEvent.KEY_EVENT_MASK);
        }

        /** Tells a screen reader the window's top-level children changed (an overlay came or went). */
        void accessibleChildrenChanged() {
            getRootPane().getAccessibleContext().firePropertyChange(
                    javax.accessibility.AccessibleContext.ACCESSIBLE_VISIBLE_DATA_PROPERTY, false, true);
        }

        @Override
        protected JRootPane createRootPane() {
            JRootPane root = new JRootPane() {
                @Override
                public void paint(Graphics g) {
                    super.paint(g);
                    firstPaintDone();
                }

                /**
                 * While an overlay shows, the screen under it leaves the accessibility tree: a
                 * screen reader finds only the prompt (and the live region), as a sighted person
                 * sees only the prompt above the dimmed screen.
                 */
                @Override
                public javax.accessibility.AccessibleContext getAccessibleContext() {
                    if (accessibleContext == null) {
                        accessibleContext = new AccessibleJRootPane() {
                            private List<javax.accessibility.Accessible> shown() {
                                List<javax.accessibility.Accessible> out = new ArrayList<>();
                                if (getGlassPane().isVisible() && getGlassPane() instanceof javax.accessibility.Accessible g) {
                                    out.add(g);
                                    for (Component c : getLayeredPane().getComponentsInLayer(javax.swing.JLayeredPane.DRAG_LAYER)) {
                                        if (c instanceof javax.accessibility.Accessible a) {
                                            out.add(a);
                                        }
                                    }
                                }
                                return out;
                            }

                            @Override
                            public int getAccessibleChildrenCount() {
                                List<javax.accessibility.Accessible> s = shown();
                                return s.isEmpty() ? super.getAccessibleChildrenCount() : s.size();
                            }

                            @Override
                            public javax.accessibility.Accessible getAccessibleChild(int i) {
                                List<javax.accessibility.Accessible> s = shown();
                                if (s.isEmpty()) {
                                    return super.getAccessibleChild(i);
                                }
                                return i >= 0 && i < s.size() ? s.get(i) : null;
                            }
                        };
                    }
                    return accessibleContext;
                }
            };
            root.setOpaque(true); // as JFrame's own
            return root;
        }

        void whenFirstPainted(Runnable action) {
            if (painted) {
                Edt.later(action);
            } else {
                afterFirstPaint.add(action);
            }
        }

        /** After painting, not during it: the actions run as the next events, behind any already queued. */
        private void firstPaintDone() {
            if (!painted) {
                painted = true;
                for (Runnable r : afterFirstPaint) {
                    Edt.later(r);
                }
                afterFirstPaint.clear();
            }
        }
    }

    /** A dimmed layer over the screen that swallows clicks so only the prompt can be used. */
    private static final class OverlayLayer extends JPanel {
        OverlayLayer() {
            super(new MigLayout("fill, insets dialog"));
            setName("overlay");
            setOpaque(false);
            setVisible(false);
            setFocusCycleRoot(true);
            MouseAdapter swallow = new MouseAdapter() { };
            addMouseListener(swallow);
            addMouseMotionListener(swallow);
            addMouseWheelListener(swallow);
        }

        /** A dialog to a screen reader: the prompt is all there is while it shows. */
        @Override
        public javax.accessibility.AccessibleContext getAccessibleContext() {
            if (accessibleContext == null) {
                accessibleContext = new AccessibleJPanel() {
                    @Override
                    public javax.accessibility.AccessibleRole getAccessibleRole() {
                        return javax.accessibility.AccessibleRole.DIALOG;
                    }
                };
            }
            return accessibleContext;
        }

        @Override
        protected void paintComponent(Graphics g) {
            g.setColor(Theme.color("scrim"));
            g.fillRect(0, 0, getWidth(), getHeight());
            super.paintComponent(g);
        }
    }
}
