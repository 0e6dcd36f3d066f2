package app.kindred.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PrintSettingsTest {
    @Test
    void readsTheTypedKeys() {
        Properties p = new Properties();
        p.setProperty("kindred.print.printer", "Office");
        p.setProperty("kindred.print.paper", "letter");
        p.setProperty("kindred.print.duplex", "false");
        p.setProperty("kindred.print.timeout", "4s");
        p.setProperty("kindred.print.retry", "10s, 1m");
        PrintSettings s = PrintSettings.from(p);

        assertThat(s.printer()).isEqualTo("Office");
        assertThat(s.paper()).isEqualTo("Letter");
        assertThat(s.duplex()).isFalse();
        assertThat(s.timeout()).isEqualTo(Duration.ofSeconds(4));
        assertThat(s.retry().delayAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(s.retry().delayAfter(9)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void printerAndPaperComeFromTheSettingsFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        java.nio.file.Path file = tmp.resolve("settings.properties");
        java.nio.file.Files.writeString(file, "printer=Office\npaper=letter\n");

        PrintSettings s = PrintSettings.load(file);

        assertThat(s.printer()).isEqualTo("Office");
        assertThat(s.paper()).isEqualTo("Letter");
        assertThat(PrintSettings.load(tmp.resolve("none.properties")).paper()).isEqualTo("A4");
    }

    @Test
    void aTypoFallsBackToTheDefaultInsteadOfStoppingPrinting() {
        Properties p = new Properties();
        p.setProperty("kindred.print.timeout", "ten seconds");
        p.setProperty("kindred.print.retry", "soon");
        PrintSettings s = PrintSettings.from(p);

        assertThat(s.timeout()).isEqualTo(PrintSettings.defaults().timeout());
        assertThat(s.retry()).isEqualTo(RetrySchedule.DEFAULT);
    }

    @Test
    void theDefaultScheduleBacksOffFromThirtySecondsToFiveMinutes() {
        RetrySchedule r = RetrySchedule.DEFAULT;
        assertThat(r.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(r.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(r.delayAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(r.delayAfter(4)).isEqualTo(Duration.ofMinutes(5));
        assertThat(r.delayAfter(40)).isEqualTo(Duration.ofMinutes(5));
        assertThatThrownBy(() -> RetrySchedule.parse("30s,-1m")).hasMessageContaining("-1m");
    }
}
