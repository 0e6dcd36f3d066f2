package app.kindred.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The speech mode's command line: the volume mapped to spd-say's scale, the text as one argument, last. */
class SpdSayTest {
    @Test
    void theTextGoesAsOneArgumentAfterTheOptions() {
        assertThat(new SpdSay("spd-say", 60).arguments("--help; rm -rf /"))
                .containsExactly("spd-say", "--volume=20", "--priority=important", "--", "--help; rm -rf /");
    }

    @Test
    void theVolumeRunsFromSilentToFull() {
        assertThat(new SpdSay("spd-say", 0).arguments("x")).contains("--volume=-100");
        assertThat(new SpdSay("spd-say", 100).arguments("x")).contains("--volume=100");
        assertThat(new SpdSay("spd-say", 250).arguments("x")).contains("--volume=100");
    }

    @Test
    void aMissingSpeechServiceIsNoFailure() {
        SpdSay missing = new SpdSay("/nonexistent/spd-say", 50);
        missing.say("hello");
        missing.stop();
    }
}
