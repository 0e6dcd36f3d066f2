package app.kindred.handout;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Every word the PDFs print themselves (not content), from the {@code pdf-words} bundle; how times and dates read. */
final class PdfWords {
    private final ResourceBundle bundle;
    private final Locale locale;

    PdfWords(String language) {
        this.locale = Locale.forLanguageTag(language == null ? "en" : language);
        this.bundle = ResourceBundle.getBundle("app.kindred.handout.pdf-words", locale);
    }

    String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /** Whole minutes, rounded; "under 1" for a few seconds, so a short item never reads as 0. */
    static String minutes(Duration d) {
        long seconds = Math.max(0, d.getSeconds());
        if (seconds == 0) {
            return "0";
        }
        if (seconds < 30) {
            return "<1";
        }
        return Long.toString(Math.round(seconds / 60.0));
    }
}
