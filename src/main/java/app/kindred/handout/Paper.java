package app.kindred.handout;

import java.util.Locale;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The two paper sizes Kindred prints on. */
public enum Paper {
    A4(PDRectangle.A4),
    LETTER(PDRectangle.LETTER);

    private final PDRectangle size;

    Paper(PDRectangle size) {
        this.size = size;
    }

    public PDRectangle size() {
        return new PDRectangle(size.getWidth(), size.getHeight());
    }

    public float width() {
        return size.getWidth();
    }

    public float height() {
        return size.getHeight();
    }

    /** "a4" or "letter" (any case); null for anything else. */
    public static Paper parse(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "a4" -> A4;
            case "letter", "us-letter", "usletter" -> LETTER;
            default -> null;
        };
    }

    /** US Letter for the US and Canada's default locales, A4 everywhere else. */
    public static Paper forLocale(Locale locale) {
        String c = locale.getCountry();
        return c.equals("US") || c.equals("CA") || c.equals("MX") || c.equals("PH") ? LETTER : A4;
    }
}
