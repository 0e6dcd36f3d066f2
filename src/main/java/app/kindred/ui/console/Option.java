package app.kindred.ui.console;

import app.kindred.ui.ConsoleText;
import java.time.Duration;

/**
 * One entry of a settings list: the value the settings file keeps and the words a facilitator
 * reads ("A4 (most of the world)", "3 minutes"), never the raw value.
 */
record Option<T>(T value, String words) {
    @Override
    public String toString() {
        return words;
    }

    /** "Off", "45 seconds", "1 minute", "1 minute 30 seconds", "10 minutes". */
    static Option<Duration> time(Duration d) {
        return new Option<>(d, words(d));
    }

    static String words(Duration d) {
        long s = d.toSeconds();
        if (s == 0) {
            return ConsoleText.get("settings.off");
        }
        long min = s / 60;
        long sec = s % 60;
        if (min == 0) {
            return ConsoleText.format("settings.seconds", sec);
        }
        String m = ConsoleText.format("settings.minutes", min);
        return sec == 0 ? m : m + " " + ConsoleText.format("settings.seconds", sec);
    }
}
