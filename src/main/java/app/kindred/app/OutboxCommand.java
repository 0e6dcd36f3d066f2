package app.kindred.app;

import static app.kindred.app.PrintCommand.text;

import app.kindred.persist.DataFolders;
import app.kindred.print.Outbox;
import app.kindred.print.OutboxJob;
import app.kindred.print.PrintOutcome;
import app.kindred.print.PrintSettings;
import app.kindred.print.Printing;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kindred outbox [list|retry|clear] [ID...] [--all]}: the print jobs waiting in the outbox.
 * Exit code of retry: 0 when everything printed (or was sent), 4 when some still wait.
 */
@Command(name = "outbox", mixinStandardHelpOptions = true,
        description = {"List, retry or clear print jobs waiting in the outbox (the outbox/ folder of the data"
                + " folder).", "The kiosk retries them on its own: 30 s, 1 min, 2 min, then every 5 min."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (retry: everything printed)", "4:retry: some jobs still wait", "2:usage error"})
final class OutboxCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    enum Action { list, retry, clear }

    @Parameters(index = "0", arity = "0..1", paramLabel = "list|retry|clear", description = "What to do (default: list).")
    Action action = Action.list;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "ID", description = "Only these jobs (ids as listed).")
    List<String> ids = new ArrayList<>();

    @Option(names = "--all", description = "With clear: delete every waiting job.")
    boolean all;

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
        Outbox outbox = new Outbox(folders.outbox());
        if (action == Action.list) {
            return list(outbox, out);
        }
        if (action == Action.clear && ids.isEmpty() && !all) {
            err.println(text("cli.outbox.clearWhich"));
            return 2;
        }
        for (String id : ids) {
            if (outbox.find(id).isEmpty()) {
                err.println(text("cli.outbox.noSuchJob", id));
                return 2;
            }
        }
        try (Printing printing = new Printing(Printing.systemFor(settings), settings, outbox, Clock.systemUTC())) {
            return action == Action.retry ? retry(printing, out) : clear(printing, outbox, out);
        }
    }

    private int list(Outbox outbox, PrintWriter out) {
        List<OutboxJob> jobs = outbox.list();
        if (jobs.isEmpty()) {
            out.println(text("cli.outbox.empty", outbox.dir()));
            return 0;
        }
        out.println(text("cli.outbox.header", jobs.size(), outbox.dir()));
        for (OutboxJob j : jobs) {
            String state = j.sent() ? text("cli.outbox.sent", j.systemJobId())
                    : j.attempts() == 0 ? text("cli.outbox.new")
                    : text("cli.outbox.waiting", j.lastError().isBlank() ? String.valueOf(j.lastProblem())
                            : j.lastProblem() + " " + j.lastError(), WHEN.format(j.nextAttempt()));
            out.println(text("cli.outbox.line", j.id(), WHEN.format(j.created()), j.title(),
                    j.printer().isBlank() ? text("cli.outbox.default") : j.printer(), j.copies(), j.attempts(), state));
        }
        return 0;
    }

    private int retry(Printing printing, PrintWriter out) throws Exception {
        List<PrintOutcome> outcomes = new ArrayList<>();
        if (ids.isEmpty()) {
            outcomes.addAll(printing.retryAll().get());
        } else {
            for (String id : ids) {
                printing.retry(id).get().ifPresent(outcomes::add);
            }
        }
        int waiting = 0;
        for (PrintOutcome o : outcomes) {
            out.println(text("cli.outcome", o.title(), o.facilitatorMessage(Locale.getDefault())));
            if (!o.onPaper()) {
                waiting++;
            }
        }
        if (outcomes.isEmpty()) {
            out.println(text("cli.outbox.empty", printing.outboxFolder().dir()));
        }
        return waiting > 0 ? PrintCommand.EXIT_WAITING : 0;
    }

    private int clear(Printing printing, Outbox outbox, PrintWriter out) throws Exception {
        List<String> targets = new ArrayList<>(ids);
        if (targets.isEmpty()) {
            outbox.list().forEach(j -> targets.add(j.id()));
        }
        for (String id : targets) {
            Optional<OutboxJob> job = outbox.find(id);
            if (printing.delete(id).get()) {
                out.println(text("cli.outbox.deleted", id, job.map(OutboxJob::title).orElse("")));
            }
        }
        if (targets.isEmpty()) {
            out.println(text("cli.outbox.empty", outbox.dir()));
        }
        return 0;
    }
}
