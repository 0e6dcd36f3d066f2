package app.kindred.handout;

import app.kindred.content.CharacterPolicy;
import java.util.Locale;

/**
 * What happens to characters before they are drawn: {@link CharacterPolicy}, the one text policy that
 * content loading applies too (its table is in docs/CONTENT-FORMAT.md), in its form for paper:
 * <ul>
 *   <li>line breaks (CR, LF, CRLF, NEL, VT, FF, U+2028/2029) become a line break where the text may
 *       have several lines (reflections), otherwise a space; tabs and every kind of space one space;</li>
 *   <li>zero-width characters, controls, non-characters, direction marks and format characters
 *       (variation selectors, tags) are not drawn: they have no visible form (right-to-left text is
 *       ordered by {@link TextSetter});</li>
 *   <li>a zero-width joiner or non-joiner is kept where the policy keeps it (not between two ASCII
 *       characters): not drawn, it holds an emoji sequence together on one line;</li>
 *   <li>unassigned code points, private-use characters, lone surrogates and every visible character
 *       that no installed font can draw become the visible substitute {@code [U+XXXX]} (hex code
 *       point), drawn in a distinct colour.</li>
 * </ul>
 * Nothing here throws, for any input.
 */
public final class TextPolicy {
    private TextPolicy() {
    }

    /** Returns text holding only drawable code points, joiners, spaces and (if allowed) '\n'. */
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
            int at = i;
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            switch (CharacterPolicy.of(cp)) {
                case LINE_BREAK -> {
                    if (cp == '\r' && i < n && text.charAt(i) == '\n') {
                        i++;
                    }
                    out.append(CharacterPolicy.lineBreak(keepLineBreaks));
                }
                case TAB, SPACE -> out.append(' ');
                case JOINER -> {
                    if (CharacterPolicy.keepJoiner(text, at)) {
                        out.appendCodePoint(cp);
                    }
                }
                case ZERO_WIDTH, CONTROL, NON_CHARACTER, DIRECTION_MARK, FORMAT -> {
                    // not drawn, see class comment
                }
                case UNDRAWABLE -> {
                    if (substitute) {
                        out.append(substitute(cp));
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
                default -> out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /** Characters with no visible form of their own (never drawn): all but spaces and visible ones. */
    public static boolean isInvisible(int cp) {
        CharacterPolicy.CharClass k = CharacterPolicy.of(cp);
        return k != CharacterPolicy.CharClass.VISIBLE && k != CharacterPolicy.CharClass.UNDRAWABLE
                && k != CharacterPolicy.CharClass.SPACE;
    }

    /** Zero-width joiner or non-joiner: kept by {@link #clean} to hold a sequence together, never drawn. */
    static boolean isJoiner(int cp) {
        return CharacterPolicy.of(cp) == CharacterPolicy.CharClass.JOINER;
    }

    /** Code points that never get a glyph, whatever fonts exist. */
    static boolean needsSubstitute(int cp) {
        return CharacterPolicy.of(cp) == CharacterPolicy.CharClass.UNDRAWABLE;
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
