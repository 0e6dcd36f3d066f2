package app.kindred.persist;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations in files a person reads: {@code 4m}, {@code 1h2m3s}, {@code 12.345s}, {@code 0s}, and a
 * leading minus for a negative one. Like the content syntax, plus milliseconds where they matter.
 */
final class DurationText {
    private static final Pattern SYNTAX =
            Pattern.compile("(-)?(?:(\\d{1,6})h)?(?:(\\d{1,6})m)?(?:(\\d{1,9})(?:\\.(\\d{1,9}))?s)?");

    private DurationText() {
    }

    static String format(Duration d) {
        if (d.isNegative()) {
            return "-" + format(d.negated());
        }
        long millis = Math.round(d.toNanos() / 1_000_000.0);
        long s = millis / 1000;
        long ms = millis % 1000;
        StringBuilder b = new StringBuilder();
        if (s >= 3600) {
            b.append(s / 3600).append('h');
            s %= 3600;
        }
        if (s >= 60) {
            b.append(s / 60).append('m');
            s %= 60;
        }
        if (s > 0 || ms > 0 || b.length() == 0) {
            b.append(s);
            if (ms > 0) {
                b.append('.').append(String.format("%03d", ms).replaceAll("0+$", ""));
            }
            b.append('s');
        }
        return b.toString();
    }

    /** Parses the syntax; throws IllegalArgumentException with a readable message otherwise. */
    static Duration parse(String text) {
        String t = text == null ? "" : text.strip();
        Matcher m = SYNTAX.matcher(t);
        if (t.isEmpty() || t.equals("-") || !m.matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not a duration like 4m, 1h2m3s or 12.5s");
        }
        long nanos = 0;
        if (m.group(2) != null) {
            nanos += Long.parseLong(m.group(2)) * 3_600_000_000_000L;
        }
        if (m.group(3) != null) {
            nanos += Long.parseLong(m.group(3)) * 60_000_000_000L;
        }
        if (m.group(4) != null) {
            nanos += Long.parseLong(m.group(4)) * 1_000_000_000L;
        }
        if (m.group(5) != null) {
            nanos += Long.parseLong((m.group(5) + "000000000").substring(0, 9));
        }
        return Duration.ofNanos(m.group(1) != null ? -nanos : nanos);
    }
}
