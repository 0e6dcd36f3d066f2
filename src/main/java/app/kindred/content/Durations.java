package app.kindred.content;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every way Kindred writes a duration, in one place, and the syntax it reads them in:
 * <ul>
 *   <li>content files: {@code 90s}, {@code 3m}, {@code 1m30s}, {@code 1h15m} ({@link #parse}, {@link #format});</li>
 *   <li>files a person reads (records, settings, the journal): the same plus milliseconds and a sign,
 *       {@code 12.345s}, {@code -4m} ({@link #parsePrecise}, {@link #formatPrecise});</li>
 *   <li>clocks on screen: {@code 4:05}, {@code 1:02:03} ({@link #countdown} rounds up, {@link #elapsed}
 *       down), {@code +2:30} ({@link #signed}), and whole minutes ({@link #roundMinutes}).</li>
 * </ul>
 */
public final class Durations {
    private static final Pattern SYNTAX = Pattern.compile("(?:(\\d{1,3})h)?(?:(\\d{1,4})m)?(?:(\\d{1,5})s)?");
    private static final Pattern PRECISE =
            Pattern.compile("(-)?(?:(\\d{1,6})h)?(?:(\\d{1,6})m)?(?:(\\d{1,9})(?:\\.(\\d{1,9}))?s)?");

    private Durations() {
    }

    /** Parses the syntax, or returns null if the text is not a duration. */
    public static Duration parse(String text) {
        if (text == null) {
            return null;
        }
        // "1m 30s" and "2 m" are read too: spaces inside a duration are a harmless habit.
        String t = text.strip().replaceAll("[\\s\\u00A0\\u2000-\\u200A\\u202F]+", "");
        Matcher m = SYNTAX.matcher(t);
        if (t.isEmpty() || !m.matches()) {
            return null;
        }
        long seconds = 0;
        if (m.group(1) != null) {
            seconds += Long.parseLong(m.group(1)) * 3600;
        }
        if (m.group(2) != null) {
            seconds += Long.parseLong(m.group(2)) * 60;
        }
        if (m.group(3) != null) {
            seconds += Long.parseLong(m.group(3));
        }
        return Duration.ofSeconds(seconds);
    }

    /**
     * A duration the writer probably meant ("3 minutes" -> "3m", "90 sec" -> "90s", "1.5h" is not
     * guessed), or null.
     */
    public static String suggest(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toLowerCase(java.util.Locale.ROOT)
                .replaceAll("(\\d)\\s*(hours?|hrs?)\\b", "$1h")
                .replaceAll("(\\d)\\s*(minutes?|mins?)\\b", "$1m")
                .replaceAll("(\\d)\\s*(seconds?|secs?)\\b", "$1s")
                .replaceAll("[\\s,]+|\\band\\b", "");
        Duration d = parse(t);
        return d == null || d.isZero() || t.equals(text.strip()) ? null : format(d);
    }

    /** Formats in the content syntax, shortest form, whole seconds: 90 s becomes {@code 1m30s}. */
    public static String format(Duration d) {
        return formatPrecise(Duration.ofSeconds(d.toSeconds()));
    }

    /**
     * Formats for files a person reads: the content syntax plus milliseconds where there are any
     * ({@code 12.345s}) and a leading minus for a negative duration; {@code 0s} for zero.
     */
    public static String formatPrecise(Duration d) {
        if (d.isNegative()) {
            return "-" + formatPrecise(d.negated());
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
                b.append('.').append(String.format(Locale.ROOT, "%03d", ms).replaceAll("0+$", ""));
            }
            b.append('s');
        }
        return b.toString();
    }

    /** Parses {@link #formatPrecise}'s syntax; throws IllegalArgumentException with a readable message otherwise. */
    public static Duration parsePrecise(String text) {
        String t = text == null ? "" : text.strip();
        Matcher m = PRECISE.matcher(t);
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

    /** A countdown on screen, {@code 4:05} or {@code 1:02:03}: rounds up, so "0:00" shows only when the time is really over. */
    public static String countdown(Duration d) {
        return clock(countdownSeconds(d));
    }

    /** The whole seconds a countdown shows for {@code d}: rounded up, never negative. */
    public static long countdownSeconds(Duration d) {
        long nanos = Math.max(0, d.toNanos());
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }

    /** Time already spent, as a clock: rounds down. */
    public static String elapsed(Duration d) {
        return clock(Math.max(0, d.toSeconds()));
    }

    /** Signed minutes and seconds for "over / under plan": {@code +2:30}, {@code −1:00}, {@code ±0:00}. */
    public static String signed(Duration d) {
        long s = d.toSeconds();
        if (s == 0) {
            return "\u00b10:00";
        }
        return (s > 0 ? "+" : "\u2212") + clock(Math.abs(s));
    }

    /** Whole minutes, rounded to nearest, for lists and agendas ("12 min"). */
    public static long roundMinutes(Duration d) {
        return (d.toSeconds() + 30) / 60;
    }

    /** {@code m:ss} under an hour, {@code h:mm:ss} from an hour on. */
    public static String clock(long seconds) {
        long h = seconds / 3600;
        long m = (seconds % 3600) / 60;
        long sec = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, sec)
                : String.format(Locale.ROOT, "%d:%02d", m, sec);
    }
}
