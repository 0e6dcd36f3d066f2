package app.kindred.app;

import app.kindred.content.ContentFiles;
import app.kindred.content.ContentLoader;
import app.kindred.content.ContentRoot;
import app.kindred.content.Handout;
import app.kindred.handout.HandoutRenderer;
import app.kindred.handout.Paper;
import app.kindred.handout.RenderOptions;
import app.kindred.persist.DataFolders;
import app.kindred.print.Outbox;
import app.kindred.print.PrintOutcome;
import app.kindred.print.PrintRequest;
import app.kindred.print.PrintSettings;
import app.kindred.print.PrintSystemException;
import app.kindred.print.PrintTicket;
import app.kindred.print.PrinterInfo;
import app.kindred.print.Printing;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kindred print FILE.pdf|HANDOUT-ID... [--printer NAME] [--copies N]}: prints each document
 * (N copies each, e.g. a set of handouts before a workshop). Handout ids are rendered first, print-only
 * (no form fields) on the settings' paper, from the content root {@code kindred render} uses. Every job goes through the outbox, so
 * one the printer cannot take now waits there for {@code kindred outbox retry} or the kiosk.
 * Exit code 0: all sent or printed; 4: some wait in the outbox; 2: bad arguments.
 */
@Command(name = "print", mixinStandardHelpOptions = true,
        description = {"Print PDFs or handouts (by id, rendered first); anything the printer cannot take now"
                + " waits in the outbox.", "Printer and paper come from settings.properties (printer=, paper=)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all sent to the printer", "4:some wait in the outbox (kindred outbox)",
            "1:a handout could not be rendered", "2:usage error"})
final class PrintCommand implements Callable<Integer> {
    static final int EXIT_WAITING = 4;

    @Parameters(paramLabel = "FILE.pdf|HANDOUT-ID", arity = "0..*", description = "PDF files or handout ids.")
    List<String> documents = new ArrayList<>();

    @Option(names = "--printer", paramLabel = "NAME", description = "Printer queue (default: settings, then the system default).")
    String printer = "";

    @Option(names = "--copies", paramLabel = "N", description = "Copies of each document (default 1).")
    int copies = 1;

    @Option(names = "--list-printers", description = "List the printers and the default, then stop.")
    boolean listPrinters;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DataFolders folders = DataFolders.fromEnvironment();
        PrintSettings settings = PrintSettings.load(folders.settingsFile());
        if (listPrinters) {
            return listPrinters(settings, out);
        }
        if (documents.isEmpty()) {
            err.println(text("cli.nothing"));
            return 2;
        }
        if (copies < 1 || copies > 999) {
            err.println(text("cli.badCopies", copies));
            return 2;
        }
        List<PrintRequest> requests = new ArrayList<>();
        List<String> handoutIds = new ArrayList<>();
        for (String doc : documents) {
            Path file = Path.of(doc);
            if (Files.isRegularFile(file)) {
                if (!isPdf(file)) {
                    err.println(text("cli.notPdf", doc));
                    return 2;
                }
                requests.add(new PrintRequest(file, titleOf(file), printer, copies));
            } else if (doc.toLowerCase(Locale.ROOT).endsWith(".pdf") || doc.contains("/")) {
                err.println(text("cli.noSuchFile", doc));
                return 2;
            } else {
                handoutIds.add(doc);
            }
        }
        Path rendered = null;
        if (!handoutIds.isEmpty()) {
            rendered = Files.createTempDirectory("kindred-print");
            Optional<Integer> failed = renderHandouts(handoutIds, settings, rendered, requests, err);
            if (failed.isPresent()) {
                deleteQuietly(rendered);
                return failed.get();
            }
        }
        try {
            return print(requests, settings, folders, out);
        } finally {
            if (rendered != null) {
                deleteQuietly(rendered); // the outbox has its own copies by now
            }
        }
    }

    private int print(List<PrintRequest> requests, PrintSettings settings, DataFolders folders, PrintWriter out)
            throws Exception {
        // No retry schedule here: this process ends; the kiosk or "kindred outbox retry" carries on.
        try (Printing printing = new Printing(Printing.systemFor(settings), settings, new Outbox(folders.outbox()),
                Clock.systemUTC())) {
            List<PrintTicket> tickets = printing.printAll(requests);
            int waiting = 0;
            for (PrintTicket t : tickets) {
                PrintOutcome o = t.outcome().get();
                out.println(text("cli.outcome", o.title(), o.facilitatorMessage(Locale.getDefault())));
                if (!o.onPaper()) {
                    waiting++;
                }
            }
            if (waiting > 0) {
                out.println(text("cli.waitingSummary", waiting, tickets.size(), folders.outbox()));
                return EXIT_WAITING;
            }
            return 0;
        }
    }

    /**
     * Renders each handout (print-only, no form fields, the settings' paper) and adds a request for it.
     * Empty when all rendered; else the exit code (2: unknown id or no content folder; 1: a handout has errors).
     */
    private Optional<Integer> renderHandouts(List<String> ids, PrintSettings settings, Path dir,
            List<PrintRequest> requests, PrintWriter err) {
        Path root = ContentRoot.locate();
        if (!ContentFiles.isRoot(root.toAbsolutePath())) {
            err.println(text("cli.noContent", root.toAbsolutePath().normalize()));
            return Optional.of(2);
        }
        ContentLoader.Result loaded = ContentLoader.load(root);
        Map<String, Handout> handouts = loaded.library().handouts();
        Paper paper = Optional.ofNullable(Paper.parse(settings.paper().toLowerCase(Locale.ROOT))).orElse(Paper.A4);
        RenderOptions options = RenderOptions.defaults().withPaper(paper).withFormFields(false);
        HandoutRenderer renderer = new HandoutRenderer();
        for (String id : ids) {
            Handout h = handouts.get(id);
            if (h == null) {
                boolean broken = Files.exists(root.resolve("handouts").resolve(id + ".md"));
                err.println(broken ? text("cli.handoutBroken", id)
                        : text("cli.noSuchHandout", id, String.join(", ", handouts.keySet())));
                return Optional.of(broken ? 1 : 2);
            }
            Path file = dir.resolve(id + ".pdf");
            try {
                renderer.render(h, options, file);
            } catch (IOException | RuntimeException e) {
                Logging.log(PrintCommand.class).log(Level.SEVERE, "render failed for " + id, e);
                err.println(text("cli.renderFailed", id, String.valueOf(e.getMessage())));
                return Optional.of(1);
            }
            requests.add(new PrintRequest(file, h.title(), printer, copies));
        }
        return Optional.empty();
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            Logging.log(PrintCommand.class).warning("cannot delete " + dir + ": " + e);
        }
    }

    private static int listPrinters(PrintSettings settings, PrintWriter out) {
        try {
            List<PrinterInfo> all = Printing.systemFor(settings).printers();
            if (all.isEmpty()) {
                out.println(text("cli.printers.none", Printing.systemFor(settings).describe()));
            }
            for (PrinterInfo p : all) {
                out.println(text("cli.printers.line", p.name(), p.isDefault() ? text("cli.printers.default") : ""));
            }
            return 0;
        } catch (PrintSystemException e) {
            out.println(text("cli.printers.error",
                    PrintOutcome.problemMessage(e.problem(), "", e.detail(), Locale.getDefault())));
            return EXIT_WAITING;
        }
    }

    private static boolean isPdf(Path file) {
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(5);
            return new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static String titleOf(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? name.substring(0, name.length() - 4) : name;
    }

    static String text(String key, Object... args) {
        ResourceBundle b = ResourceBundle.getBundle("app.kindred.print.PrintMessages");
        return new MessageFormat(b.getString(key), Locale.getDefault()).format(args);
    }
}
