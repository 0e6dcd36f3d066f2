package app.kindred.content;

import java.util.HashMap;
import java.util.Map;

/**
 * Letters from other scripts that look like Latin letters, and what they look like. The table covers
 * what pasted web text actually contains (mostly Cyrillic and Greek); rarer letters fall back to
 * ICU's confusable data, which is only loaded when such a letter turns up inside a Latin word.
 */
final class LookAlikes {
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

    /** Loads ICU's spoof checker on first use only: it costs about 100 ms and most text never needs it. */
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
