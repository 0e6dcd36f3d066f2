package app.kindred.handout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the body of a worksheet block (a fenced block whose info word is lines, checklist, planner,
 * pair, field or pagebreak; see docs/CONTENT-FORMAT.md). Lenient on purpose: the validator reports
 * mistakes at load time, and the renderer draws whatever it can make sense of.
 */
public final class WorksheetBlocks {
    public static final Set<String> KINDS = Set.of("lines", "checklist", "planner", "pair", "field", "pagebreak");
    static final List<String> DEFAULT_DAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

    private WorksheetBlocks() {
    }

    public static boolean isWorksheet(String info) {
        return info != null && KINDS.contains(firstWord(info));
    }

    static String firstWord(String info) {
        String t = info.trim();
        int sp = t.indexOf(' ');
        return (sp < 0 ? t : t.substring(0, sp)).toLowerCase(Locale.ROOT);
    }

    public static Block parse(String info, String body) {
        String kind = firstWord(info);
        List<String> lines = body == null ? List.of() : body.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        return switch (kind) {
            case "lines" -> new Block.Lines(value(lines, "label", ""), count(lines, 3));
            case "checklist" -> new Block.Checklist(lines.stream().map(WorksheetBlocks::unbullet).toList());
            case "planner" -> planner(lines);
            case "pair" -> new Block.Pair(value(lines, "label", ""), count(lines, 3),
                    value(lines, "left", "Partner A"), value(lines, "right", "Partner B"));
            case "field" -> new Block.Field(value(lines, "label", ""));
            default -> new Block.PageBreak();
        };
    }

    private static Block planner(List<String> lines) {
        List<String> rows = new ArrayList<>();
        for (String l : lines) {
            if (l.startsWith("- ") || l.equals("-")) {
                rows.add(unbullet(l));
            }
        }
        String days = value(lines, "days", null);
        List<String> dayList = days == null ? DEFAULT_DAYS
                : List.of(days.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new Block.Planner(value(lines, "label", ""), dayList.isEmpty() ? DEFAULT_DAYS : dayList, rows);
    }

    private static String unbullet(String line) {
        return line.startsWith("- ") ? line.substring(2).strip() : line.equals("-") ? "" : line;
    }

    private static String value(List<String> lines, String key, String fallback) {
        for (String l : lines) {
            int colon = l.indexOf(':');
            if (colon > 0 && l.substring(0, colon).strip().equalsIgnoreCase(key)) {
                return unquote(l.substring(colon + 1).strip());
            }
        }
        return fallback;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    private static int count(List<String> lines, int fallback) {
        String v = value(lines, "count", null);
        if (v == null) {
            return fallback;
        }
        try {
            return Math.max(1, Math.min(30, Integer.parseInt(v.strip())));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
