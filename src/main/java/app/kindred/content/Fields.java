package app.kindred.content;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Typed, located access to one "key: value" group of a content file. Every getter reports what is
 * wrong (missing, wrong type, out of range) and returns null instead of throwing, so one file's
 * problems are all found in one run. Text is repaired ({@link TextRepair}) as it is read.
 */
final class Fields {
    private final YNode.Map map;
    private final Findings findings;
    private final String where;

    /**
     * @param where e.g. " in phase 2", used when a key is missing; "" at the top of a file
     */
    Fields(YNode.Map map, Findings findings, String where, List<String> allowed) {
        this.map = map;
        this.findings = findings;
        this.where = where;
        for (YNode.Entry e : map.entries()) {
            if (!allowed.contains(e.key())) {
                String near = Suggestions.closest(e.key(), allowed);
                findings.error(e.line(), e.column(), "unknown key \"" + e.key() + "\"" + where
                        + (near != null ? Suggestions.didYouMean(e.key(), near)
                                : "; expected one of: " + String.join(", ", allowed)));
            }
        }
    }

    YNode.Map map() {
        return map;
    }

    boolean has(String key) {
        return map.get(key) != null;
    }

    /** The value node, or null (and an error when required) when the key is absent. */
    YNode node(String key, boolean required) {
        YNode.Entry e = map.get(key);
        if (e == null) {
            if (required) {
                findings.error(map, "missing \"" + key + "\"" + where);
            }
            return null;
        }
        return e.value();
    }

    /**
     * The file's {@code id}: repaired, checked ({@link Ids#check}: syntax, and a warning when it
     * differs from the file name); null (errors reported) when missing or invalid.
     */
    String id(String fileStem) {
        String written = word("id", true);
        return written == null ? null : Ids.check(written, node("id", false), fileStem, findings);
    }

    /** {@code sources}: the article titles a file draws on, each checked against the known titles. */
    List<String> sources(boolean required) {
        List<String> sources = texts("sources", required, "article title", false);
        Ids.checkSources(node("sources", false), findings);
        return sources;
    }

    /**
     * A list of groups read one by one, each numbered from 1 in messages: {@code what} names one
     * ("phase"), {@code mustBe} says what a group holds ("(title:, duration:)"); an item that is not a
     * group is reported and skipped, as is one {@code read} returns null for.
     */
    <T> List<T> groups(String key, String what, String mustBe, java.util.function.BiFunction<YNode.Map, Integer, T> read) {
        List<T> out = new ArrayList<>();
        List<YNode> nodes = list(key, true, what);
        if (nodes == null) {
            return out;
        }
        int number = 0;
        for (YNode n : nodes) {
            number++;
            if (!(n instanceof YNode.Map m)) {
                findings.error(n, what + " " + number + " must be " + mustBe + ", got " + n.describe());
                continue;
            }
            T value = read.apply(m, number);
            if (value != null) {
                out.add(value);
            }
        }
        return out;
    }

    /** Text shown to people: repaired, placeholders checked, surrounding whitespace stripped. */
    String text(String key, boolean required) {
        YNode n = node(key, required);
        if (n == null) {
            return null;
        }
        String t = scalarText(key, n, "text", required);
        if (t != null) {
            Placeholders.check(t, n, findings);
        }
        return t;
    }

    /** An id or other word-like value; repaired but not checked for placeholders. */
    String word(String key, boolean required) {
        YNode n = node(key, required);
        return n == null ? null : scalarText(key, n, "a single word", required);
    }

    private String scalarText(String key, YNode n, String expected, boolean required) {
        if (!(n instanceof YNode.Scalar s)) {
            findings.error(n, key + " must be " + expected + ", got " + n.describe() + colonHint(n));
            return null;
        }
        return repaired(key, s, required);
    }

    /** The scalar's text repaired and stripped; null (with an error if required) when empty. */
    String repaired(String key, YNode.Scalar s, boolean required) {
        TextRepair.Result r = TextRepair.repair(s.text());
        if (r.changed()) {
            findings.warning(s, r.summary());
        }
        String t = r.text().strip();
        if (t.isEmpty()) {
            if (required) {
                findings.error(s, key + " is empty");
            }
            return null;
        }
        return t;
    }

    /**
     * A list of texts. {@code what} names one item for messages ("article title").
     * Returns an empty list when absent and optional, null when broken.
     */
    List<String> texts(String key, boolean required, String what, boolean display) {
        YNode n = node(key, required);
        if (n == null) {
            return required ? null : List.of();
        }
        if (!(n instanceof YNode.Seq seq)) {
            if (n instanceof YNode.Scalar s && !s.isNull() && !s.text().isBlank()) {
                findings.error(n, key + " must be a list, one \"- " + what + "\" per line (or [a, b]); got "
                        + n.describe());
            } else if (n instanceof YNode.Scalar) {
                findings.error(n, key + " is empty; add at least one " + what + " as \"- " + what + "\"");
            } else {
                findings.error(n, key + " must be a list of " + what + "s, got " + n.describe());
            }
            return null;
        }
        if (seq.items().isEmpty() && required) {
            findings.error(n, key + " is empty; add at least one " + what);
            return null;
        }
        List<String> out = new ArrayList<>();
        boolean ok = true;
        for (YNode item : seq.items()) {
            if (!(item instanceof YNode.Scalar s)) {
                findings.error(item, "each item of " + key + " must be " + withArticle(what) + ", got " + item.describe()
                        + colonHint(item));
                ok = false;
                continue;
            }
            String t = repaired(key, s, false);
            if (t == null) {
                findings.error(item, "empty item in " + key);
                ok = false;
                continue;
            }
            if (display) {
                Placeholders.check(t, item, findings);
            }
            out.add(t);
        }
        return ok ? out : null;
    }

    /**
     * A duration in the content syntax, within bounds.
     *
     * @param label how the bound message names it, e.g. "phase duration"
     */
    Duration duration(String key, boolean required, String label, Duration min, Duration max) {
        YNode n = node(key, required);
        if (n == null) {
            return null;
        }
        String written = n instanceof YNode.Scalar s && !s.isNull()
                ? java.util.Objects.requireNonNullElse(repaired(key, s, false), "") : null;
        Duration d = written == null ? null : Durations.parse(written);
        if (d == null) {
            String got = n instanceof YNode.Scalar s && !s.isNull() && !s.text().isBlank()
                    ? "\"" + Suggestions.shorten(s.text()) + "\"" : n.describe();
            String suggestion = Durations.suggest(written);
            String hint = written != null && written.matches("\\d+") ? "; add a unit: s, m or h"
                    : suggestion != null ? "; did you mean \"" + suggestion + "\"?" : "";
            findings.error(n, key + " must be a duration like 90s, 3m or 1m30s, got " + got + hint);
            return null;
        }
        if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
            findings.error(n, label + " must be between " + Durations.format(min) + " and " + Durations.format(max)
                    + ", got \"" + written + "\"");
            return null;
        }
        return d;
    }

    /**
     * Text with ": " inside reads as "key: value" in YAML; when a group turns up where text was
     * expected and it sits on one line, that is almost always why.
     */
    private static String colonHint(YNode n) {
        if (n instanceof YNode.Map m && m.entries().size() == 1 && m.entries().get(0).line() == n.line()) {
            return "; text that contains \": \" must be in quotes";
        }
        return "";
    }

    private static String withArticle(String noun) {
        return ("aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an " : "a ") + noun;
    }

    /** true/false; null when absent or wrong. */
    Boolean bool(String key) {
        YNode n = node(key, false);
        if (n == null) {
            return null;
        }
        if (n instanceof YNode.Scalar s && !s.isNull()) {
            String t = java.util.Objects.requireNonNullElse(repaired(key, s, false), "").toLowerCase(Locale.ROOT);
            if (t.equals("true")) {
                return Boolean.TRUE;
            }
            if (t.equals("false")) {
                return Boolean.FALSE;
            }
        }
        findings.error(n, key + " must be true or false, got " + n.describe());
        return null;
    }

    /** A whole number within bounds; null when absent or wrong. */
    Integer integer(String key, int min, int max) {
        YNode n = node(key, false);
        if (n == null) {
            return null;
        }
        if (n instanceof YNode.Scalar s && s.text().strip().matches("-?\\d{1,9}")) {
            int v = Integer.parseInt(s.text().strip());
            if (v >= min && v <= max) {
                return v;
            }
            findings.error(n, key + " must be between " + min + " and " + max + ", got " + v);
            return null;
        }
        findings.error(n, key + " must be a whole number, got " + n.describe());
        return null;
    }

    /** One of a fixed set of words, matched ignoring case. */
    <E> E choice(String key, boolean required, Map<String, E> allowed) {
        YNode n = node(key, required);
        if (n == null) {
            return null;
        }
        if (n instanceof YNode.Scalar s) {
            String t = s.isNull() ? "" : java.util.Objects.requireNonNullElse(repaired(key, s, false), "");
            for (Map.Entry<String, E> e : allowed.entrySet()) {
                if (e.getKey().equalsIgnoreCase(t)) {
                    return e.getValue();
                }
            }
        }
        if (n instanceof YNode.Map m && m.entries().size() == 1 && m.entries().get(0).value() instanceof YNode.Scalar v
                && (v.isNull() || v.text().isEmpty())) {
            // "active: {A}": braces are for placeholders in text, not for values.
            String inner = m.entries().get(0).key();
            for (String word : allowed.keySet()) {
                if (word.equalsIgnoreCase(inner)) {
                    findings.error(n, key + " must be written without braces: " + key + ": " + word);
                    return null;
                }
            }
        }
        List<String> words = new ArrayList<>(allowed.keySet());
        String list = words.size() == 1 ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
        findings.error(n, key + " must be " + list + ", got " + n.describe());
        return null;
    }

    /** A nested group, or null (error reported) when it is something else. */
    YNode.Map group(String key, boolean required, String example) {
        YNode n = node(key, required);
        if (n == null) {
            return null;
        }
        if (n instanceof YNode.Map m) {
            return m;
        }
        findings.error(n, key + " must be a group of lines like " + example + ", got " + n.describe());
        return null;
    }

    /** A list of groups, or null (error reported). */
    List<YNode> list(String key, boolean required, String what) {
        YNode n = node(key, required);
        if (n == null) {
            return null;
        }
        if (n instanceof YNode.Seq s) {
            if (s.items().isEmpty() && required) {
                findings.error(n, key + " is empty; add at least one " + what);
                return null;
            }
            return s.items();
        }
        if (n instanceof YNode.Scalar sc && (sc.isNull() || sc.text().isBlank())) {
            findings.error(n, key + " is empty; add at least one " + what);
        } else {
            findings.error(n, key + " must be a list of " + what + "s, each starting with \"- \"; got " + n.describe());
        }
        return null;
    }
}
