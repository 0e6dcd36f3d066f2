package app.kindred.handout;

import java.util.Locale;

/**
 * What happens to characters before they are drawn. Documented in docs/PDF.md; the rules:
 * <ul>
 *   <li>tabs and every kind of space (no-break, thin, ideographic, ...) become one ordinary space;</li>
 *   <li>line breaks (CR, LF, CRLF, NEL, U+2028/2029) become a line break where the text may have
 *       several lines (reflections), otherwise a space;</li>
 *   <li>other control characters and invisible format characters (zero-width joiners and spaces,
 *       direction marks, soft hyphens, variation selectors, tag characters, byte-order marks) are
 *       not drawn: they have no visible form;</li>
 *   <li>unassigned code points, private-use characters, non-characters, lone surrogates and every
 *       visible character that no installed font can draw become the visible substitute
 *       {@code [U+XXXX]} (hex code point), drawn in a distinct colour.</li>
 * </ul>
 * Nothing here throws, for any input.
 */
public final class TextPolicy {
    private TextPolicy() {
    }

    /** Returns text holding only drawable code points, spaces and (if allowed) '\n'. */
    public static String clean(String text, boolean keepLineBreaks) {
        return clean(text, keepLineBreaks, true);
    }

    /**
     * @param substitute whether to write {@code [U+XXXX]} for characters nobody can draw; the line
     *                   setter passes false and makes each substitute one unbreakable unit itself
     */
    static String clean(String text, boolean keepLineBreaks, boolean substitute) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r') {
                if (i < n && text.charAt(i) == '\n') {
                    i++;
                }
                out.append(keepLineBreaks ? '\n' : ' ');
            } else if (cp == '\n' || cp == 0x85 || cp == 0x2028 || cp == 0x2029 || cp == 0x0B || cp == 0x0C) {
                out.append(keepLineBreaks ? '\n' : ' ');
            } else if (cp == '\t' || Character.getType(cp) == Character.SPACE_SEPARATOR) {
                out.append(' ');
            } else if (isInvisible(cp)) {
                // not drawn, see class comment
            } else if (substitute && needsSubstitute(cp)) {
                out.append(substitute(cp));
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /** Control and format characters with no visible form of their own. */
    public static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF)
                || cp == 0x034F || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0;
    }

    /** Code points that never get a glyph, whatever fonts exist. */
    static boolean needsSubstitute(int cp) {
        int type = Character.getType(cp);
        return type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.SURROGATE
                || (cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF);
    }

    /** The visible stand-in for a character nobody can draw, e.g. {@code [U+1F9D1]}. */
    public static String substitute(int cp) {
        return "[U+" + String.format(Locale.ROOT, "%04X", cp) + "]";
    }

    /** Whether a character joins the one before it (combining marks, emoji modifiers). */
    static boolean attachesToPrevious(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || (cp >= 0x1F3FB && cp <= 0x1F3FF);
    }

    /** Scripts written without spaces, where a line may break between any two characters. */
    static boolean breaksAnywhere(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.THAI
                || s == Character.UnicodeScript.LAO || s == Character.UnicodeScript.KHMER
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF)
                || (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF);
    }

    static boolean isRightToLeft(int cp) {
        byte d = Character.getDirectionality(cp);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }
}
