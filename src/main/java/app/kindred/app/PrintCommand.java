package app.kindred.app;

import app.kindred.persist.DataFolders;
import app.kindred.print.Outbox;
import app.kindred.print.PrintOutcome;
import app.kindred.print.PrintRequest;
import app.kindred.print.PrintSettings;
import app.kindred.print.PrintSystemException;
import app.kindred.print.PrintTicket;
import app.kindred.print.PrinterInfo;
import app.kindred.print.Printing;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kindred print FILE.pdf|HANDOUT-ID... [--printer NAME] [--copies N]}: prints each document
 * (N copies each, e.g. a set of handouts before a workshop). Every job goes through the outbox, so
 * one the printer cannot take now waits there for {@code kindred outbox retry} or the kiosk.
 * Exit code 0: all sent or printed; 4: some wait in the outbox; 2: bad arguments.
 */
@Command(name = "print", mixinStandardHelpOptions = true,
        description = "Print PDFs or handouts; anything the printer cannot take now waits in the outbox.")
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

    @Option(names = "--debug", description = "Show stack traces.")
    boolean debug;

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
        for (String doc : documents) {
            Path file = Path.of(doc);
            if (Files.isRegularFile(file)) {
                if (!isPdf(file)) {
                    err.println(text("cli.notPdf", doc));
                    return 2;
                }
                requests.add(new PrintRequest(file, titleOf(file), printer, copies));
            } else if (doc.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
                err.println(text("cli.noSuchFile", doc));
                return 2;
            } else {
                err.println(text("cli.handoutUnavailable", doc));
                return 2;
            }
        }
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
            PrintOutcome o = new PrintOutcome("-", "-", "", PrintOutcome.Status.WAITING, e.problem(), e.detail(), "",
                    1, null, null, "");
            out.println(text("cli.printers.none", o.facilitatorMessage(Locale.getDefault())));
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
