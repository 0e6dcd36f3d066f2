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
        String t = text.strip();
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
