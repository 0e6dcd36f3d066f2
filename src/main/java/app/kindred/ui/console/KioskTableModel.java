package app.kindred.ui.console;

import app.kindred.net.KioskStatus;
import app.kindred.net.KioskView;
import app.kindred.ui.Clocks;
import app.kindred.ui.MessageBundle;
import java.time.Duration;
import java.util.List;
import javax.swing.table.AbstractTableModel;

/**
 * The kiosks following the room, as table rows: which kiosk, a first name only if the couple shared
 * one, connected or gone and for how long, step, time left, paused or time-out, where the pack is.
 * It has nothing else to show: {@link KioskStatus} carries no words.
 */
final class KioskTableModel extends AbstractTableModel {
    static final MessageBundle TEXT = new MessageBundle("app.kindred.ui.console.Kiosks");
    static final int KIOSK = 0;
    static final int NAME = 1;
    static final int LINK = 2;
    static final int STEP = 3;
    static final int LEFT = 4;
    static final int STATE = 5;
    static final int PACK = 6;
    private static final String[] HEADERS = {"kiosks.col.kiosk", "kiosks.col.name", "kiosks.col.link", "kiosks.col.step",
        "kiosks.col.left", "kiosks.col.state", "kiosks.col.pack"};

    private List<KioskView> rows = List.of();

    void setRows(List<KioskView> next) {
        boolean sameCount = next.size() == rows.size();
        rows = List.copyOf(next);
        if (sameCount && !rows.isEmpty()) {
            fireTableRowsUpdated(0, rows.size() - 1);
        } else {
            fireTableDataChanged();
        }
    }

    /** The couple at this row called a time-out: the row is highlighted. */
    boolean timeOut(int row) {
        KioskStatus s = rows.get(row).status();
        return s != null && s.timeOut() && rows.get(row).connected();
    }

    /** The kiosk at this row spoke once but is not heard from now: its step is history, not the present. */
    boolean gone(int row) {
        return rows.get(row).status() != null && !rows.get(row).connected();
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return HEADERS.length;
    }

    @Override
    public String getColumnName(int column) {
        return TEXT.get(HEADERS[column]);
    }

    @Override
    public Object getValueAt(int row, int column) {
        KioskView v = rows.get(row);
        KioskStatus s = v.status();
        return switch (column) {
            case KIOSK -> TEXT.format(s != null && s.roomView() ? "kiosks.roomView" : "kiosks.kiosk", v.number());
            case NAME -> s == null || s.sharedName() == null ? "" : s.sharedName().value();
            case LINK -> s == null ? TEXT.get("kiosks.link.never")
                    : TEXT.format(v.connected() ? "kiosks.link.up" : "kiosks.link.gone", Clocks.elapsed(v.since()));
            case STEP -> s == null || s.item() < 0 ? TEXT.get("kiosks.step.none")
                    : TEXT.format(v.connected() ? "kiosks.step" : "kiosks.step.gone", s.item() + 1, s.step() + 1);
            // A gone kiosk's time left and state are stale: not shown as if they were current.
            case LEFT -> s == null || !v.connected() || s.item() < 0 || s.finished() ? ""
                    : Clocks.countdown(Duration.ofMillis(s.remainingMillis()));
            case STATE -> s == null || !v.connected() ? "" : TEXT.get(s.timeOut() ? "kiosks.state.timeOut" : s.finished() ? "kiosks.state.finished"
                    : s.paused() ? "kiosks.state.paused" : "kiosks.state.running");
            default -> s == null ? "" : TEXT.get("kiosks.pack." + s.printing().name());
        };
    }
}
