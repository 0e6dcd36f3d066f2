package app.kindred.ui.console;

import app.kindred.content.ContentLibrary;
import app.kindred.session.SessionEngine;
import app.kindred.ui.Edt;
import app.kindred.ui.MessageBundle;
import app.kindred.ui.Widgets;
import app.kindred.ui.room.RoomView;
import java.awt.GraphicsDevice;
import java.awt.Rectangle;
import java.time.Clock;
import java.util.function.BooleanSupplier;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.WindowConstants;
import net.miginfocom.swing.MigLayout;

/**
 * A second room view ({@code kindred room-view}, docs/NETWORK.md): a projector or a TV in another
 * corner that shows only the {@link RoomView}, full screen, kept on the room's step by a
 * {@link app.kindred.net.KioskLink} to the console's hub. No console, no PIN pad, no couple's controls; no keys do
 * anything. It shows no one's words. If the hub goes away it runs on its own clock and says
 * "reconnecting" in small type in a corner. Built and used on the event thread.
 */
public final class SecondRoomView {
    static final MessageBundle TEXT = KioskTableModel.TEXT;

    private final Workshop workshop;
    private final RoomView roomView;
    private final JLabel reconnecting = Widgets.label("secondView.reconnecting", "roomSecondary",
            TEXT.get("secondView.reconnecting"));
    private final JPanel root = new JPanel(new MigLayout("fill, insets 0, gap 0", "[grow, fill]", "[grow, fill][]"));
    private final BooleanSupplier connected;
    private JFrame frame;

    /**
     * @param engine    the room's programme in {@code Mode.ROOM}, driven only by {@code link}
     * @param connected whether the link to the hub is up now
     */
    public SecondRoomView(SessionEngine engine, ContentLibrary library, Clock wallClock, BooleanSupplier connected) {
        Edt.check();
        this.connected = connected;
        workshop = new Workshop(engine);
        roomView = new RoomView(wallClock);
        roomView.setOptInLevels(p -> library == null ? null : library.deck(p.deckId()).filter(d -> d.isOptIn(p.level()))
                .map(d -> d.levels().get(p.level() - 1)).orElse(null));
        root.setName("secondView");
        root.add(roomView.component(), "grow, wrap");
        reconnecting.setVisible(false);
        reconnecting.setHorizontalAlignment(javax.swing.SwingConstants.RIGHT);
        reconnecting.setBorder(javax.swing.BorderFactory.createEmptyBorder(0, 0, 8, 24));
        root.add(reconnecting, "growx, hidemode 3");
        workshop.addView(s -> {
            roomView.render(s.session());
            reconnecting.setVisible(!this.connected.getAsBoolean());
        });
    }

    /**
     * Shows it full screen on {@code device}, or in an undecorated window with {@code bounds} (trying it
     * out, tests), and starts repainting. Closing the window (the window manager) runs {@code onClose}.
     */
    public void show(GraphicsDevice device, Rectangle bounds, Runnable onClose) {
        Edt.check();
        frame = new JFrame(app.kindred.ui.ConsoleText.get("room.window.title"));
        frame.setName("secondView.window");
        frame.setUndecorated(true);
        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosing(java.awt.event.WindowEvent e) {
                onClose.run();
            }
        });
        frame.setContentPane(root);
        if (bounds == null && device.isFullScreenSupported()) {
            frame.setBounds(device.getDefaultConfiguration().getBounds());
            device.setFullScreenWindow(frame);
        } else {
            frame.setBounds(bounds != null ? bounds : device.getDefaultConfiguration().getBounds());
            frame.setVisible(true);
        }
        workshop.refresh();
        workshop.startRepainting();
    }

    public JFrame frame() {
        return frame;
    }

    public RoomView roomView() {
        return roomView;
    }

    /** The small "reconnecting" line is showing. */
    public boolean reconnectingShown() {
        return reconnecting.isShowing();
    }

    /** Redraws from the engine now (the timer does it four times a second). */
    public void refresh() {
        workshop.refresh();
    }

    public void close() {
        Edt.check();
        workshop.stopRepainting();
        if (frame != null) {
            GraphicsDevice d = frame.getGraphicsConfiguration().getDevice();
            if (d.getFullScreenWindow() == frame) {
                d.setFullScreenWindow(null);
            }
            frame.dispose();
        }
    }
}
