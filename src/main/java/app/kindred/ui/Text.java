package app.kindred.ui;

/**
 * Every string a person reads comes from {@code app/kindred/ui/Messages.properties} (STYLE.md
 * rule 8). Content text (exercise titles, instructions) comes from the content files instead.
 */
public final class Text {
    private static final MessageBundle MESSAGES = new MessageBundle("app.kindred.ui.Messages");

    private Text() {
    }

    /** The message for a key; a missing key shows as {@code !key!} so it is easy to spot in a screenshot. */
    public static String get(String key) {
        return MESSAGES.get(key);
    }

    /** The message with {@link java.text.MessageFormat} arguments, e.g. {@code format("choose.minutes", 12)}. */
    public static String format(String key, Object... args) {
        return MESSAGES.format(key, args);
    }

    /** True if the bundle has the key (tests use it to find strings that escaped the bundle). */
    public static boolean has(String key) {
        return MESSAGES.has(key);
    }
}
