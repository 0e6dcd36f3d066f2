package app.kindred.persist;

import app.kindred.content.Durations;
import java.time.Duration;

/**
 * Durations in files a person reads: {@code 4m}, {@code 1h2m3s}, {@code 12.345s}, {@code 0s}, and a
 * leading minus for a negative one. The syntax and the formatter are {@link Durations}'s (one place
 * for every duration Kindred writes); this is persist's name for them.
 */
final class DurationText {
    private DurationText() {
    }

    static String format(Duration d) {
        return Durations.formatPrecise(d);
    }

    /** Parses the syntax; throws IllegalArgumentException with a readable message otherwise. */
    static Duration parse(String text) {
        return Durations.parsePrecise(text);
    }
}
