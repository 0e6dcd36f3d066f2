package app.kindred.ui;

import app.kindred.content.Durations;
import java.time.Duration;

/**
 * How the console and the room view write durations: {@code 4:05}, {@code 1:02:03}, {@code 12 min}.
 * The formats are {@link Durations}'s, the one place for every duration Kindred writes.
 */
public final class Clocks {
    private Clocks() {
    }

    /** A countdown: rounds up, so "0:00" shows only when the time is really over. */
    public static String countdown(Duration d) {
        return Durations.countdown(d);
    }

    /** Time already spent: rounds down. */
    public static String elapsed(Duration d) {
        return Durations.elapsed(d);
    }

    /** Signed minutes and seconds for "over / under plan": {@code +2:30}, {@code −1:00}, {@code ±0:00}. */
    public static String signed(Duration d) {
        return Durations.signed(d);
    }

    /** Whole minutes, rounded to nearest. */
    public static long minutes(Duration d) {
        return Durations.roundMinutes(d);
    }
}
