package app.kindred.ui.console;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Strings of the console, the room view and the PIN pad, from {@code Console.properties} next to
 * this class (a bundle of their own, so the kiosk's Messages.properties stays one person's file).
 */
public final class ConsoleText {
    private static final String BUNDLE = "app.kindred.ui.console.Console";

    private ConsoleText() {
    }

    /** The message for a key; a missing key shows as {@code !key!} so a screenshot gives it away. */
    public static String get(String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public static String format(String key, Object... args) {
        return new MessageFormat(get(key), Locale.getDefault()).format(args);
    }

    public static boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).containsKey(key);
    }
}
