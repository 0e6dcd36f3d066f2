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
    private final KioskTableModel model = new KioskTableModel();
    private final JLabel codeLabel = new JLabel();
    private final JLabel none = new JLabel(KioskTableModel.TEXT.get("kiosks.none"));
    private final Timer refresh;

    /**
     * @param kiosks the hub's list ({@code hub::kiosks})
     * @param code   the pairing code to show ({@code () -> hub.pairing().code()})
     */
    public KioskListPanel(Supplier<List<KioskView>> kiosks, Supplier<String> code) {
        super(new MigLayout("insets dialog, fill, wrap 1", "[grow, fill]", "[][][grow, fill]"));
        this.kiosks = kiosks;
        this.code = code;
        setName("kioskList");
        JLabel title = new JLabel(KioskTableModel.TEXT.get("kiosks.title"));
        title.putClientProperty("FlatLaf.styleClass", "h2");
        codeLabel.setName("kioskList.code");
        codeLabel.putClientProperty("FlatLaf.styleClass", "h3");
        none.setName("kioskList.none");
        JTable table = new JTable(model);
        table.setName("kioskList.table");
        table.getAccessibleContext().setAccessibleName(KioskTableModel.TEXT.get("kiosks.title"));
        table.setDefaultRenderer(Object.class, new TimeOutHighlight());
        table.setFillsViewportHeight(true);
        add(title);
        add(codeLabel, "split 2");
        add(none);
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
            boolean alert = model.timeOut(table.convertRowIndexToModel(row));
            if (!selected) {
                c.setForeground(alert ? Theme.color("warning") : table.getForeground());
            }
            return c;
        }
    }
}
