package app.kindred.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
    @Test
    void parsesEveryFormOfTheSyntax() {
        assertThat(Durations.parse("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.parse("3m")).isEqualTo(Duration.ofMinutes(3));
        assertThat(Durations.parse("1m30s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.parse("1h15m")).isEqualTo(Duration.ofMinutes(75));
    }

    @Test
    void refusesWhatIsNotADuration() {
        assertThat(Durations.parse("-3m")).isNull();
        assertThat(Durations.parse("")).isNull();
        assertThat(Durations.parse("3 minutes")).isNull();
        assertThat(Durations.parse("m")).isNull();
    }

    @Test
    void formatsInTheShortestForm() {
        assertThat(Durations.format(Duration.ofSeconds(90))).isEqualTo("1m30s");
        assertThat(Durations.format(Duration.ofMinutes(60))).isEqualTo("1h");
        assertThat(Durations.roundMinutes(Duration.ofSeconds(89))).isEqualTo(1);
        assertThat(Durations.roundMinutes(Duration.ofSeconds(90))).isEqualTo(2);
    }

    @Test
    void spacesInsideADurationAreForgiven() {
        assertThat(Durations.parse("1m 30s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.parse("2 m")).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void wordsForUnitsGetASuggestion() {
        assertThat(Durations.suggest("3 minutes")).isEqualTo("3m");
        assertThat(Durations.suggest("1 min 30 sec")).isEqualTo("1m30s");
        assertThat(Durations.suggest("1 hour and 15 mins")).isEqualTo("1h15m");
        assertThat(Durations.suggest("soon")).isNull();
        assertThat(Durations.suggest("3m")).isNull();
    }

    @Test
    void everyWayKindredWritesADurationComesFromOnePlace() {
        assertThat(Durations.format(Duration.ofMillis(90_999))).isEqualTo("1m30s");
        assertThat(Durations.formatPrecise(Duration.ofMillis(-12_345))).isEqualTo("-12.345s");
        assertThat(Durations.parsePrecise("1h2m3.5s")).isEqualTo(Duration.ofMillis(3_723_500));
        assertThat(Durations.countdown(Duration.ofMillis(245_001))).isEqualTo("4:06");
        assertThat(Durations.countdown(Duration.ofMillis(-5))).isEqualTo("0:00");
        assertThat(Durations.countdown(Duration.ofSeconds(3723))).isEqualTo("1:02:03");
        assertThat(Durations.elapsed(Duration.ofMillis(245_999))).isEqualTo("4:05");
        assertThat(Durations.signed(Duration.ofSeconds(-60))).isEqualTo("\u22121:00");
        assertThat(Durations.roundMinutes(Duration.ofSeconds(89))).isEqualTo(1);
    }
}
