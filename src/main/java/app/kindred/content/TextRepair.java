package app.kindred.content;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cleans text pasted from the web: Unicode NFC; look-alike letters from another script inside Latin
 * words mapped back ("Convеrsations" with a Cyrillic е); non-breaking, odd-width and zero-width spaces;
 * tabs; stray control characters. Real words in other scripts ("привет", "Москва", "αγάπη") are left
 * alone. Plain ASCII text returns at once, without touching any Unicode tables.
 */
public final class TextRepair {
    private TextRepair() {
    }

    /**
     * The repaired text and a summary of what changed.
     *
     * @param summary e.g. {@code repaired 3 look-alike letters (Cyrillic е in "Convеrsations") and 2
     *                non-breaking spaces}, or null when nothing changed
     */
    public record Result(String text, String summary, int lookAlikes) {
        public boolean changed() {
            return summary != null;
        }
    }

    /** Repairs a string; tabs become one space. */
    public static Result repair(String text) {
        return repair(text, 0);
    }

    /**
     * Repairs a string.
     *
     * @param tabStop 0 to turn each tab into one space; otherwise tabs expand to this tab stop
     *                (Markdown bodies use 4, which keeps list nesting as CommonMark reads it)
     */
    public static Result repair(String text, int tabStop) {
        if (isPlain(text)) {
            return new Result(text, null, 0);
        }
        Counts counts = new Counts();
        String s = cleanCharacters(text, tabStop, counts);
        if (mayNeedComposing(s) && !Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFC);
            counts.normalized = true;
        }
        s = mapLookAlikes(s, counts);
        return new Result(s, counts.summary(), counts.lookAlikes);
    }

    /**
     * Letters below U+0300 and common typography (dashes, curly quotes, ellipsis) are already NFC;
     * checking this first keeps the JDK's normalisation tables unloaded for everyday text.
     */
    private static boolean mayNeedComposing(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x300 && !(c >= 0x2010 && c <= 0x205E)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n') || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    private static final class Counts {
        int lookAlikes;
        /** Each look-alike letter ("Cyrillic е") with the first word it was found in. */
        final Map<String, String> examples = new LinkedHashMap<>();
        int noBreakSpaces;
        int oddSpaces;
        int invisible;
        int softHyphens;
        int tabs;
        int controls;
        int lineSeparators;
        boolean normalized;

        /** "Cyrillic е in "Convеrsations"", grouping letters met in the same word; two words at most. */
        private String describeExamples() {
            Map<String, Map<String, List<String>>> byWord = new LinkedHashMap<>();
            examples.forEach((letter, word) -> {
                int space = letter.indexOf(' ');
                byWord.computeIfAbsent(word, w -> new LinkedHashMap<>())
                        .computeIfAbsent(letter.substring(0, space), k -> new ArrayList<>())
                        .add(letter.substring(space + 1));
            });
            List<String> shown = new ArrayList<>();
            byWord.forEach((word, scripts) -> {
                if (shown.size() < 2) {
                    List<String> names = new ArrayList<>();
                    scripts.forEach((script, letters) -> names.add(script + " " + String.join(" and ", letters)));
                    shown.add(String.join(", ", names) + " in \"" + word + "\"");
                }
            });
            return String.join(", ", shown) + (byWord.size() > 2 ? ", ..." : "");
        }

        String summary() {
            List<String> parts = new ArrayList<>();
            if (lookAlikes > 0) {
                parts.add(plural(lookAlikes, "look-alike letter") + " (" + describeExamples() + ")");
            }
            if (noBreakSpaces > 0) {
                parts.add(plural(noBreakSpaces, "non-breaking space"));
            }
            if (oddSpaces > 0) {
                parts.add(plural(oddSpaces, "unusual space"));
            }
            if (invisible > 0) {
                parts.add(plural(invisible, "invisible character"));
            }
            if (softHyphens > 0) {
                parts.add(plural(softHyphens, "soft hyphen"));
            }
            if (tabs > 0) {
                parts.add(plural(tabs, "tab"));
            }
            if (controls > 0) {
                parts.add(plural(controls, "control character"));
            }
            if (lineSeparators > 0) {
                parts.add(plural(lineSeparators, "line separator") + " (now spaces)");
            }
            if (normalized) {
                parts.add("accents written as separate marks (Unicode NFC)");
            }
            if (parts.isEmpty()) {
                return null;
            }
            String joined = parts.size() == 1 ? parts.get(0)
                    : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
            return "repaired " + joined;
        }
    }

    static String plural(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }

    /** Applies {@link CharacterPolicy} to one text, counting what it changed. */
    private static String cleanCharacters(String text, int tabStop, Counts counts) {
        boolean keepDirectionMarks = CharacterPolicy.keepDirectionMarks(text);
        StringBuilder b = new StringBuilder(text.length());
        int column = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                b.append(c);
                column++;
                continue;
            }
            switch (CharacterPolicy.of(c)) {
                case LINE_BREAK -> {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        continue;
                    }
                    if (c == '\n' || c == '\r') {
                        b.append('\n');
                        column = 0;
                    } else {
                        // NEL, VT, FF, U+2028/2029 inside one value: the policy's single-line form.
                        counts.lineSeparators++;
                        b.append(CharacterPolicy.lineBreak(false));
                        column++;
                    }
                }
                case TAB -> {
                    counts.tabs++;
                    int width = tabStop <= 0 ? 1 : tabStop - column % tabStop;
                    b.append(" ".repeat(width));
                    column += width;
                }
                case SPACE -> {
                    if (c == '\u00A0' || c == '\u202F' || c == '\u2007') {
                        counts.noBreakSpaces++;
                    } else {
                        counts.oddSpaces++;
                    }
                    b.append(' ');
                    column++;
                }
                case ZERO_WIDTH -> {
                    if (c == '\u00AD') {
                        counts.softHyphens++;
                    } else {
                        counts.invisible++;
                    }
                }
                case JOINER -> {
                    if (CharacterPolicy.keepJoiner(text, i)) {
                        b.append(c);
                    } else {
                        counts.invisible++;
                    }
                }
                case DIRECTION_MARK -> {
                    if (keepDirectionMarks) {
                        b.append(c);
                    } else {
                        counts.invisible++;
                    }
                }
                case CONTROL, NON_CHARACTER -> counts.controls++;
                default -> {
                    b.append(c);
                    if (!Character.isLowSurrogate(c)) {
                        column++;
                    }
                }
            }
        }
        return b.toString();
    }

    // ---- look-alike letters ------------------------------------------------------------------

    private static boolean mayHaveLookAlikes(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x0370 && Character.isLetter(c) && !isLatin(c)) {
                return true; // Greek, Cyrillic, Armenian, Cherokee, ...
            }
        }
        return false;
    }

    /**
     * Mixed-script word rule, line by line: in a word that has Latin letters and otherwise only
     * look-alikes, the look-alikes are mapped. A word made only of look-alikes ("а" for "a") is mapped
     * when the line around it is Latin text. A word with any other non-Latin letter is a real word of
     * that script and stays as written.
     */
    private static String mapLookAlikes(String s, Counts counts) {
        if (!mayHaveLookAlikes(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int lineStart = 0;
        while (lineStart <= s.length()) {
            int lineEnd = s.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = s.length();
            }
            out.append(mapLine(s.substring(lineStart, lineEnd), counts));
            if (lineEnd < s.length()) {
                out.append('\n');
            }
            lineStart = lineEnd + 1;
        }
        return out.toString();
    }

    private record Word(int start, int end, int latin, int lookAlike, int foreign) {
    }

    private static String mapLine(String line, Counts counts) {
        List<Word> words = new ArrayList<>();
        int latinWords = 0;
        int foreignWords = 0;
        int i = 0;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int latin = 0;
            int lookAlike = 0;
            int foreign = 0;
            while (i < line.length() && isWordChar(cp = line.codePointAt(i))) {
                if (Character.isLetter(cp)) {
                    if (isLatin(cp)) {
                        latin++;
                    } else if (LookAlikes.fromTable(cp) != 0) {
                        lookAlike++;
                    } else {
                        foreign++;
                    }
                }
                i += Character.charCount(cp);
            }
            if (latin > 0 && foreign == 0) {
                latinWords++;
            }
            if (foreign > 0 && latin == 0) {
                foreignWords++;
            }
            words.add(new Word(start, i, latin, lookAlike, foreign));
        }
        boolean latinLine = latinWords > foreignWords;
        StringBuilder b = null;
        int copied = 0;
        for (Word w : words) {
            String fixed = null;
            if (w.latin > 0 && (w.lookAlike > 0 || w.foreign > 0) && w.foreign <= w.latin) {
                fixed = mapWord(line.substring(w.start, w.end), true, counts);
            } else if (w.latin == 0 && w.foreign == 0 && w.lookAlike > 0 && latinLine) {
                fixed = mapWord(line.substring(w.start, w.end), false, counts);
            }
            if (fixed != null) {
                if (b == null) {
                    b = new StringBuilder(line.length());
                }
                b.append(line, copied, w.start).append(fixed);
                copied = w.end;
            }
        }
        if (b == null) {
            return line;
        }
        return b.append(line, copied, line.length()).toString();
    }

    /** The word with its look-alikes mapped, or null when it is left alone. */
    private static String mapWord(String word, boolean askIcu, Counts counts) {
        StringBuilder b = new StringBuilder(word.length());
        int mapped = 0;
        List<String> letters = new ArrayList<>();
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp) || isLatin(cp)) {
                b.appendCodePoint(cp);
                continue;
            }
            char latin = askIcu ? LookAlikes.latinFor(cp) : LookAlikes.fromTable(cp);
            if (latin == 0) {
                return null; // a letter with no Latin twin: a real word of its script, or a name
            }
            b.append(latin);
            mapped++;
            letters.add(scriptName(cp) + " " + new String(Character.toChars(cp)));
        }
        if (mapped == 0) {
            return null;
        }
        counts.lookAlikes += mapped;
        for (String letter : letters) {
            counts.examples.putIfAbsent(letter, word);
        }
        return b.toString();
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    private static boolean isLatin(int cp) {
        return UnicodeScript.of(cp) == UnicodeScript.LATIN;
    }

    private static String scriptName(int cp) {
        String name = UnicodeScript.of(cp).name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
