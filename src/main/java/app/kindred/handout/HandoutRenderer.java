package app.kindred.handout;

import app.kindred.content.Handout;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders handouts (take-home worksheets) to PDF. Safe to call from any thread; documents are built
 * one at a time because the parsed fonts are shared.
 *
 * <pre>{@code
 * new HandoutRenderer().render(handout, RenderOptions.defaults().withPaper(Paper.LETTER), Path.of("out.pdf"));
 * }</pre>
 */
public final class HandoutRenderer {
    private final FontLibrary fonts;

    public HandoutRenderer() {
        this(FontLibrary.shared());
    }

    public HandoutRenderer(FontLibrary fonts) {
        this.fonts = fonts;
    }

    public byte[] render(Handout handout, RenderOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        write(handout, options, out);
        return out.toByteArray();
    }

    public void render(Handout handout, RenderOptions options, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            write(handout, options, out);
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    public void write(Handout handout, RenderOptions options, OutputStream out) throws IOException {
        try (PdfBuilder pdf = new PdfBuilder(fonts, options)) {
            PdfWords words = new PdfWords(options.language());
            pdf.add(section(handout, words));
            pdf.save(out, Typography.refine(handout.title()), words.get("subject.handout", Typography.refine(handout.title())), String.join("; ", handout.sources()));
        }
    }

    /**
     * Loads PDFBox's classes and parses Roboto by rendering a small page to nowhere. A command line
     * run starts this on a second thread while the content loads, so the two overlap on two cores.
     */
    public static void warmUp() {
        Handout sample = new Handout("warm-up", "Warm-up", "couples", List.of(),
                "Some *text*, **bold** text.\n\n- a list\n\n| a | b |\n|---|---|\n| c | d |\n\n> a stem\n\n"
                        + "```lines\nlabel: Lines\ncount: 2\n```\n", 1, app.kindred.content.SourceFile.builtIn("warm-up"));
        try {
            new HandoutRenderer().write(sample, RenderOptions.defaults(), OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            // Only a head start; the real render reports any problem.
        }
    }

    /** The handout as a section of a PDF: its title goes in the band, so a leading "# Title" is not repeated. */
    static Section section(Handout handout, PdfWords words) {
        return section(handout, words, List.of());
    }

    /**
     * @param names the couple's first names on a personal pack: two names label the two partners'
     *              write-in boxes instead of "Partner A" and "Partner B"; otherwise none
     */
    static Section section(Handout handout, PdfWords words, List<String> names) {
        List<Block> blocks = new ArrayList<>(MarkdownReader.read(handout.markdown()));
        if (!blocks.isEmpty() && blocks.get(0) instanceof Block.Heading h && h.level() == 1
                && normal(MarkdownReader.text(h.spans())).equals(normal(handout.title()))) {
            blocks.remove(0);
        }
        String kicker = switch (handout.audience() == null ? "" : handout.audience()) {
            case "facilitators" -> words.get("kicker.handout.facilitators");
            case "couples" -> words.get("kicker.handout.couples");
            default -> words.get("kicker.handout");
        };
        if (names.size() == 2) {
            blocks.replaceAll(b -> b instanceof Block.Pair p && "Partner A".equals(p.left()) && "Partner B".equals(p.right())
                    ? new Block.Pair(p.label(), p.count(), names.get(0), names.get(1)) : b);
        }
        // The articles a sheet draws on are named once, at its end, not in every page's footer.
        if (!handout.sources().isEmpty()) {
            blocks.add(new Block.Heading(3, List.of(Span.plain(words.get("heading.sources")))));
            blocks.add(new Block.ListBlock(false, 1, handout.sources().stream()
                    .map(s -> List.<Block>of(new Block.Paragraph(List.of(Span.plain(s))))).toList()));
        }
        return new Section(handout.title(), kicker, handout.title(), blocks);
    }

    private static String normal(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }
}
