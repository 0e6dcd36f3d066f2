package app.kindred.content;

/**
 * The one text policy: what every kind of character becomes, wherever text enters Kindred (content
 * files: {@link SourceText}, {@link TextRepair}) or leaves it on paper ({@code handout.TextPolicy},
 * which asks this class). The table of every class and what happens to it is in
 * docs/CONTENT-FORMAT.md ("What happens to each character"); keep the two together.
 *
 * <p>Two words matter: a character <em>kept</em> stays in the text (screen, journal, records, the
 * PDF's text when it can be drawn); a character kept but <em>not drawn</em> has no visible form of
 * its own, so a PDF holds nothing for it.
 */
public final class CharacterPolicy {
    /** The classes of the table in docs/CONTENT-FORMAT.md, in its order. */
    public enum CharClass {
        /** LF, CR, CRLF, NEL, VT, FF, U+2028, U+2029: a line break where text may hold lines, else a space. */
        LINE_BREAK,
        /** Tab: spaces to the next tab stop (4 columns in a handout body, 1 elsewhere). */
        TAB,
        /** No-break and other odd spaces (U+00A0, U+2000..U+200A, U+202F, U+205F, U+3000, ...): one space. */
        SPACE,
        /** Soft hyphen, zero-width space, word joiner, byte-order mark, Mongolian vowel separator: removed. */
        ZERO_WIDTH,
        /** ZWJ and ZWNJ: kept (emoji sequences, Indic and Arabic scripts), removed between two ASCII characters. */
        JOINER,
        /** Direction marks, embeddings, isolates: kept when the text holds right-to-left letters, else removed. */
        DIRECTION_MARK,
        /** Variation selectors, tag characters and other format characters: kept, not drawn. */
        FORMAT,
        /** Other C0/C1 control characters and DEL: removed. */
        CONTROL,
        /** U+FFFE, U+FFFF and U+FDD0..U+FDEF: removed from content files, drawn as [U+FFFE] on paper. */
        NON_CHARACTER,
        /** Unassigned, private-use, lone surrogates: kept; drawn as [U+E000] since no font has them. */
        UNDRAWABLE,
        /** Everything else: kept; drawn from the first font that has it, else as [U+XXXX]. */
        VISIBLE
    }

    private CharacterPolicy() {
    }

    /** The class of one code point. */
    public static CharClass of(int cp) {
        switch (cp) {
            case '\n', '\r', 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
                return CharClass.LINE_BREAK;
            case '\t':
                return CharClass.TAB;
            case 0x00AD, 0x200B, 0x2060, 0xFEFF, 0x180E:
                return CharClass.ZERO_WIDTH;
            case 0x200C, 0x200D:
                return CharClass.JOINER;
            default:
                break;
        }
        if (cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0x061C) {
            return CharClass.DIRECTION_MARK;
        }
        int type = Character.getType(cp);
        if (type == Character.SPACE_SEPARATOR) {
            return CharClass.SPACE;
        }
        if (type == Character.CONTROL) {
            return CharClass.CONTROL;
        }
        if ((cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF)) {
            return CharClass.NON_CHARACTER;
        }
        if (type == Character.FORMAT || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)
                || cp == 0x034F || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0) {
            return CharClass.FORMAT;
        }
        if (type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.SURROGATE) {
            return CharClass.UNDRAWABLE;
        }
        return CharClass.VISIBLE;
    }

    /** What a {@link CharClass#LINE_BREAK} becomes: '\n' where the text may hold several lines, else ' '. */
    public static char lineBreak(boolean multiLine) {
        return multiLine ? '\n' : ' ';
    }

    /**
     * Whether the joiner at {@code index} stays: between two ASCII characters it is paste debris
     * ("hello\u200Dworld"); anywhere else it may hold an emoji sequence or a script's letters together.
     */
    public static boolean keepJoiner(CharSequence text, int index) {
        return !(isAscii(text, index - 1) && isAscii(text, index + 1));
    }

    /** Whether direction marks stay: only in text that holds right-to-left letters, where they matter. */
    public static boolean keepDirectionMarks(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            byte d = Character.getDirectionality(text.charAt(i));
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAscii(CharSequence text, int i) {
        return i < 0 || i >= text.length() || text.charAt(i) < 0x80;
    }
}
