package app.kindred.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Letters from other scripts that look like Latin letters, and what they look like. The table covers
 * what pasted web text actually contains (mostly Cyrillic and Greek); rarer letters fall back to
 * ICU's confusable data, which is only loaded when such a letter turns up inside a Latin word.
 */
public final class LookAlikes {
    private static final Map<Integer, Character> TABLE = new HashMap<>();

    static {
        // Cyrillic
        put("аa еe оo рp сc хx уy іi јj ѕs ԁd ԛq ԝw һh ӏl ҽe");
        put("АA ВB ЕE ЅS ІI ЈJ КK МM НH ОO РP СC ТT ХX УY ԚQ ԜW ҮY");
        // Greek
        put("οo αa νv ιi κk ρp υu");
        put("ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX");
        // Armenian
        put("օo ոn սu հh");
    }

    private LookAlikes() {
    }

    private static void put(String pairs) {
        for (String pair : pairs.split(" ")) {
            if (pair.length() == 2) {
                TABLE.put((int) pair.charAt(0), pair.charAt(1));
            }
        }
    }

    /** The Latin letter this letter imitates, or 0. Never loads ICU. */
    static char fromTable(int codePoint) {
        Character c = TABLE.get(codePoint);
        return c == null ? 0 : c;
    }

    /** Like {@link #fromTable} but consults ICU's confusables for letters outside the table. */
    static char latinFor(int codePoint) {
        char c = fromTable(codePoint);
        if (c != 0) {
            return c;
        }
        return IcuHolder.latinFor(codePoint);
    }

    /**
     * For a message that quotes two strings: when they differ but render alike (look-alike letters
     * from another script, invisible characters), the characters that differ, e.g.
     * {@code " (they look alike but differ: character 5 is U+0435 CYRILLIC SMALL LETTER IE in the
     * first, U+0065 LATIN SMALL LETTER E in the second)"}; otherwise "". A person reading
     * {@code "apprеciation-notеs"} beside {@code "appreciation-notes"} sees no difference without it.
     */
    public static String differences(String first, String second) {
        if (first == null || second == null || first.equals(second) || !skeleton(first).equals(skeleton(second))) {
            return "";
        }
        int[] a = first.codePoints().toArray();
        int[] b = second.codePoints().toArray();
        List<String> parts = new ArrayList<>();
        int i = 0;
        int j = 0;
        while ((i < a.length || j < b.length) && parts.size() < 3) {
            boolean invisibleA = i < a.length && invisible(a[i]);
            boolean invisibleB = j < b.length && invisible(b[j]);
            if (invisibleA || invisibleB) {
                int cp = invisibleA ? a[i] : b[j];
                parts.add("character " + ((invisibleA ? i : j) + 1) + " of the " + (invisibleA ? "first" : "second")
                        + " is the invisible " + describe(cp));
                i += invisibleA ? 1 : 0;
                j += invisibleB && !invisibleA ? 1 : 0;
                continue;
            }
            if (i < a.length && j < b.length && a[i] != b[j]) {
                parts.add("character " + (i + 1) + " is " + describe(a[i]) + " in the first, " + describe(b[j])
                        + " in the second");
            }
            i++;
            j++;
        }
        return parts.isEmpty() ? "" : " (they look alike but differ: " + String.join("; ", parts) + ")";
    }

    /** "U+0435 CYRILLIC SMALL LETTER IE". */
    static String describe(int codePoint) {
        String name = Character.getName(codePoint);
        return String.format(Locale.ROOT, "U+%04X", codePoint) + (name == null ? "" : " " + name);
    }

    /** What a reader sees: look-alikes as the Latin letters they imitate, invisible characters dropped. */
    private static String skeleton(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (!invisible(cp)) {
                char latin = fromTable(cp);
                b.append(latin != 0 ? String.valueOf(latin) : new String(Character.toChars(cp)));
            }
        });
        return b.toString();
    }

    private static boolean invisible(int cp) {
        return Character.getType(cp) == Character.FORMAT;
    }

    /** Loads ICU's spoof checker on first use only: it is slow to load (docs/TIMINGS.md) and most text never needs it. */
    private static final class IcuHolder {
        private static final com.ibm.icu.text.SpoofChecker CHECKER =
                new com.ibm.icu.text.SpoofChecker.Builder().build();

        static char latinFor(int codePoint) {
            String skeleton;
            try {
                skeleton = CHECKER.getSkeleton(new String(Character.toChars(codePoint)));
            } catch (RuntimeException e) {
                return 0;
            }
            if (skeleton.codePointCount(0, skeleton.length()) != 1) {
                return 0;
            }
            char s = skeleton.charAt(0);
            if (s > 0x7F || !Character.isLetter(s)) {
                return 0;
            }
            // Skeletons fold I and l together; keep the case the letter was written in.
            if (s == 'l' && Character.isUpperCase(codePoint)) {
                return 'I';
            }
            return s;
        }
    }
}
