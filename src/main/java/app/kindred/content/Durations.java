package app.kindred.content;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The duration syntax of content files: {@code 90s}, {@code 3m}, {@code 1m30s}, {@code 1h15m}. */
public final class Durations {
    private static final Pattern SYNTAX = Pattern.compile("(?:(\\d{1,3})h)?(?:(\\d{1,4})m)?(?:(\\d{1,5})s)?");

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

    /** Formats in the same syntax, shortest form: 90 s becomes {@code 1m30s}. */
    public static String format(Duration d) {
        long s = d.toSeconds();
        if (s == 0) {
            return "0s";
        }
        StringBuilder b = new StringBuilder();
        if (s >= 3600) {
            b.append(s / 3600).append('h');
            s %= 3600;
        }
        if (s >= 60) {
            b.append(s / 60).append('m');
            s %= 60;
        }
        if (s > 0) {
            b.append(s).append('s');
        }
        return b.toString();
    }

    /** Whole minutes, rounded to nearest, for lists and agendas ("12 min"). */
    public static long roundMinutes(Duration d) {
        return (d.toSeconds() + 30) / 60;
    }
}
