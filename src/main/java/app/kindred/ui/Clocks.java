package app.kindred.ui;

import java.time.Duration;

/** How the console and the room view write durations: {@code 4:05}, {@code 1:02:03}, {@code 12 min}. */
public final class Clocks {
    private Clocks() {
    }

    /** A countdown: rounds up, so "0:00" shows only when the time is really over. */
    public static String countdown(Duration d) {
        long nanos = Math.max(0, d.toNanos());
        long s = (nanos + 999_999_999L) / 1_000_000_000L;
        return hms(s);
    }

    /** Time already spent: rounds down. */
    public static String elapsed(Duration d) {
        return hms(Math.max(0, d.toSeconds()));
    }

    /** Signed minutes and seconds for "over / under plan": {@code +2:30}, {@code −1:00}, {@code ±0:00}. */
    public static String signed(Duration d) {
        long s = d.toSeconds();
        if (s == 0) {
            return "\u00b10:00";
        }
        return (s > 0 ? "+" : "\u2212") + hms(Math.abs(s));
    }

    /** Whole minutes, rounded to nearest. */
    public static long minutes(Duration d) {
        return (d.toSeconds() + 30) / 60;
    }

    private static String hms(long s) {
        long h = s / 3600;
        long m = (s % 3600) / 60;
        long sec = s % 60;
        return h > 0 ? String.format("%d:%02d:%02d", h, m, sec) : String.format("%d:%02d", m, sec);
    }
}
