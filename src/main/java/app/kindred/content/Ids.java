package app.kindred.content;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Id syntax, the file-name rule, and the known article titles for {@code sources}. */
final class Ids {
    private static final Pattern SYNTAX = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** The titles listed in docs/CONTENT-FORMAT.md (from {@link Articles}); a near miss is most likely a typo. */
    static final List<String> ARTICLE_TITLES = Articles.titles();

    private Ids() {
    }

    static boolean valid(String id) {
        return id.length() >= 2 && id.length() <= 60 && SYNTAX.matcher(id).matches();
    }

    /**
     * Checks an id; returns it when valid, else null (error reported). The id should match the file
     * name; a mismatch is only a warning, because nothing breaks (references use the id), but people
     * look for "holding-the-floor" in holding-the-floor.yaml.
     */
    static String check(String id, YNode at, String fileStem, Findings findings) {
        if (!valid(id)) {
            String slug = slug(id);
            findings.error(at, "id \"" + Suggestions.shorten(id) + "\" is not valid: use 2-60 lowercase letters,"
                    + " digits and hyphens" + (valid(slug) ? ", e.g. \"" + slug + "\"" : ""));
            return null;
        }
        if (fileStem != null && !fileStem.equals(id)) {
            findings.warning(at, "id \"" + id + "\" does not match the file name \"" + fileStem
                    + "\"" + LookAlikes.differences(id, fileStem) + "; rename the file or change the id so they agree");
        }
        return id;
    }

    static String slug(String text) {
        String s = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return s.length() > 60 ? s.substring(0, 60).replaceAll("-+$", "") : s;
    }

    /** Warns about a source title that is nearly, but not exactly, one of the article titles. */
    static void checkSources(YNode sourcesNode, Findings findings) {
        if (!(sourcesNode instanceof YNode.Seq seq)) {
            return;
        }
        for (YNode item : seq.items()) {
            if (item instanceof YNode.Scalar s) {
                String t = TextRepair.repair(s.text()).text().strip();
                if (ARTICLE_TITLES.contains(t)) {
                    continue;
                }
                String near = closestTitle(t);
                if (near != null) {
                    findings.warning(item, "source \"" + Suggestions.shorten(t) + "\" is not quite an article title"
                            + Suggestions.didYouMean(t, near));
                } else if (!t.isEmpty()) {
                    findings.warning(item, "source \"" + Suggestions.shorten(t) + "\" is not one of the "
                            + ARTICLE_TITLES.size() + " articles Kindred draws on; credit only those, by the titles"
                            + " listed in docs/CONTENT-FORMAT.md");
                }
            }
        }
    }

    private static String closestTitle(String t) {
        String lower = t.toLowerCase(Locale.ROOT);
        for (String title : ARTICLE_TITLES) {
            String l = title.toLowerCase(Locale.ROOT);
            int d = Suggestions.distance(lower, l);
            // A few typos, a different case, or the title with or without its subtitle.
            if (d <= Math.max(3, l.length() / 10) || (lower.length() >= 20 && (l.startsWith(lower) || lower.startsWith(l)))) {
                return title;
            }
        }
        return null;
    }
}
