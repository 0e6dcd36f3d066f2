package app.kindred.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the body of a worksheet block (the text between the fences). Used by the loader to check
 * handouts and by the PDF renderer to lay them out, so both read blocks the same way.
 */
public final class WorksheetBlocks {
    /** The block types, as written after the opening fence. */
    public static final List<String> TYPES = List.of("lines", "checklist", "planner", "pair", "field", "pagebreak");

    public static final int MAX_LINES = 30;
    public static final int DEFAULT_LINES = 3;
    public static final int MAX_DAYS = 14;

    private static final Pattern KEY_VALUE = Pattern.compile("\\s*([A-Za-z][A-Za-z0-9_-]*)\\s*:(?:\\s+(.*?)|\\s*)\\s*");
    private static final Pattern ROW = Pattern.compile("\\s*[-*]\\s+(?:\\[[ xX]?]\\s+)?(.*?)\\s*");

    private WorksheetBlocks() {
    }

    /**
     * A problem inside a block.
     *
     * @param line   1-based line within the block body; 0 means the opening fence line
     * @param column 1-based, or 0 when the whole line is meant
     */
    public record Problem(int line, int column, String message) {
    }

    /** The block, or null when it has problems (then {@code problems} says why). */
    public record Parsed(WorksheetBlock block, List<Problem> problems) {
        public Parsed {
            problems = List.copyOf(problems);
        }
    }

    /** The block type named by a fence's info string ("lines" for "lines" or "lines  {x}"), or "". */
    public static String type(String info) {
        String t = info == null ? "" : info.strip();
        int space = t.indexOf(' ');
        return space < 0 ? t : t.substring(0, space);
    }

    /** Whether a fenced block with this info string is a worksheet block. */
    public static boolean isWorksheet(String info) {
        return TYPES.contains(type(info));
    }

    /** Parses a block; never throws. */
    public static Parsed parse(String info, String body) {
        String type = type(info);
        List<Problem> problems = new ArrayList<>();
        String[] lines = body == null || body.isEmpty() ? new String[0] : body.split("\n", -1);
        WorksheetBlock block = switch (type) {
            case "lines" -> lines(lines, problems);
            case "pair" -> pair(lines, problems);
            case "field" -> field(lines, problems);
            case "checklist" -> checklist(lines, problems);
            case "planner" -> planner(lines, problems);
            case "pagebreak" -> pagebreak(lines, problems);
            default -> {
                problems.add(new Problem(0, 0, unknownType(type)));
                yield null;
            }
        };
        return new Parsed(problems.isEmpty() ? block : null, problems);
    }

    private static String unknownType(String type) {
        if (type.isEmpty()) {
            return "a fenced block needs a worksheet type after the ```: " + String.join(", ", TYPES);
        }
        String near = Suggestions.closest(type, TYPES);
        return "unknown worksheet block \"" + type + "\""
                + (near != null ? Suggestions.didYouMean(type, near) : "; use one of: " + String.join(", ", TYPES));
    }

    private static WorksheetBlock lines(String[] lines, List<Problem> problems) {
        Map<String, String> kv = keyValues(lines, List.of("label", "count"), problems, "lines");
        String label = required(kv, "label", "lines", problems);
        int count = count(kv, lines, problems);
        return label == null ? null : new WorksheetBlock.Lines(label, count);
    }

    private static WorksheetBlock pair(String[] lines, List<Problem> problems) {
        Map<String, String> kv = keyValues(lines, List.of("label", "count", "left", "right"), problems, "pair");
        int count = count(kv, lines, problems);
        return new WorksheetBlock.Pair(blankToNull(kv.get("label")), count,
                kv.getOrDefault("left", "Partner A"), kv.getOrDefault("right", "Partner B"));
    }

    private static WorksheetBlock field(String[] lines, List<Problem> problems) {
        Map<String, String> kv = keyValues(lines, List.of("label"), problems, "field");
        String label = required(kv, "label", "field", problems);
        return label == null ? null : new WorksheetBlock.Field(label);
    }

    private static WorksheetBlock checklist(String[] lines, List<Problem> problems) {
        List<String> items = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            Matcher row = ROW.matcher(line);
            items.add(row.matches() ? row.group(1) : line.strip());
        }
        items.removeIf(String::isEmpty);
        if (items.isEmpty()) {
            problems.add(new Problem(0, 0, "checklist is empty; write one item per line"));
            return null;
        }
        return new WorksheetBlock.Checklist(items);
    }

    private static WorksheetBlock planner(String[] lines, List<Problem> problems) {
        String label = null;
        List<String> days = WorksheetBlock.Planner.WEEK;
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            Matcher row = ROW.matcher(line);
            Matcher kv = KEY_VALUE.matcher(line);
            if (row.matches()) {
                if (!row.group(1).isEmpty()) {
                    rows.add(row.group(1));
                }
            } else if (kv.matches() && kv.group(1).equals("label")) {
                label = blankToNull(kv.group(2));
            } else if (kv.matches() && kv.group(1).equals("days")) {
                List<String> d = new ArrayList<>();
                for (String day : (kv.group(2) == null ? "" : kv.group(2)).split(",")) {
                    if (!day.isBlank()) {
                        d.add(day.strip());
                    }
                }
                if (d.isEmpty() || d.size() > MAX_DAYS) {
                    problems.add(new Problem(i + 1, indent(line), "days must list 1 to " + MAX_DAYS
                            + " columns separated by commas, got " + d.size()));
                } else {
                    days = d;
                }
            } else if (kv.matches()) {
                problems.add(new Problem(i + 1, indent(line), "unknown key \"" + kv.group(1) + "\" in planner"
                        + Suggestions.didYouMean(kv.group(1), List.of("label", "days"))
                        + (Suggestions.closest(kv.group(1), List.of("label", "days")) == null
                        ? "; a planner takes label:, days: and one \"- row\" per ritual" : "")));
            } else {
                problems.add(new Problem(i + 1, indent(line), "expected \"- ritual\" (one row per line), label: or days:"
                        + " in planner, got \"" + Suggestions.shorten(line) + "\""));
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(0, 0, "planner has no rows; add one \"- ritual\" line per row"));
        }
        return new WorksheetBlock.Planner(label, days, rows);
    }

    private static WorksheetBlock pagebreak(String[] lines, List<Problem> problems) {
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                problems.add(new Problem(i + 1, indent(lines[i]), "pagebreak takes no text; close it with ``` right away"));
                break;
            }
        }
        return new WorksheetBlock.PageBreak();
    }

    /** "key: value" lines; unknown keys, repeats and other lines are problems. */
    private static Map<String, String> keyValues(String[] lines, List<String> allowed, List<Problem> problems,
                                                 String type) {
        Map<String, String> kv = new LinkedHashMap<>();
        Map<String, Integer> where = new LinkedHashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            Matcher m = KEY_VALUE.matcher(line);
            if (!m.matches()) {
                problems.add(new Problem(i + 1, indent(line), "expected \"key: value\" in " + type + " ("
                        + String.join(":, ", allowed) + ":), got \"" + Suggestions.shorten(line) + "\""));
                continue;
            }
            String key = m.group(1);
            if (!allowed.contains(key)) {
                String near = Suggestions.closest(key, allowed);
                problems.add(new Problem(i + 1, indent(line), "unknown key \"" + key + "\" in " + type
                        + (near != null ? Suggestions.didYouMean(key, near)
                                : "; expected " + String.join(", ", allowed))));
                continue;
            }
            if (kv.containsKey(key)) {
                problems.add(new Problem(i + 1, indent(line), "\"" + key + "\" appears twice (first on line "
                        + where.get(key) + " of the block); keep one"));
                continue;
            }
            kv.put(key, m.group(2) == null ? "" : m.group(2));
            where.put(key, i + 1);
        }
        return kv;
    }

    private static String required(Map<String, String> kv, String key, String type, List<Problem> problems) {
        String v = blankToNull(kv.get(key));
        if (v == null) {
            problems.add(new Problem(0, 0, type + " needs \"" + key + ": ...\""));
        }
        return v;
    }

    private static int count(Map<String, String> kv, String[] lines, List<Problem> problems) {
        String v = kv.get("count");
        if (v == null) {
            return DEFAULT_LINES;
        }
        int line = lineOf(lines, "count");
        if (v.matches("\\d{1,6}")) {
            int n = Integer.parseInt(v);
            if (n >= 1 && n <= MAX_LINES) {
                return n;
            }
        }
        problems.add(new Problem(line, indent(lines[line - 1]), "count must be a whole number from 1 to " + MAX_LINES
                + ", got \"" + Suggestions.shorten(v) + "\""));
        return DEFAULT_LINES;
    }

    private static int lineOf(String[] lines, String key) {
        for (int i = 0; i < lines.length; i++) {
            Matcher m = KEY_VALUE.matcher(lines[i]);
            if (m.matches() && m.group(1).equals(key)) {
                return i + 1;
            }
        }
        return 1;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i + 1;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
