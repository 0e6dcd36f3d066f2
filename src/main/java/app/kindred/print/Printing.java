package app.kindred.print;

import app.kindred.persist.DataFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Kindred's printing: every job goes into the {@link Outbox} first, then to the print system; jobs
 * that could not print wait there and are retried on a schedule that survives restarts. Nothing
 * here blocks the caller: files and printers are handled on one print thread (so jobs keep their
 * order and the outbox has one writer in this process) and answers come back as futures and
 * {@link PrintListener} calls.
 *
 * <pre>
 * Printing printing = Printing.open(DataFolders.fromEnvironment());   // loads the outbox, starts retries
 * printing.addListener(o -> SwingUtilities.invokeLater(() -> show(o.coupleMessage(locale))));
 * PrintTicket t = printing.print(new PrintRequest(pack, "Take-home pack", "", 1));
 * t.saved().thenRun(wipe);          // the PDF is safe in the outbox
 * t.outcome().thenAccept(...);      // SENT / PRINTED / WAITING
 * </pre>
 */
public final class Printing implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Printing.class.getName());
    private static final Duration TICK = Duration.ofSeconds(5);

    private final PrintSystem system;
    private final PrintSettings settings;
    private final Outbox outbox;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(daemon("kindred-print"));
    private final ExecutorService intake = Executors.newSingleThreadExecutor(daemon("kindred-print-intake"));
    private final ExecutorService calls = Executors.newCachedThreadPool(daemon("kindred-print-call"));
    private volatile java.time.Duration expiry;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("kindred-print-retry"));
    private final List<PrintListener> listeners = new CopyOnWriteArrayList<>();
    private final JobRunner runner;

    public Printing(PrintSystem system, PrintSettings settings, Outbox outbox, Clock clock) {
        this.system = system;
        this.settings = settings;
        this.outbox = outbox;
        this.clock = clock;
        this.runner = new JobRunner(system, settings, outbox, clock, calls);
    }

    /** Printing as configured in the data folder's settings, with retries running. */
    public static Printing open(DataFolders folders) {
        PrintSettings settings = PrintSettings.load(folders.settingsFile());
        Printing p = new Printing(systemFor(settings), settings, new Outbox(folders.outbox()), Clock.systemUTC());
        p.expireAfter(app.kindred.persist.SettingsStore.load(folders.settingsFile())
                .get(app.kindred.persist.SettingsStore.OUTBOX_EXPIRY));
        p.startRetrying();
        return p;
    }

    /** The print system the settings ask for: CUPS's tools, or javax.print with {@code print.system=java}. */
    public static PrintSystem systemFor(PrintSettings settings) {
        return "java".equals(settings.system()) ? new JavaPrintSystem(settings.timeout())
                : new CupsCommandLine(settings.timeout());
    }

    public PrintSettings settings() {
        return settings;
    }

    public PrintSystem system() {
        return system;
    }

    public Outbox outboxFolder() {
        return outbox;
    }

    public void addListener(PrintListener l) {
        listeners.add(l);
    }

    public void removeListener(PrintListener l) {
        listeners.remove(l);
    }

    /** Saves the PDF in the outbox, then prints it. See {@link PrintTicket}. */
    public PrintTicket print(PrintRequest request) {
        CompletableFuture<OutboxJob> saved = CompletableFuture.supplyAsync(() -> {
            try {
                OutboxJob job = outbox.add(request.pdf(), request.title(), request.printer(), request.copies(),
                        clock.instant());
                tell(new PrintOutcome(job.id(), job.title(), job.printer(), PrintOutcome.Status.QUEUED, null, "", "",
                        job.copies(), outbox.pdfOf(job.id()), null, ""));
                return job;
            } catch (IOException e) {
                LOG.log(Level.SEVERE, "print: cannot save " + request.pdf() + " in the outbox", e);
                throw new UncheckedIOException("Cannot save the PDF in the outbox " + outbox.dir(), e);
            }
        }, intake);
        CompletableFuture<PrintOutcome> outcome = saved.thenApplyAsync(this::attemptNow, worker);
        return new PrintTicket(saved, outcome);
    }

    /** Batch printing, e.g. N copies of each handout before a workshop: one job per request, in order. */
    public List<PrintTicket> printAll(List<PrintRequest> requests) {
        List<PrintTicket> tickets = new ArrayList<>();
        for (PrintRequest r : requests) {
            tickets.add(print(r));
        }
        return tickets;
    }

    /** The jobs waiting in the outbox, oldest first (reads the folder; call off the event thread). */
    public List<OutboxJob> waiting() {
        return outbox.list();
    }

    /**
     * The outbox as the console lists it: one outcome per job (WAITING with its problem and next
     * try, SENT while CUPS has not finished it, QUEUED if never tried), oldest first; each has
     * {@link PrintOutcome#facilitatorMessage}.
     */
    public CompletableFuture<List<PrintOutcome>> outboxStatus() {
        return CompletableFuture.supplyAsync(() -> outbox.list().stream().map(this::statusOf).toList(), intake);
    }

    private PrintOutcome statusOf(OutboxJob j) {
        PrintOutcome.Status status = j.sent() ? PrintOutcome.Status.SENT
                : j.attempts() == 0 ? PrintOutcome.Status.QUEUED : PrintOutcome.Status.WAITING;
        return new PrintOutcome(j.id(), j.title(), j.printer(), status, status == PrintOutcome.Status.WAITING
                ? j.lastProblem() : null, j.lastError(), j.systemJobId(), j.copies(), outbox.pdfOf(j.id()),
                status == PrintOutcome.Status.WAITING ? j.nextAttempt() : null, "");
    }

    /** Tries one outbox job now, whatever its schedule says. Empty outcome if there is no such job. */
    public CompletableFuture<Optional<PrintOutcome>> retry(String id) {
        return CompletableFuture.supplyAsync(() -> outbox.find(id).map(this::attemptNow), worker);
    }

    /** Tries every outbox job now (the console's "retry all", {@code kindred outbox retry}). */
    public CompletableFuture<List<PrintOutcome>> retryAll() {
        return CompletableFuture.supplyAsync(() -> {
            List<PrintOutcome> all = new ArrayList<>();
            for (OutboxJob job : outbox.list()) {
                all.add(attemptNow(job));
            }
            return all;
        }, worker);
    }

    /**
     * Jobs older than this are destroyed unprinted at the next retry round (they hold a couple's
     * names and words, and the couple was told the sheet waits for the facilitator, not for ever);
     * null keeps them until they print.
     */
    public void expireAfter(java.time.Duration maxAge) {
        this.expiry = maxAge;
    }

    /**
     * Runs the jobs whose retry time has come; the schedule calls this every few seconds. Jobs past
     * {@link #expireAfter} are withdrawn and destroyed instead, each told to the listeners (status
     * DELETED, detail "expired") and logged for the facilitator.
     */
    public CompletableFuture<List<PrintOutcome>> runDueRetries() {
        return CompletableFuture.supplyAsync(() -> {
            List<PrintOutcome> all = new ArrayList<>();
            Instant now = clock.instant();
            for (OutboxJob job : outbox.list()) {
                if (expiry != null && !job.created().plus(expiry).isAfter(now)) {
                    all.add(expire(job));
                } else if (!job.nextAttempt().isAfter(now)) {
                    all.add(attemptNow(job));
                }
            }
            return all;
        }, worker);
    }

    /**
     * Deletes a job from the outbox (the facilitator threw it away). If CUPS already has it, it is
     * withdrawn there too. False if there was no such job.
     */
    public CompletableFuture<Boolean> delete(String id) {
        return CompletableFuture.supplyAsync(() -> {
            Optional<OutboxJob> job = outbox.find(id);
            try {
                if (job.isPresent() && job.get().sent()) {
                    system.cancel(job.get().systemJobId());
                }
            } catch (PrintSystemException e) {
                LOG.warning("print: could not withdraw " + job.get().systemJobId() + ": " + e.getMessage());
            }
            try {
                boolean had = outbox.remove(id);
                job.ifPresent(j -> tell(new PrintOutcome(j.id(), j.title(), j.printer(), PrintOutcome.Status.DELETED,
                        null, "", j.systemJobId(), j.copies(), outbox.pdfOf(j.id()), null, "")));
                return had;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, worker);
    }

    private PrintOutcome expire(OutboxJob job) {
        if (job.sent()) {
            try {
                system.cancel(job.systemJobId());
            } catch (PrintSystemException e) {
                LOG.warning("print: could not withdraw " + job.systemJobId() + ": " + e.getMessage());
            }
        }
        try {
            outbox.remove(job.id());
        } catch (IOException e) {
            LOG.warning("print: outbox job " + job.id() + " expired but could not be removed: " + e.getMessage());
        }
        LOG.warning("print: outbox job " + job.id() + " (" + job.title() + ") was not printed within "
                + expiry.toHours() + " h and was destroyed with its PDF");
        PrintOutcome o = new PrintOutcome(job.id(), job.title(), job.printer(), PrintOutcome.Status.DELETED,
                job.lastProblem(), "expired", job.systemJobId(), job.copies(), outbox.pdfOf(job.id()), null, "");
        tell(o);
        return o;
    }

    /** The printers the console can offer; the default one is marked. */
    public CompletableFuture<List<PrinterInfo>> printers() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return system.printers();
            } catch (PrintSystemException e) {
                LOG.info("print: cannot list printers: " + e.getMessage());
                return List.of();
            }
        }, calls);
    }

    /** Starts the retry schedule: a look at the outbox now (jobs left by a previous run) and every 5 s. */
    public void startRetrying() {
        timer.scheduleWithFixedDelay(() -> {
            try {
                runDueRetries().get();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "print: retry round failed", e);
            }
        }, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the threads; waiting jobs stay in the outbox for the next start. */
    @Override
    public void close() {
        timer.shutdownNow();
        intake.shutdown();
        worker.shutdown();
        try {
            intake.awaitTermination(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
            worker.awaitTermination(settings.timeout().multipliedBy(3).plus(settings.completionWait()).toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        worker.shutdownNow();
        calls.shutdownNow();
    }

    private PrintOutcome attemptNow(OutboxJob job) {
        Optional<AutoCloseable> claim;
        try {
            claim = outbox.claim(job.id());
        } catch (IOException e) {
            claim = Optional.empty();
            LOG.warning("print: cannot lock " + job.id() + ": " + e);
        }
        if (claim.isEmpty()) {
            // Another Kindred process (kiosk or command line) is printing this job right now.
            return new PrintOutcome(job.id(), job.title(), job.printer(), PrintOutcome.Status.WAITING, null,
                    "being printed by another Kindred process", job.systemJobId(), job.copies(),
                    outbox.pdfOf(job.id()), job.nextAttempt(), "");
        }
        try (AutoCloseable held = claim.get()) {
            Optional<OutboxJob> fresh = outbox.find(job.id()); // the other process may have finished it
            if (fresh.isEmpty()) {
                return new PrintOutcome(job.id(), job.title(), job.printer(), PrintOutcome.Status.PRINTED, null,
                        "", job.systemJobId(), job.copies(), outbox.pdfOf(job.id()), null, "");
            }
            PrintOutcome result = fresh.get().sent() ? runner.followUp(fresh.get())
                    : runner.attempt(fresh.get(), this::tell);
            tell(result);
            return result;
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "print: attempt on " + job.id() + " failed unexpectedly", e);
            return new PrintOutcome(job.id(), job.title(), job.printer(), PrintOutcome.Status.WAITING,
                    Problem.SUBMIT_FAILED, String.valueOf(e), "", job.copies(), outbox.pdfOf(job.id()),
                    job.nextAttempt(), "");
        }
    }

    private void tell(PrintOutcome o) {
        for (PrintListener l : listeners) {
            try {
                l.printStatusChanged(o);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "print listener failed", e);
            }
        }
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
