package app.kindred.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.net.KioskStatus;
import app.kindred.net.KioskView;
import app.kindred.net.PrintState;
import app.kindred.net.SharedFirstName;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The console's list of kiosks: status without words, a time-out highlighted, gone with how long. */
class KioskTableModelTest {
    private final KioskTableModel model = new KioskTableModel();

    private List<String> row(int r) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < model.getColumnCount(); c++) {
            out.add(String.valueOf(model.getValueAt(r, c)));
        }
        return out;
    }

    @Test
    void eachKioskShowsItsStateAndOnlyANameTheCoupleShared() {
        model.setRows(List.of(
                new KioskView(1, "aaaaaaaa", new KioskStatus("evening", 0, 2, 61_500, false, false, false, PrintState.NONE,
                        new SharedFirstName("Robin")), true, Duration.ofSeconds(135)),
                new KioskView(2, "bbbbbbbb", new KioskStatus("evening", 0, 2, 20_000, true, true, false,
                        PrintState.IN_OUTBOX, null), true, Duration.ofSeconds(5)),
                new KioskView(3, "cccccccc", new KioskStatus("evening", 1, 0, 9_000, false, false, false, PrintState.PRINTING,
                        null), false, Duration.ofSeconds(8)),
                new KioskView(4, "dddddddd", null, false, Duration.ZERO)));

        assertThat(row(0)).containsExactly("Kiosk 1", "Robin", "connected 2:15", "item 1, step 3", "1:02", "running", "");
        assertThat(row(1)).containsExactly("Kiosk 2", "", "connected 0:05", "item 1, step 3", "0:20", "TIME-OUT CALLED",
                "waiting in the outbox");
        assertThat(row(2)).containsExactly("Kiosk 3", "", "gone 0:08", "(was at item 2, step 1)", "", "", "printing");
        assertThat(model.gone(2)).isTrue();
        assertThat(model.gone(0)).isFalse();
        assertThat(row(3)).containsExactly("Kiosk 4", "", "not seen yet", "not started", "", "", "");
        assertThat(model.timeOut(1)).isTrue();
        assertThat(model.timeOut(0)).isFalse();
    }

    @Test
    void thePairingCodeIsShownInTwoGroups() {
        assertThat(KioskListPanel.grouped("042917")).isEqualTo("042 917");
    }
}
