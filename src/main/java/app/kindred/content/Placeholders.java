package app.kindred.content;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text may say {A} and {B} (the names of whoever holds each role); nothing else in braces. */
final class Placeholders {
    private static final Pattern BRACES = Pattern.compile("\\{([^{}\\n]{0,40})}");
    private static final List<String> KNOWN = List.of("A", "B");

    private Placeholders() {
    }

    static void check(String text, YNode at, Findings findings) {
        check(text, at.line(), at.column(), findings);
    }

    /** For one line of Markdown: each message points at its brace. */
    static void checkLine(String text, int line, Findings findings) {
        check(text, line, -1, findings);
    }

    /** @param column where the text starts, or -1 when {@code text} is a whole line */
    static void check(String text, int line, int column, Findings findings) {
        if (text.indexOf('{') < 0) {
            return;
        }
        Matcher m = BRACES.matcher(text);
        while (m.find()) {
            String inner = m.group(1);
            if (KNOWN.contains(inner)) {
                continue;
            }
            String near = guess(inner);
            int at = column < 0 ? text.codePointCount(0, m.start()) + 1 : column;
            findings.error(line, at, "unknown placeholder \"{" + inner + "}\": only {A} and {B} exist"
                    + (near != null ? "; did you mean \"{" + near + "}\"?" + LookAlikes.differences(inner, near) : ""));
        }
    }

    /** {a}, {partner a}, {Person_B}: clearly meant {A} or {B}. */
    private static String guess(String inner) {
        String t = inner.strip().toLowerCase(java.util.Locale.ROOT);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:(?:partner|person|role|name)[ _-]?)?([ab])")
                .matcher(t);
        return m.matches() ? m.group(1).toUpperCase(java.util.Locale.ROOT) : null;
    }
}
