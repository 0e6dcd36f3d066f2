package app.kindred.session;

/**
 * What a person may type at the kiosk, in one place: the screens filter keystrokes and pastes with
 * it, and the engine cleans again whatever reaches it (a recovered journal, a test, a future
 * screen). Typed text is data, never markup: these rules keep it short and free of characters that
 * change how other text is drawn (bidi overrides, control characters, floods of combining marks);
 * the UI additionally never renders HTML (see {@code app.kindred.ui.NoMarkup}).
 */
public final class TypedText {
    /** A first name: letters of any script, spaces, apostrophes and hyphens; at most this many characters. */
    public static final int MAX_NAME = 40;
    /** A reflection or commitment. */
    public static final int MAX_WORDS = 1000;
    /** Combining marks kept after one base letter (Vietnamese needs two; a "Zalgo" flood has dozens). */
    static final int MAX_MARKS = 3;

    private TypedText() {
    }

    /** Keeps what a name may hold (see {@link #MAX_NAME}); everything else is dropped. */
    public static String name(String typed) {
        return clean(typed, MAX_NAME, true);
    }

    /**
     * Keeps what written words may hold: any printable text, emoji and line breaks; drops control
     * and formatting characters (bidi overrides and isolates included) and marks beyond
     * {@value #MAX_MARKS} on one letter; at most {@link #MAX_WORDS} characters.
     */
    public static String words(String typed) {
        return clean(typed, MAX_WORDS, false);
    }

    /** Whether a name may contain this character. */
    public static boolean nameChar(int cp) {
        return Character.isLetter(cp) || isMark(cp) || cp == ' ' || cp == '\'' || cp == '\u2019' || cp == '-'
                || cp == '\u2010';
    }

    /**
     * Cleans {@code typed} to at most {@code max} UTF-16 chars (never splitting a surrogate pair).
     * {@code roomFor} is how many chars may still be added; the result never exceeds it.
     */
    public static String clean(String typed, int roomFor, boolean asName) {
        if (typed == null || typed.isEmpty() || roomFor <= 0) {
            return "";
        }
        StringBuilder b = new StringBuilder(Math.min(typed.length(), roomFor));
        int marks = 0;
        for (int i = 0; i < typed.length(); ) {
            int cp = typed.codePointAt(i);
            i += Character.charCount(cp);
            if (!allowed(cp, asName)) {
                continue;
            }
            if (isMark(cp)) {
                if (++marks > MAX_MARKS) {
                    continue;
                }
            } else {
                marks = 0;
            }
            if (b.length() + Character.charCount(cp) > roomFor) {
                break;
            }
            b.appendCodePoint(cp);
        }
        return b.toString();
    }

    private static boolean allowed(int cp, boolean asName) {
        if (asName) {
            return nameChar(cp);
        }
        if (cp == '\n') {
            return true;
        }
        if (cp == '\u200D' || cp == '\uFE0F') {
            return true; // zero-width joiner and emoji presentation: parts of emoji such as 👩‍❤️‍👨
        }
        int type = Character.getType(cp);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.PRIVATE_USE
                && type != Character.SURROGATE && type != Character.UNASSIGNED
                && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
