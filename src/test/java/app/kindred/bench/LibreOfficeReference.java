package app.kindred.bench;

import app.kindred.content.Handout;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A reference for the cold {@code render --all} (issue 16): LibreOffice, headless, converting the
 * same handouts from ODT to PDF in one process, as an office would make them. Only where
 * {@code soffice} is installed (it is not a dependency of Kindred). The ODT files are made once,
 * untimed: each handout's Markdown as HTML (commonmark, worksheet blocks as plain preformatted
 * text), imported by LibreOffice's Writer and saved as ODT. The timed run starts a fresh process on
 * a user profile that already exists (as on a machine where LibreOffice has been used before).
 */
final class LibreOfficeReference {
    private final Path soffice;
    private final Path work;
    private final List<String> odts = new ArrayList<>();

    private LibreOfficeReference(Path soffice, Path work) {
        this.soffice = soffice;
        this.work = work;
    }

    /** soffice on the PATH, or null. */
    static Path soffice() {
        String path = System.getenv("PATH");
        for (String dir : path == null ? new String[0] : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, "soffice");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /** The ODT files of these handouts, made in a new folder; null when soffice is not installed. */
    static LibreOfficeReference prepare(List<Handout> handouts) throws IOException, InterruptedException {
        Path soffice = soffice();
        if (soffice == null) {
            return null;
        }
        LibreOfficeReference ref = new LibreOfficeReference(soffice, Files.createTempDirectory("kindred-bench-lo"));
        Path html = Files.createDirectories(ref.work.resolve("html"));
        var extensions = List.of(TablesExtension.create());
        Parser parser = Parser.builder().extensions(extensions).build();
        HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions).build();
        List<String> command = new ArrayList<>(ref.office());
        command.addAll(List.of("--infilter=HTML (StarWriter)", "--convert-to", "odt:writer8", "--outdir",
                ref.work.resolve("odt").toString()));
        for (Handout h : handouts) {
            Path file = html.resolve(h.id() + ".html");
            Files.writeString(file, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
                    + h.title().replace("&", "&amp;").replace("<", "&lt;") + "</title></head><body>"
                    + renderer.render(parser.parse(h.markdown())) + "</body></html>", StandardCharsets.UTF_8);
            command.add(file.toString());
            ref.odts.add(ref.work.resolve("odt").resolve(h.id() + ".odt").toString());
        }
        run(command);
        for (String odt : ref.odts) {
            if (!Files.isRegularFile(Path.of(odt))) {
                throw new IllegalStateException("LibreOffice made no " + odt);
            }
        }
        return ref;
    }

    int count() {
        return odts.size();
    }

    /** One cold LibreOffice process converting every ODT to PDF; seconds. */
    double convertAll() throws IOException, InterruptedException {
        Path pdf = work.resolve("pdf");
        List<String> command = new ArrayList<>(office());
        command.addAll(List.of("--convert-to", "pdf", "--outdir", pdf.toString()));
        command.addAll(odts);
        long t0 = System.nanoTime();
        run(command);
        double seconds = (System.nanoTime() - t0) / 1e9;
        for (String odt : odts) {
            String name = Path.of(odt).getFileName().toString().replace(".odt", ".pdf");
            if (!Files.isRegularFile(pdf.resolve(name))) {
                throw new IllegalStateException("LibreOffice made no " + pdf.resolve(name));
            }
        }
        return seconds;
    }

    private List<String> office() {
        return List.of(soffice.toString(), "-env:UserInstallation=" + work.resolve("profile").toUri(), "--headless",
                "--norestore", "--nolockcheck");
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(new File("/dev/null"))).start();
        int code = p.waitFor();
        if (code != 0) {
            throw new IllegalStateException("exit " + code + ": " + String.join(" ", command.subList(0, 4)) + " ...");
        }
    }
}
