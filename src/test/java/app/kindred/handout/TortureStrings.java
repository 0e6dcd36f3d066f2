package app.kindred.handout;

import java.util.Random;

/** Random text that has hurt text renderers before: many scripts, marks, emoji, spaces, controls, huge words. */
final class TortureStrings {
    private static final String[] EMOJI = {
        "\uD83D\uDC69\u200D\u2764\uFE0F\u200D\uD83D\uDC68", // couple with heart (ZWJ)
        "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66", // family (ZWJ)
        "\uD83D\uDC4D\uD83C\uDFFD", // thumbs up, medium skin tone
        "\uD83E\uDDD1\uD83C\uDFFF\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1\uD83C\uDFFB", // people holding hands, two tones
        "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08", // rainbow flag
        "\uD83C\uDDFA\uD83C\uDDE6", // flag: regional indicators
        "\u2764\uFE0F", "\u263A", "\uD83D\uDE00", "\uD83E\uDD70", "\uD83E\uDEE0", "#\uFE0F\u20E3",
    };
    private static final String[] ODD = {"\t", "\u00A0", "\u2009", "\u202F", "\u3000", "\u200B", "\u2028", "\r\n", "\n",
        "\u0000", "\u0007", "\u001B[31m", "\u007F", "\u0085", "\u009B", "\uFEFF", "\u200E", "\u202E", "\u00AD", "\uD800", "\uDFFF"};

    private TortureStrings() {
    }

    static String next(Random r) {
        StringBuilder b = new StringBuilder();
        int chunks = 1 + r.nextInt(12);
        for (int c = 0; c < chunks; c++) {
            if (c > 0 && r.nextInt(3) > 0) {
                b.append(' ');
            }
            switch (r.nextInt(16)) {
                case 0 -> b.append(word(r, 'a', 26, 3 + r.nextInt(8))).append("é ñ ø ß Ł");
                case 1 -> b.append(word(r, 0x0430, 32, 3 + r.nextInt(9)));
                case 2 -> b.append(word(r, 0x03B1, 25, 3 + r.nextInt(9)));
                case 3 -> b.append(word(r, 0x4E00, 0x5000, 2 + r.nextInt(20))).append(word(r, 0x3041, 80, 3)).append(word(r, 0xAC00, 2000, 3));
                case 4 -> b.append(word(r, 0x0621, 26, 3 + r.nextInt(6))).append(" ").append(word(r, 0x0641, 10, 4));
                case 5 -> b.append(word(r, 0x05D0, 27, 3 + r.nextInt(6))).append("\u05B8");
                case 6 -> {
                    b.append((char) ('a' + r.nextInt(26)));
                    for (int k = 0; k < 1 + r.nextInt(3); k++) {
                        b.append((char) (0x0300 + r.nextInt(0x70)));
                    }
                }
                case 7, 8 -> b.append(EMOJI[r.nextInt(EMOJI.length)]);
                case 9 -> b.append(ODD[r.nextInt(ODD.length)]);
                case 10 -> b.appendCodePoint(r.nextInt(0x30000)); // anything: unassigned, private use, surrogates
                case 11 -> b.append("∑ → ✓ ☐ ♥ ∞ ≠ ½ € ₹ ©  ").append(word(r, 0x0905, 40, 4)).append(word(r, 0x0E01, 40, 4));
                case 12 -> b.append(word(r, 0x1200, 300, 4)).append(word(r, 0x0531, 38, 4)).append(word(r, 0x10D0, 33, 4));
                case 13 -> {
                    if (r.nextInt(6) == 0) {
                        b.append(hugeWord(r));
                    } else {
                        b.append("supercalifragilistic".repeat(1 + r.nextInt(10)));
                    }
                }
                default -> b.append("I felt heard when you put the phone away.");
            }
        }
        return b.toString();
    }

    private static String word(Random r, int base, int range, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.appendCodePoint(base + r.nextInt(range));
        }
        return b.toString();
    }

    /** 10,000 characters without a break: Latin, or Cyrillic, or CJK, or a mixture. */
    private static String hugeWord(Random r) {
        StringBuilder b = new StringBuilder(10_000);
        int kind = r.nextInt(3);
        while (b.length() < 10_000) {
            switch (kind) {
                case 0 -> b.append((char) ('a' + r.nextInt(26)));
                case 1 -> b.append((char) (0x0430 + r.nextInt(32)));
                default -> b.append(r.nextBoolean() ? (char) ('A' + r.nextInt(26)) : (char) (0x0391 + r.nextInt(17)));
            }
        }
        return b.toString();
    }
}
