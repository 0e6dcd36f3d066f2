package app.kindred.ui.console;

import app.kindred.ui.Edt;
import app.kindred.ui.OnScreenKeyboard;
import app.kindred.ui.Theme;
import app.kindred.ui.Widgets;
import app.kindred.ui.kiosk.RoomFollow;
import com.formdev.flatlaf.FlatClientProperties;
import java.awt.event.ActionEvent;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;

/**
 * "Join a workshop" in the kiosk's facilitator menu (issue 17): the hub's address, port and pairing
 * code as the console shows them, typed on a keyboard or the on-screen one; pairing runs off the
 * event thread and says plainly what went wrong (wrong code, no hub there, no answer).
 */
final class JoinWorkshopPanel {
    private static final Logger LOG = Logger.getLogger(JoinWorkshopPanel.class.getName());
    private static final app.kindred.ui.MessageBundle TEXT = KioskTableModel.TEXT;

    private final RoomFollow room;
    private final Runnable joined;
    private final JPanel panel = new JPanel(new MigLayout("insets 32lp, wrap 2, hidemode 3, gap 16lp 12lp",
            "[right][grow, fill]"));
    private final JTextField host = field("join.host", 18);
    private final JTextField port = field("join.port", 6);
    private final JTextField code = field("join.code", 8);
    private final javax.swing.JTextArea message = Widgets.paragraph("join.message", "body", " ");
    private final JButton join;
    private final JButton cancel;
    private final OnScreenKeyboard keyboard;
    private JTextField typingInto;
    private boolean busy;

    /**
     * @param joined what follows a join (back to the menu, which now says the kiosk follows the room)
     * @param cancel what Cancel does (back to the menu)
     */
    JoinWorkshopPanel(RoomFollow room, Runnable joined, Runnable cancelled) {
        this.room = room;
        this.joined = joined;
        panel.setName("join");
        Widgets.style(panel, "card");
        panel.getAccessibleContext().setAccessibleName(TEXT.get("join.title"));
        panel.add(Widgets.label("join.title", "title", TEXT.get("join.title")), "span 2, left");
        panel.add(Widgets.paragraph("join.help", "body", TEXT.get("join.help")), "span 2, growx, wmax 720lp");
        panel.add(label("join.host", host));
        panel.add(host, "h 56lp!");
        panel.add(label("join.port", port));
        panel.add(port, "h 56lp!, growx 0, w 160lp!");
        panel.add(label("join.code", code));
        panel.add(code, "h 56lp!, growx 0, w 220lp!");
        code.addActionListener(e -> join());
        host.addActionListener(e -> port.requestFocusInWindow());
        port.addActionListener(e -> code.requestFocusInWindow());
        panel.add(message, "span 2, growx, wmax 720lp");
        join = Widgets.named(new JButton(new AbstractAction(TEXT.get("join.join")) {
            @Override
            public void actionPerformed(ActionEvent e) {
                join();
            }
        }), "join.join", "primary");
        cancel = Widgets.named(new JButton(new AbstractAction(TEXT.get("join.cancel")) {
            @Override
            public void actionPerformed(ActionEvent e) {
                if (!busy) {
                    cancelled.run();
                }
            }
        }), "join.cancel", "touch");
        keyboard = new OnScreenKeyboard("join.keyboard", () -> typingInto != null ? typingInto : host);
        keyboard.component().setVisible(false);
        JPanel buttons = new JPanel(new MigLayout(Widgets.NESTED + ", gap 24lp"));
        buttons.setOpaque(false);
        buttons.add(cancel);
        buttons.add(keyboard.toggleButton("join.keyboardToggle", out -> {
            panel.revalidate();
            panel.repaint();
        }));
        buttons.add(join);
        panel.add(buttons, "span 2, center, gaptop 12lp");
        panel.add(keyboard.component(), "span 2, center");
    }

    private JTextField field(String name, int columns) {
        JTextField f = new JTextField(columns);
        f.setName(name);
        Widgets.style(f, "name");
        f.addFocusListener(new java.awt.event.FocusAdapter() {
            @Override
            public void focusGained(java.awt.event.FocusEvent e) {
                typingInto = f;
            }
        });
        return f;
    }

    private static JLabel label(String key, JComponent field) {
        JLabel l = Widgets.label(key + ".label", "body", TEXT.get(key));
        l.setLabelFor(field);
        field.getAccessibleContext().setAccessibleName(TEXT.get(key));
        return l;
    }

    JComponent component() {
        return panel;
    }

    JComponent initialFocus() {
        return host.getText().isEmpty() ? host : code;
    }

    /** Fresh each time it opens: the last address offered again, no code, no message. */
    void reset() {
        URI last = room.lastAddress();
        host.setText(last == null || last.getHost() == null ? "" : last.getHost());
        port.setText(String.valueOf(last == null || last.getPort() < 0 ? RoomFollow.DEFAULT_PORT : last.getPort()));
        code.setText("");
        code.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "123456");
        show(" ", false);
        setBusy(false);
        keyboard.reset();
    }

    private void join() {
        if (busy) {
            return;
        }
        String typedHost = host.getText();
        String typedCode = RoomFollow.codeIn(typedHost) != null ? RoomFollow.codeIn(typedHost) : code.getText();
        String url;
        try {
            url = RoomFollow.address(typedHost, port.getText());
        } catch (RoomFollow.JoinFailed e) {
            failed(e.problem());
            return;
        }
        setBusy(true);
        show(TEXT.format("join.joining", url.substring("tcp://".length())), false);
        CompletableFuture.runAsync(() -> {
            try {
                room.join(url, typedCode);
                Edt.run(this::succeeded);
            } catch (RoomFollow.JoinFailed e) {
                LOG.log(Level.INFO, "joining the workshop at " + url + " failed: " + e.problem(), e.getCause());
                Edt.run(() -> failed(e.problem()));
            }
        });
    }

    private void succeeded() {
        setBusy(false);
        show(TEXT.get("join.done"), false);
        joined.run();
    }

    private void failed(RoomFollow.Problem p) {
        setBusy(false);
        show(TEXT.get("join.problem." + p.name()), true);
        JTextField again = p == RoomFollow.Problem.WRONG_CODE || p == RoomFollow.Problem.BAD_CODE ? code : host;
        again.requestFocusInWindow();
        again.selectAll();
    }

    private void setBusy(boolean b) {
        busy = b;
        join.setEnabled(!b);
        cancel.setEnabled(!b);
        host.setEditable(!b);
        port.setEditable(!b);
        code.setEditable(!b);
    }

    private void show(String text, boolean problem) {
        Widgets.setParagraph(message, text);
        message.setForeground(problem ? Theme.color("warning") : javax.swing.UIManager.getColor("Label.foreground"));
    }

    /** What the message line says now (tests). */
    String message() {
        return message.getText();
    }
}
