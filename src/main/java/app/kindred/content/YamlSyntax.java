package app.kindred.content;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Turns the YAML parser's complaints into sentences a facilitator can act on. */
final class YamlSyntax {
    private YamlSyntax() {
    }

    static void report(MarkedYAMLException e, Findings findings, int lineOffset) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String message;
        if (problem.contains("end of stream") && context.contains("quoted scalar") && e.getContextMark() != null) {
            mark = e.getContextMark();
            message = "this quoted text is never closed; add the closing quote";
        } else if (problem.contains("found unknown escape character")) {
            message = "a backslash in double quotes starts an escape; write \\\\ for a backslash or use single quotes";
        } else if (problem.contains("\\t(TAB)") || problem.contains("'\\t'")) {
            message = "a tab is used for indentation; indent with spaces only";
        } else if (problem.contains("mapping values are not allowed")) {
            message = "a colon is out of place here; if the text itself contains \": \", put the whole text in quotes";
        } else if (problem.contains("cannot start any token") || problem.contains("expected the node content")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("found (?:character )?'(.{1,8}?)'")
                    .matcher(problem);
            message = "a value cannot start with " + (m.find() ? "\"" + m.group(1) + "\"" : "this character")
                    + "; put the whole text in quotes";
        } else if (problem.contains("sequence entries are not allowed")) {
            message = "a \"- \" list item is out of place here; check its indentation, or put the text in quotes"
                    + " if it starts with \"- \"";
        } else if (problem.contains("expected chomping or indentation indicators")) {
            message = "after > or | only - or + may follow on the same line; the text itself starts on the next line";
        } else if (context.contains("while scanning a tag") || problem.contains("unexpected character found")) {
            message = "a value cannot start with \"!\" or contain a stray character here; put the whole text in quotes";
        } else if (context.contains("directive") || problem.contains("directive")) {
            message = "a line cannot start with \"%\"; put the whole text in quotes";
        } else if (problem.contains("expected a comment or a line break")) {
            message = "unexpected text here; after > or | the text starts on the next line, and a quoted value"
                    + " must end at its closing quote";
        } else if (problem.contains("expected '<document start>'")) {
            message = "this line's indentation does not match the lines above it";
        } else if (problem.contains("could not find expected ':'")) {
            message = "expected \"key: value\" here; check for a missing colon or a line that lost its indentation";
        } else if (problem.contains("expected <block end>") || problem.contains("did not find expected key")) {
            message = "this line's indentation does not match the lines above it";
        } else if (problem.contains("did not find expected '-' indicator")) {
            message = "a list item must start with \"- \" at the same indentation as the items above it";
        } else if (problem.contains("expected ',' or ']'")) {
            message = "a [ ... ] list is not closed properly; check the commas and the closing ], and put"
                    + " items that contain ? : , [ ] { } in quotes";
        } else if (problem.contains("expected ',' or '}'")) {
            message = "a { ... } group is not closed properly; check the commas and the closing }";
        } else if (problem.contains("alias") || problem.contains("anchor")) {
            message = "YAML anchors and aliases are not allowed in Kindred files; write the text out in full";
        } else if (problem.contains("exceeds the limit") || problem.contains("Nesting Depth")) {
            message = "too large or nested too deeply for a content file";
        } else {
            message = "YAML syntax: " + (problem.isEmpty() ? context : problem).strip();
        }
        int line = mark == null ? 0 : mark.getLine() + 1 + lineOffset;
        int column = mark == null ? 0 : mark.getColumn() + 1;
        findings.error(line, column, message);
    }
}
