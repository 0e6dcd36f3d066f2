package app.kindred.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClocksTest {
    @Test
    void aCountdownRoundsUpSoZeroMeansOver() {
        assertThat(Clocks.countdown(Duration.ofMillis(59_001))).isEqualTo("1:00");
        assertThat(Clocks.countdown(Duration.ofMillis(1))).isEqualTo("0:01");
        assertThat(Clocks.countdown(Duration.ZERO)).isEqualTo("0:00");
        assertThat(Clocks.countdown(Duration.ofSeconds(-5))).isEqualTo("0:00");
        assertThat(Clocks.countdown(Duration.ofSeconds(3723))).isEqualTo("1:02:03");
    }

    @Test
    void elapsedRoundsDownAndSignedShowsTheDirection() {
        assertThat(Clocks.elapsed(Duration.ofMillis(59_999))).isEqualTo("0:59");
        assertThat(Clocks.signed(Duration.ofSeconds(150))).isEqualTo("+2:30");
        assertThat(Clocks.signed(Duration.ofSeconds(-60))).isEqualTo("\u22121:00");
        assertThat(Clocks.signed(Duration.ZERO)).isEqualTo("\u00b10:00");
    }
}
