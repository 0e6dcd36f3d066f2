package app.kindred.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads {@code handouts/ID.md}: the front matter between {@code ---} lines, then Markdown whose
 * worksheet blocks are checked with {@link WorksheetBlocks}. The Markdown itself is laid out by the
 * PDF renderer; here it is only repaired line by line and searched for worksheet blocks.
 */
final class HandoutReader {
    static final List<String> KEYS = List.of("id", "title", "audience", "sources");

    private static final Map<String, String> AUDIENCE = new LinkedHashMap<>();

    static {
        AUDIENCE.put("couples", "couples");
        AUDIENCE.put("facilitators", "facilitators");
        AUDIENCE.put("everyone", "everyone");
    }

    /** Thread-safe once built; built once, not per file (docs/TIMINGS.md). */
    private static final Parser MARKDOWN = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    private HandoutReader() {
    }

    /** The handout, or null when the file has errors. {@code text} has line breaks as written. */
    static Handout read(String text, SourceFile origin, String fileStem, Findings f) {
        int errorsBefore = f.errorCount();
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            boolean empty = text.isBlank();
            f.error(1, 1, empty ? "file is empty; a handout starts with front matter: a \"---\" line, id:, title:, "
                    + "then \"---\""
                    : "a handout must start with front matter: a \"---\" line, then id: and title:, then another"
                    + " \"---\" line");
            return null;
        }
        int close = -1;
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.equals("---") || l.equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            f.error(1, 1, "the front matter that starts here is never closed; add a \"---\" line after title:");
            return null;
        }
        String frontMatter = String.join("\n", java.util.Arrays.asList(lines).subList(1, close));
        YNode node = frontMatter.isBlank() ? null : YamlTree.read(SourceText.plainSpaces(frontMatter, f, 1), f, 1);
        if (frontMatter.isBlank()) {
            f.error(1, 1, "the front matter is empty; add id: and title: between the \"---\" lines");
            return null;
        }
        if (node == null) {
            return null;
        }
        if (!(node instanceof YNode.Map map)) {
            f.error(node, "front matter must be \"key: value\" lines (id:, title:), got " + node.describe());
            return null;
        }
        Fields fields = new Fields(map, f, " in the front matter", KEYS);
        String id = fields.id(fileStem);
        String title = fields.text("title", true);
        String audience = fields.choice("audience", false, AUDIENCE);
        List<String> sources = fields.sources(false);

        int bodyFirstLine = close + 2;
        String body = repairBody(lines, close + 1, bodyFirstLine, f);
        checkBlocks(body, bodyFirstLine, f);
        if (f.errorCount() > errorsBefore) {
            return null;
        }
        return new Handout(id, title, audience == null ? "couples" : audience, sources == null ? List.of() : sources,
                body, bodyFirstLine, origin);
    }

    /** Repairs the body line by line, so each warning names its line; tabs keep Markdown's 4-column stops. */
    private static String repairBody(String[] lines, int from, int firstLine, Findings f) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < lines.length; i++) {
            String line = lines[i];
            TextRepair.Result r = TextRepair.repair(line, 4);
            if (r.changed()) {
                f.warning(firstLine + i - from, firstDifference(line, r.text()), r.summary());
            }
            Placeholders.checkLine(r.text(), firstLine + i - from, f);
            b.append(r.text());
            if (i < lines.length - 1) {
                b.append('\n');
            }
        }
        return b.toString();
    }

    private static int firstDifference(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return a.codePointCount(0, i) + 1;
    }

    private static void checkBlocks(String body, int bodyFirstLine, Findings f) {
        Node document = MARKDOWN.parse(body);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                List<SourceSpan> spans = block.getSourceSpans();
                int fenceLine = bodyFirstLine + (spans.isEmpty() ? 0 : spans.get(0).getLineIndex());
                int fenceColumn = spans.isEmpty() ? 1 : spans.get(0).getColumnIndex() + 1;
                String type = WorksheetBlocks.type(block.getInfo());
                if (block.getClosingFenceLength() == null) {
                    String fence = block.getFenceCharacter().repeat(block.getOpeningFenceLength());
                    f.error(fenceLine, fenceColumn, "the " + (type.isEmpty() ? "fenced" : type) + " block that starts here"
                            + " is never closed; add a " + fence + " line after it");
                    return;
                }
                WorksheetBlocks.Parsed parsed = WorksheetBlocks.parse(block.getInfo(), block.getLiteral());
                for (WorksheetBlocks.Problem p : parsed.problems()) {
                    if (p.line() == 0) {
                        f.error(fenceLine, fenceColumn, p.message());
                    } else {
                        f.error(fenceLine + p.line(), fenceColumn - 1 + Math.max(1, p.column()), p.message());
                    }
                }
            }
        });
    }
}
