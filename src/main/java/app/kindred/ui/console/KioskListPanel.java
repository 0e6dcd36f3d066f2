package app.kindred.ui.console;

import app.kindred.net.KioskView;
import app.kindred.ui.Theme;
import java.awt.Component;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.Timer;
import javax.swing.table.DefaultTableCellRenderer;
import net.miginfocom.swing.MigLayout;

/**
 * The console's list of kiosks following the room (issue 17): the pairing code to give a new kiosk,
 * and one row per kiosk with its status, a called time-out highlighted. Status only, never words.
 * Reads the hub twice a second while it is on screen; the timer stops when it is not.
 */
public final class KioskListPanel extends JPanel {
    static final int REFRESH_MS = 500;
    private final Supplier<List<KioskView>> kiosks;
    private final Supplier<String> code;
    private final Supplier<java.net.URI> address;
    private final Supplier<String> joinUri;
    private final Supplier<String> problem;
    private final KioskTableModel model = new KioskTableModel();
    private final JLabel codeLabel = new JLabel();
    private final JLabel addressLabel = new JLabel();
    private final JLabel portLabel = new JLabel();
    private final JLabel problemLabel = new JLabel();
    private final QrCodeView qr = new QrCodeView(144);
    private final JLabel none = new JLabel(KioskTableModel.TEXT.get("kiosks.none"));
    private final Timer refresh;

    /**
     * @param kiosks the hub's list ({@code hub::kiosks})
     * @param code   the pairing code to show ({@code () -> hub.pairing().code()})
     */
    public KioskListPanel(Supplier<List<KioskView>> kiosks, Supplier<String> code) {
        this(kiosks, code, () -> null, () -> null, () -> null);
    }

    /** The console's panel for the room's hub: the address and code to join with, as text and as a QR code. */
    public KioskListPanel(RoomHub hub) {
        this(hub::kiosks, hub::code, hub::address, hub::joinUri, hub::problem);
    }

    private KioskListPanel(Supplier<List<KioskView>> kiosks, Supplier<String> code, Supplier<java.net.URI> address,
            Supplier<String> joinUri, Supplier<String> problem) {
        super(new MigLayout("insets dialog, fill, wrap 1, hidemode 3", "[grow, fill]", "[][][][][][grow, fill]"));
        this.kiosks = kiosks;
        this.code = code;
        this.address = address;
        this.joinUri = joinUri;
        this.problem = problem;
        setName("kioskList");
        JLabel title = new JLabel(KioskTableModel.TEXT.get("kiosks.title"));
        title.putClientProperty("FlatLaf.styleClass", "h2");
        // The code is read across a room: large, in two groups of three.
        codeLabel.setName("kioskList.code");
        codeLabel.putClientProperty("FlatLaf.styleClass", "h00");
        addressLabel.setName("kioskList.address");
        addressLabel.putClientProperty("FlatLaf.styleClass", "h3");
        portLabel.setName("kioskList.port");
        portLabel.putClientProperty("FlatLaf.styleClass", "h3");
        problemLabel.setName("kioskList.problem");
        problemLabel.setForeground(app.kindred.ui.Theme.color("warning"));
        problemLabel.setVisible(false);
        none.setName("kioskList.none");
        JTable table = new JTable(model);
        table.setName("kioskList.table");
        table.getAccessibleContext().setAccessibleName(KioskTableModel.TEXT.get("kiosks.title"));
        table.setDefaultRenderer(Object.class, new TimeOutHighlight());
        table.setFillsViewportHeight(true);
        add(title);
        // What a kiosk needs to join, left; the same as a QR code, right.
        JPanel join = new JPanel(new MigLayout("insets 0, wrap 1, hidemode 3, gapy 2", "[grow, fill]"));
        join.setOpaque(false);
        JLabel caption = new JLabel(KioskTableModel.TEXT.get("kiosks.codeCaption"));
        caption.setLabelFor(codeLabel);
        join.add(caption);
        join.add(codeLabel);
        join.add(addressLabel, "gaptop 6, wmin 10");
        join.add(portLabel, "wmin 10");
        add(join, "split 2, growx, top, wmin 10");
        add(qr, "top, gapleft 12");
        JLabel how = new JLabel(KioskTableModel.TEXT.get("kiosks.join"));
        how.setName("kioskList.how");
        add(how, "wmin 10");
        add(problemLabel, "wmin 10");
        add(none, "wmin 10");
        add(new JScrollPane(table));
        refresh = new Timer(REFRESH_MS, e -> update());
        update();
    }

    /** Reads the hub now (the timer does it twice a second while shown). */
    void update() {
        List<KioskView> now = kiosks.get();
        model.setRows(now);
        none.setVisible(now.isEmpty());
        codeLabel.setText(KioskTableModel.TEXT.format("kiosks.code", grouped(code.get())));
        codeLabel.getAccessibleContext().setAccessibleName(KioskTableModel.TEXT.get("kiosks.codeCaption") + " " + code.get());
        java.net.URI a = address.get();
        addressLabel.setText(a == null ? KioskTableModel.TEXT.get("kiosks.address.none")
                : KioskTableModel.TEXT.format("kiosks.address", a.getHost()));
        portLabel.setText(a == null || a.getPort() < 0 ? " " : KioskTableModel.TEXT.format("kiosks.port", String.valueOf(a.getPort())));
        qr.setText(joinUri.get());
        String p = problem.get();
        problemLabel.setText(p == null ? " " : KioskTableModel.TEXT.format("kiosks.problem", p));
        problemLabel.setVisible(p != null);
    }

    /** The QR code's text (tests read what a camera would). */
    String qrText() {
        return qr.text();
    }

    KioskTableModel model() {
        return model;
    }

    /** "123456" as "123 456": easier to read across a room. */
    static String grouped(String code) {
        return code != null && code.length() == 6 ? code.substring(0, 3) + " " + code.substring(3) : String.valueOf(code);
    }

    @Override
    public void addNotify() {
        super.addNotify();
        refresh.start();
    }

    @Override
    public void removeNotify() {
        refresh.stop();
        super.removeNotify();
    }

    /** Rows whose couple called a time-out stand out in the theme's warning colour (and say so in capitals). */
    private final class TimeOutHighlight extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus,
                int row, int column) {
            Component c = super.getTableCellRendererComponent(table, value, selected, focus, row, column);
            int r = table.convertRowIndexToModel(row);
            boolean alert = model.timeOut(r);
            if (!selected) {
                // A gone kiosk's row is greyed: what it last said is not what it does now.
                c.setForeground(alert ? Theme.color("warning") : model.gone(r)
                        ? javax.swing.UIManager.getColor("Label.disabledForeground") : table.getForeground());
            }
            return c;
        }
    }
}
