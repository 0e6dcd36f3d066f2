package app.kindred.ui.console;

import app.kindred.ui.ConsoleText;
import app.kindred.ui.Clocks;
import app.kindred.session.AgendaItem;
import java.util.List;
import javax.swing.table.AbstractTableModel;

/** The agenda as table rows: position, item, planned minutes, time used, state. */
final class AgendaTableModel extends AbstractTableModel {
    static final int POSITION = 0;
    static final int TITLE = 1;
    static final int PLANNED = 2;
    static final int USED = 3;
    static final int STATE = 4;
    private static final String[] HEADERS = {"agenda.position", "agenda.title", "agenda.planned", "agenda.used", "agenda.state"};

    private List<AgendaItem> items = List.of();

    /** Replaces the rows; only fires what changed so the selection survives a repaint. */
    void setItems(List<AgendaItem> next) {
        List<AgendaItem> before = items;
        items = List.copyOf(next);
        if (before.size() != items.size()) {
            fireTableDataChanged();
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).equals(before.get(i))) {
                fireTableRowsUpdated(i, i);
            }
        }
    }

    AgendaItem item(int row) {
        return items.get(row);
    }

    @Override
    public int getRowCount() {
        return items.size();
    }

    @Override
    public int getColumnCount() {
        return HEADERS.length;
    }

    @Override
    public String getColumnName(int column) {
        return ConsoleText.get(HEADERS[column]);
    }

    @Override
    public Object getValueAt(int row, int column) {
        AgendaItem item = items.get(row);
        return switch (column) {
            case POSITION -> Integer.toString(item.position() + 1);
            case TITLE -> item.isBreak() ? ConsoleText.format("agenda.break", item.title()) : item.title();
            case PLANNED -> ConsoleText.format("agenda.minutes", Clocks.minutes(item.planned()));
            case USED -> item.state() == AgendaItem.State.UPCOMING ? "" : Clocks.elapsed(item.used());
            default -> ConsoleText.get("agenda.state." + item.state().name().toLowerCase(java.util.Locale.ROOT));
        };
    }
}
