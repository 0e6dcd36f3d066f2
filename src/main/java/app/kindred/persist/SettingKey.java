package app.kindred.persist;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A typed setting with its default: reading never fails, a bad value falls back to the default (and
 * is reported). Keys are the names used in {@code settings.properties}.
 */
public final class SettingKey<T> {
    private final String name;
    private final T defaultValue;
    private final Function<String, T> parse;
    private final Function<T, String> format;
    private final String expected;

    private SettingKey(String name, T defaultValue, Function<String, T> parse, Function<T, String> format,
            String expected) {
        this.name = name;
        this.defaultValue = defaultValue;
        this.parse = parse;
        this.format = format;
        this.expected = expected;
    }

    public String name() {
        return name;
    }

    public T defaultValue() {
        return defaultValue;
    }

    /** What a valid value looks like, for messages. */
    public String expected() {
        return expected;
    }

    /** The value, or null if the text is not valid for this key. */
    T parse(String text) {
        try {
            return parse.apply(text.strip());
        } catch (RuntimeException e) {
            return null;
        }
    }

    String format(T value) {
        return format.apply(value);
    }

    static SettingKey<String> text(String name, String def) {
        return new SettingKey<>(name, def, s -> s, s -> s, "any text");
    }

    static SettingKey<String> choice(String name, String def, String... choices) {
        List<String> allowed = List.of(choices);
        return new SettingKey<>(name, def, s -> {
            String v = s.toLowerCase(Locale.ROOT);
            return allowed.contains(v) ? v : null;
        }, s -> s, "one of " + String.join(", ", allowed));
    }

    static SettingKey<Boolean> bool(String name, boolean def) {
        return new SettingKey<>(name, def, s -> switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> Boolean.TRUE;
            case "false", "no", "off" -> Boolean.FALSE;
            default -> null;
        }, String::valueOf, "true or false");
    }

    /** A number from min to max, or {@code auto} (empty): the program chooses, e.g. from the screen's size. */
    static SettingKey<java.util.Optional<Double>> decimalOrAuto(String name, double min, double max) {
        return new SettingKey<>(name, java.util.Optional.empty(), s -> {
            if (s.equalsIgnoreCase("auto")) {
                return java.util.Optional.empty();
            }
            double v = Double.parseDouble(s);
            return v >= min && v <= max ? java.util.Optional.of(v) : null;
        }, v -> v.map(String::valueOf).orElse("auto"), "auto or a number from " + min + " to " + max);
    }

    /** Durations in the content syntax ({@code 30s}, {@code 2m}); {@code 0s} is allowed when min is zero. */
    static SettingKey<Duration> duration(String name, Duration def, Duration min, Duration max) {
        return new SettingKey<>(name, def, s -> {
            Duration d = DurationText.parse(s);
            return d.compareTo(min) >= 0 && d.compareTo(max) <= 0 ? d : null;
        }, DurationText::format, "a duration from " + DurationText.format(min) + " to " + DurationText.format(max)
                + " like 30s or 2m");
    }

    /** A whole number from min to max. */
    static SettingKey<Integer> whole(String name, int def, int min, int max) {
        return new SettingKey<>(name, def, s -> {
            int v = Integer.parseInt(s);
            return v >= min && v <= max ? v : null;
        }, String::valueOf, "a whole number from " + min + " to " + max);
    }

    static <E extends Enum<E>> SettingKey<E> enumeration(String name, E def) {
        Class<E> type = def.getDeclaringClass();
        return new SettingKey<>(name, def, s -> Enum.valueOf(type, s.toUpperCase(Locale.ROOT)),
                e -> e.name().toLowerCase(Locale.ROOT), "one of " + List.of(type.getEnumConstants()).stream()
                        .map(e -> e.name().toLowerCase(Locale.ROOT)).toList());
    }

    @Override
    public String toString() {
        return name;
    }
}
