package app.kindred.handout;

import java.util.ArrayList;
import app.kindred.content.WorksheetBlock;
import app.kindred.content.WorksheetBlocks;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/** Turns a handout's Markdown body (CommonMark + GitHub tables + worksheet blocks) into blocks. */
public final class MarkdownReader {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private MarkdownReader() {
    }

    public static List<Block> read(String markdown) {
        Node doc = PARSER.parse(markdown == null ? "" : markdown);
        return blocks(doc);
    }

    private static List<Block> blocks(Node parent) {
        List<Block> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            Block b = block(n);
            if (b != null) {
                out.add(b);
            }
        }
        return out;
    }

    private static Block block(Node n) {
        if (n instanceof Heading h) {
            return new Block.Heading(h.getLevel(), inlines(h));
        } else if (n instanceof Paragraph p) {
            return new Block.Paragraph(inlines(p));
        } else if (n instanceof BulletList || n instanceof OrderedList) {
            List<List<Block>> items = new ArrayList<>();
            for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    items.add(blocks(item));
                }
            }
            int start = n instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
            return new Block.ListBlock(n instanceof OrderedList, start, items);
        } else if (n instanceof BlockQuote) {
            return new Block.Quote(blocks(n));
        } else if (n instanceof FencedCodeBlock f) {
            String info = f.getInfo() == null ? "" : f.getInfo();
            if (WorksheetBlocks.isWorksheet(info)) {
                return worksheet(info, f.getLiteral());
            }
            return new Block.Preformatted(stripTrailingNewline(f.getLiteral()), FontStyle.REGULAR);
        } else if (n instanceof IndentedCodeBlock c) {
            return new Block.Preformatted(stripTrailingNewline(c.getLiteral()), FontStyle.REGULAR);
        } else if (n instanceof ThematicBreak) {
            return new Block.Rule();
        } else if (n instanceof HtmlBlock html) {
            return new Block.Preformatted(stripTrailingNewline(html.getLiteral()), FontStyle.REGULAR);
        } else if (n instanceof TableBlock) {
            return table(n);
        }
        return null;
    }

    /** Worksheet blocks are parsed by the content package, exactly as the validator reads them. */
    private static Block worksheet(String info, String body) {
        WorksheetBlock b = WorksheetBlocks.parse(info, body).block();
        if (b == null) {
            // The validator reports what is wrong; on paper the words are at least all there.
            return new Block.Preformatted(stripTrailingNewline(body), FontStyle.REGULAR);
        }
        if (b instanceof WorksheetBlock.Lines l) {
            return new Block.Lines(l.label(), l.count());
        } else if (b instanceof WorksheetBlock.Checklist c) {
            return new Block.Checklist(c.items());
        } else if (b instanceof WorksheetBlock.Planner p) {
            return new Block.Planner(nonNull(p.label()), p.days().isEmpty() ? WorksheetBlock.Planner.WEEK : p.days(), p.rows());
        } else if (b instanceof WorksheetBlock.Pair p) {
            return new Block.Pair(nonNull(p.label()), p.count(), p.left(), p.right());
        } else if (b instanceof WorksheetBlock.Field f) {
            return new Block.Field(f.label());
        }
        return new Block.PageBreak();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static Block table(Node table) {
        List<List<Span>> header = new ArrayList<>();
        List<List<List<Span>>> rows = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<List<Span>> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        cells.add(inlines(cell));
                    }
                }
                if (section instanceof TableHead) {
                    header = cells;
                } else {
                    rows.add(cells);
                }
            }
        }
        return new Block.Table(header, rows);
    }

    private static String stripTrailingNewline(String s) {
        return s == null ? "" : s.replaceAll("\\n+$", "");
    }

    static List<Span> inlines(Node parent) {
        List<Span> out = new ArrayList<>();
        inlines(parent, FontStyle.REGULAR, out);
        return out;
    }

    private static void inlines(Node parent, FontStyle style, List<Span> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                out.add(new Span(t.getLiteral(), style));
            } else if (n instanceof Code c) {
                out.add(new Span(c.getLiteral(), style));
            } else if (n instanceof Emphasis) {
                inlines(n, style.withItalic(), out);
            } else if (n instanceof StrongEmphasis) {
                inlines(n, style.withBold(), out);
            } else if (n instanceof SoftLineBreak) {
                out.add(new Span(" ", style));
            } else if (n instanceof HardLineBreak) {
                out.add(new Span("\n", style));
            } else if (n instanceof Link link) {
                int before = out.size();
                inlines(n, style, out);
                String shown = text(out.subList(before, out.size()));
                String url = link.getDestination() == null ? "" : link.getDestination().replaceFirst("^mailto:", "");
                // On paper a link is only useful if its address is printed.
                if (!url.isBlank() && !shown.strip().equals(url.strip()) && !url.startsWith("#")) {
                    out.add(new Span(" (" + url + ")", style));
                }
            } else if (n instanceof Image) {
                inlines(n, style, out);
            } else if (n instanceof HtmlInline h) {
                out.add(new Span(h.getLiteral(), style));
            } else {
                inlines(n, style, out);
            }
        }
    }

    static String text(List<Span> spans) {
        StringBuilder b = new StringBuilder();
        spans.forEach(s -> b.append(s.text()));
        return b.toString();
    }
}
