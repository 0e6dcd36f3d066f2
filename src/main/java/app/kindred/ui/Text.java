package app.kindred.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every string a person reads comes from {@code app/kindred/ui/Messages.properties} (STYLE.md
 * rule 8). Content text (exercise titles, instructions) comes from the content files instead.
 */
public final class Text {
    private static final String BUNDLE = "app.kindred.ui.Messages";

    private Text() {
    }

    /** The message for a key; a missing key shows as {@code !key!} so it is easy to spot in a screenshot. */
    public static String get(String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** The message with {@link MessageFormat} arguments, e.g. {@code format("choose.minutes", 12)}. */
    public static String format(String key, Object... args) {
        return new MessageFormat(get(key), Locale.getDefault()).format(args);
    }

    /** True if the bundle has the key (tests use it to find strings that escaped the bundle). */
    public static boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).containsKey(key);
    }
}
