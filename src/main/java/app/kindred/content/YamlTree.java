package app.kindred.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML text into {@link YNode}s that remember line and column, using Jackson's streaming
 * YAML parser. Anchors, aliases and tags are refused (an alias "bomb" can expand a few hundred bytes
 * into gigabytes); nesting deeper than {@link #MAX_DEPTH} is refused without recursion trouble.
 */
final class YamlTree {
    /** Content files need four levels (programme, items, item, value); 32 leaves room for honest mistakes. */
    static final int MAX_DEPTH = 32;

    private static final YAMLFactory FACTORY = createFactory();

    private final YAMLParser parser;
    private final Findings findings;
    private final int lineOffset;

    private YamlTree(YAMLParser parser, Findings findings, int lineOffset) {
        this.parser = parser;
        this.findings = findings;
        this.lineOffset = lineOffset;
    }

    private static YAMLFactory createFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH + 8);
        options.setCodePointLimit(SourceText.MAX_BYTES + 1024);
        options.setProcessComments(false);
        return YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH + 8)
                        .maxStringLength(SourceText.MAX_BYTES + 1024)
                        .maxNumberLength(64)
                        .build())
                .build();
    }

    /**
     * Parses one YAML document. Returns null when the text cannot be used (an error is recorded);
     * an empty document is reported as such.
     *
     * @param lineOffset added to every line number (front matter starts below the {@code ---} line)
     */
    static YNode read(String text, Findings findings, int lineOffset) {
        try (YAMLParser parser = FACTORY.createParser(text)) {
            YamlTree tree = new YamlTree(parser, findings, lineOffset);
            JsonToken first = parser.nextToken();
            if (first == null) {
                findings.error(lineOffset + 1, 1, "file is empty");
                return null;
            }
            YNode root = tree.value(first, 1);
            if (root == null) {
                return null;
            }
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                JsonLocation at = parser.currentTokenLocation();
                findings.error(at.getLineNr() + lineOffset, at.getColumnNr(),
                        "a second YAML document starts here; one file holds one exercise, deck, programme or handout");
                return null;
            }
            return root;
        } catch (Refused r) {
            return null;
        } catch (IOException | RuntimeException e) {
            reportSyntax(e, findings, lineOffset);
            return null;
        }
    }

    /** Thrown once a problem has been reported that makes the rest of the file meaningless. */
    private static final class Refused extends RuntimeException {
        Refused() {
            super(null, null, false, false);
        }
    }

    private YNode value(JsonToken token, int depth) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr() + lineOffset;
        int column = at.getColumnNr();
        if (parser.isCurrentAlias()) {
            refuse(line, column, "YAML aliases (*" + parser.getText() + ") are not allowed in Kindred files;"
                    + " write the text out in full");
        }
        String anchor = parser.getObjectId();
        if (anchor != null) {
            refuse(line, column, "YAML anchors (&" + anchor + ") are not allowed in Kindred files;"
                    + " write the text out in full");
        }
        String tag = parser.getTypeId();
        if (tag != null) {
            refuse(line, column, "YAML tags (" + shortTag(tag) + ") are not allowed in Kindred files; remove it");
        }
        if (depth > MAX_DEPTH) {
            refuse(line, column, "nested too deeply (more than " + MAX_DEPTH + " levels); check the indentation and"
                    + " the [ ] and { } brackets");
        }
        switch (token) {
            case START_OBJECT:
                return map(line, column, depth);
            case START_ARRAY:
                return seq(line, column, depth);
            case VALUE_NULL:
                return new YNode.Scalar("", true, true, line, column);
            case VALUE_STRING:
                return new YNode.Scalar(parser.getText(), false, false, line, column);
            default:
                if (token.isScalarValue()) {
                    return new YNode.Scalar(parser.getText(), true, false, line, column);
                }
                refuse(line, column, "unexpected " + token);
                return null;
        }
    }

    private YNode.Map map(int line, int column, int depth) throws IOException {
        List<YNode.Entry> entries = new ArrayList<>();
        JsonToken t;
        while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
            JsonLocation at = parser.currentTokenLocation();
            int keyLine = at.getLineNr() + lineOffset;
            int keyColumn = at.getColumnNr();
            String key = repairedKey(parser.currentName(), keyLine, keyColumn);
            if (parser.getObjectId() != null || parser.isCurrentAlias()) {
                refuse(keyLine, keyColumn, "YAML anchors and aliases are not allowed in Kindred files;"
                        + " write the text out in full");
            }
            YNode value = value(parser.nextToken(), depth + 1);
            YNode.Entry earlier = find(entries, key);
            if (earlier != null) {
                findings.error(keyLine, keyColumn, "\"" + key + "\" appears twice (first on line " + earlier.line()
                        + "); keep one");
                continue;
            }
            entries.add(new YNode.Entry(key, keyLine, keyColumn, value));
        }
        if (t != JsonToken.END_OBJECT) {
            refuse(line, column, "this group of \"key: value\" lines is not closed");
        }
        return new YNode.Map(entries, line, column);
    }

    /** Keys pasted from the web carry look-alike letters too ("titlе"); repair them like any text. */
    private String repairedKey(String key, int line, int column) {
        TextRepair.Result r = TextRepair.repair(key);
        if (!r.changed()) {
            return key;
        }
        String fixed = r.text().strip();
        findings.warning(line, column, "key \"" + fixed + "\": " + r.summary());
        return fixed;
    }

    private YNode.Seq seq(int line, int column, int depth) throws IOException {
        List<YNode> items = new ArrayList<>();
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                refuse(line, column, "this list is not closed");
            }
            items.add(value(t, depth + 1));
        }
        return new YNode.Seq(items, line, column);
    }

    private static YNode.Entry find(List<YNode.Entry> entries, String key) {
        for (YNode.Entry e : entries) {
            if (e.key().equals(key)) {
                return e;
            }
        }
        return null;
    }

    private void refuse(int line, int column, String message) {
        findings.error(line, column, message);
        throw new Refused();
    }

    private static String shortTag(String tag) {
        return tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : tag;
    }

    private static void reportSyntax(Exception e, Findings findings, int lineOffset) {
        org.yaml.snakeyaml.error.MarkedYAMLException marked = null;
        for (Throwable c = e; c != null && c.getCause() != c; c = c.getCause()) {
            if (c instanceof org.yaml.snakeyaml.error.MarkedYAMLException m) {
                marked = m;
                break;
            }
        }
        if (marked != null) {
            YamlSyntax.report(marked, findings, lineOffset);
            return;
        }
        int line = 0;
        int column = 0;
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null) {
            line = j.getLocation().getLineNr() + lineOffset;
            column = j.getLocation().getColumnNr();
        }
        String message = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage()
                : String.valueOf(e.getMessage());
        if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
            message = "too large or nested too deeply for a content file (" + message + ")";
        }
        findings.error(line, column, "YAML syntax: " + message);
    }
}
