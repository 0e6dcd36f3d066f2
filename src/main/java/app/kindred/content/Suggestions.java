package app.kindred.content;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean" for near misses, by edit distance. */
final class Suggestions {
    private Suggestions() {
    }

    /** The closest candidate if it is near enough to be a likely typo, else null. */
    static String closest(String wrong, Collection<String> candidates) {
        if (wrong == null || wrong.isEmpty()) {
            return null;
        }
        String w = wrong.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(w, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        // Allow about one typo per four letters, at least one: "titel" -> "title", not "foo" -> "id".
        int allowed = Math.max(1, Math.min(w.length(), best == null ? 0 : best.length()) / 4);
        if (best != null && bestDistance <= allowed && bestDistance < Math.max(w.length(), best.length())) {
            return best;
        }
        if (best != null) {
            // A prefix or a case-only difference is also a near miss ("handout" for "handouts").
            String b = best.toLowerCase(Locale.ROOT);
            if (w.length() >= 3 && (b.startsWith(w) || w.startsWith(b))) {
                return best;
            }
        }
        return null;
    }

    /** ", did you mean "x"?" or "" when nothing is near. */
    static String didYouMean(String wrong, Collection<String> candidates) {
        return didYouMean(wrong, closest(wrong, candidates));
    }

    /**
     * {@code ; did you mean "near"?}, or "" when {@code near} is null; when the two render alike, the
     * characters that differ follow ({@link LookAlikes#differences}).
     */
    static String didYouMean(String wrong, String near) {
        return near == null ? "" : "; did you mean \"" + near + "\"?" + LookAlikes.differences(wrong, near);
    }

    /** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
    static int distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > 10) {
            return Math.abs(n - m);
        }
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[n][m];
    }

    /** Text for quoting inside a message: one line, at most 40 characters. */
    static String shorten(String text) {
        String t = text.replace('\n', ' ').strip();
        return t.length() <= 40 ? t : t.substring(0, 37) + "...";
    }
}
