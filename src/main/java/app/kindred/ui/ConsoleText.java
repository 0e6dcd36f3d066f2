package app.kindred.ui;


/**
 * Strings of the console, the room view and the PIN pad, from {@code Console.properties} next to
 * this class (a bundle of their own, so the kiosk's Messages.properties stays one person's file).
 */
public final class ConsoleText {
    private static final MessageBundle CONSOLE = new MessageBundle("app.kindred.ui.console.Console");

    private ConsoleText() {
    }

    /** The message for a key; a missing key shows as {@code !key!} so a screenshot gives it away. */
    public static String get(String key) {
        return CONSOLE.get(key);
    }

    public static String format(String key, Object... args) {
        return CONSOLE.format(key, args);
    }

    public static boolean has(String key) {
        return CONSOLE.has(key);
    }
}
