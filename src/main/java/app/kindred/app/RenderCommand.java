package app.kindred.app;

import app.kindred.KindredProperties;
import app.kindred.content.ContentFiles;
import app.kindred.content.ContentLoader;
import app.kindred.content.ContentRoot;
import app.kindred.content.Diagnostic;
import app.kindred.content.Handout;
import app.kindred.content.LookAlikes;
import app.kindred.handout.FontLibrary;
import app.kindred.handout.HandoutRenderer;
import app.kindred.handout.Paper;
import app.kindred.handout.RenderOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kindred render [--all | ID...] --out DIR [--paper a4|letter]}: writes DIR/ID.pdf for each
 * handout. Exit 0 when every PDF was written, 1 when a handout could not be loaded or written, 2 for
 * a wrong command line (no ID and no --all, an unknown ID, a bad paper size).
 */
@Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Render handouts (take-home worksheets) to PDF, one file per handout: DIR/ID.pdf.",
            "Handouts come from the handouts/ folder of the content root (-Dkindred.content=DIR,"
                    + " KINDRED_CONTENT, or the current folder)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all PDFs written", "1:a handout has errors or a PDF could not be written", "2:usage error"})
final class RenderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", arity = "0..*", description = "Handout ids (file names without .md).")
    List<String> ids = new ArrayList<>();

    @Option(names = "--all", description = "Render every handout.")
    boolean all;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Folder for the PDFs (created if missing).")
    Path out;

    @Mixin
    PaperOption paper;

    @Option(names = "--no-fields", description = "Print-only PDFs without fillable form fields (smaller files).")
    boolean noFields;

    @Mixin
    DebugOption debug;

    private PrintWriter stdout;
    private PrintWriter stderr;

    /**
     * The command for an ordinary command line ({@code --all}, ids, {@code --out DIR},
     * {@code --paper P}, {@code --no-fields}, {@code --debug}), read without picocli; null for
     * anything else (help, an unknown or repeated option, a missing value), which picocli then reads
     * and answers. picocli's classes are compiled for Java 5, so no class-data archive can hold them:
     * building its parser was about 80 ms of a 0.6 s cold {@code render --all} (docs/TIMINGS.md).
     * {@code RenderArgumentsTest} checks that both read the same.
     */
    static RenderCommand fromPlainArguments(String[] args, PrintWriter out, PrintWriter err) {
        RenderCommand c = new RenderCommand();
        c.paper = new PaperOption();
        c.debug = new DebugOption();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String name = a;
            String value = null;
            if (a.startsWith("--") && a.indexOf('=') > 2) {
                name = a.substring(0, a.indexOf('='));
                value = a.substring(a.indexOf('=') + 1);
            }
            if (!a.startsWith("-")) {
                c.ids.add(a);
                continue;
            }
            boolean valued = name.equals("--out") || name.equals("-o") || name.equals("--paper");
            if (!valued && value != null) {
                return null;
            }
            if (valued && value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("-")) {
                    return null;
                }
                value = args[++i];
            }
            if (!seen.add(name.equals("-o") ? "--out" : name)) {
                return null;
            }
            switch (name) {
                case "--all" -> c.all = true;
                case "--no-fields" -> c.noFields = true;
                case "--debug" -> c.debug.debug = true;
                case "--out", "-o" -> c.out = Path.of(value);
                case "--paper" -> c.paper.paper = value;
                default -> {
                    return null;
                }
            }
        }
        if (c.out == null) {
            return null;
        }
        c.stdout = out;
        c.stderr = err;
        return c;
    }

    private PrintWriter out() {
        return stdout != null ? stdout : spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return stderr != null ? stderr : spec.commandLine().getErr();
    }

    /** For --debug: whether stack traces go to the terminal. */
    boolean debugOn() {
        return debug.on();
    }

    @Override
    public Integer call() {
        PrintWriter stdout = out();
        PrintWriter err = err();
        Paper size = paper.parse("render", err);
        if (size == null) {
            return 2;
        }
        if (all == !ids.isEmpty()) {
            err.println("kindred render: name the handouts to render, or use --all (not both)");
            return 2;
        }
        Path root = ContentRoot.locate();
        if (!ContentFiles.isRoot(root.toAbsolutePath())) {
            err.println("kindred render: no handouts/ folder in " + root.toAbsolutePath().normalize()
                    + "; run it in the Kindred folder or set -Dkindred.content=DIR");
            return 2;
        }
        StartupTrace.mark("render: command parsed");
        Thread warmUp = new Thread(() -> {
            HandoutRenderer.warmUp();
            StartupTrace.mark("render: warm-up done");
        }, "pdf-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        ContentLoader.Result loaded = ContentLoader.loadHandouts(root);
        StartupTrace.mark("render: content loaded");
        var handouts = loaded.library().handouts();
        List<Diagnostic> handoutErrors = loaded.errors().stream()
                .filter(d -> d.file().replace('\\', '/').startsWith("handouts/")).toList();
        handoutErrors.forEach(err::println);

        List<Handout> chosen = new ArrayList<>();
        boolean contentError = !handoutErrors.isEmpty() && all;
        if (all) {
            chosen.addAll(handouts.values());
        } else {
            for (String id : ids) {
                Handout h = handouts.get(id);
                if (h != null) {
                    chosen.add(h);
                } else if (Files.exists(root.resolve("handouts").resolve(id + ".md"))) {
                    err.println("kindred render: handouts/" + id + ".md has errors (listed above); fix them and render again");
                    contentError = true;
                } else {
                    String alike = handouts.keySet().stream().filter(k -> !LookAlikes.differences(id, k).isEmpty())
                            .findFirst().orElse(null);
                    err.println("kindred render: no handout with id \"" + id + "\"" + (alike != null
                            ? "; did you mean \"" + alike + "\"?" + LookAlikes.differences(id, alike)
                            : ". Known: " + String.join(", ", handouts.keySet())));
                    return 2;
                }
            }
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            err.println("kindred render: cannot create the folder " + out + " (" + e.getMessage() + ")");
            return 1;
        }
        RenderOptions options = RenderOptions.defaults().withPaper(size).withFormFields(!noFields);
        List<String> problems = renderAll(chosen, options);
        StartupTrace.mark("render: all written");
        StartupTrace.print();
        for (Handout h : chosen) {
            if (!problems.contains(h.id())) {
                stdout.println("wrote " + out.resolve(h.id() + ".pdf"));
            }
        }
        stdout.flush();
        return !problems.isEmpty() || contentError ? 1 : 0;
    }

    /**
     * Renders on up to two threads, each with its own parsed fonts (PDFBox fonts are not
     * thread-safe); returns the ids that failed. Two threads roughly halve a cold --all on two cores.
     */
    private List<String> renderAll(List<Handout> handouts, RenderOptions options) {
        int most = Integer.getInteger(KindredProperties.RENDER_THREADS, 2);
        int threads = Math.max(1, Math.min(Math.min(most, Runtime.getRuntime().availableProcessors()), handouts.size() / 4));
        List<String> failed = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            HandoutRenderer renderer = t == 0 ? new HandoutRenderer() : new HandoutRenderer(FontLibrary.separate());
            Thread worker = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < handouts.size(); i = next.getAndIncrement()) {
                    if (!renderOne(renderer, handouts.get(i), options)) {
                        failed.add(handouts.get(i).id());
                    }
                    StartupTrace.mark("render: " + handouts.get(i).id());
                }
            }, "render-" + t);
            workers.add(worker);
            worker.start();
        }
        for (Thread w : workers) {
            try {
                w.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed.add("(interrupted)");
            }
        }
        return failed;
    }

    private boolean renderOne(HandoutRenderer renderer, Handout h, RenderOptions options) {
        PrintWriter err = err();
        Path file = out.resolve(h.id() + ".pdf");
        try {
            renderer.render(h, options, file);
            return true;
        } catch (IOException | RuntimeException e) {
            Logging.log(RenderCommand.class).log(Level.SEVERE, "render failed for " + h.id(), e);
            synchronized (err) {
                if (debug.on()) {
                    e.printStackTrace(err);
                }
                err.println("kindred render: could not write " + file + " (" + e.getMessage() + "); details are in the log: "
                        + Logging.logFile());
            }
            return false;
        }
    }
}
