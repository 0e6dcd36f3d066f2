package app.kindred.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One resource bundle of strings a person reads (STYLE.md rule 8). The kiosk's {@link Text} and the
 * console's strings each have one, so neither file grows into everyone's file.
 */
public final class MessageBundle {
    private final String name;

    public MessageBundle(String name) {
        this.name = name;
    }

    /** The message for a key; a missing key shows as {@code !key!} so it is easy to spot in a screenshot. */
    public String get(String key) {
        try {
            return ResourceBundle.getBundle(name, Locale.getDefault()).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** The message with {@link MessageFormat} arguments, e.g. {@code format("choose.minutes", 12)}. */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), Locale.getDefault()).format(args);
    }

    /** True if the bundle has the key (tests use it to find strings that escaped the bundle). */
    public boolean has(String key) {
        return ResourceBundle.getBundle(name, Locale.getDefault()).containsKey(key);
    }
}
