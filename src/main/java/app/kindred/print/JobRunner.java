package app.kindred.print;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One attempt at one outbox job: choose the printer, check the queue, submit under a time limit,
 * check the queue again, and wait a little for CUPS to finish. Every way it can go wrong ends with
 * the job still in the outbox and a {@link Problem} saying why. Runs on Kindred's print thread.
 */
final class JobRunner {
    private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());
    static final Duration FOLLOW_UP = Duration.ofSeconds(15);
    private static final long POLL_MS = 100;

    private final PrintSystem system;
    private final PrintSettings settings;
    private final Outbox outbox;
    private final Clock clock;
    private final ExecutorService calls;

    JobRunner(PrintSystem system, PrintSettings settings, Outbox outbox, Clock clock, ExecutorService calls) {
        this.system = system;
        this.settings = settings;
        this.outbox = outbox;
        this.clock = clock;
        this.calls = calls;
    }

    /** Submits a waiting job. {@code progress} hears SENT as soon as CUPS has taken it. */
    PrintOutcome attempt(OutboxJob job, Consumer<PrintOutcome> progress) {
        String printer = job.printer();
        String systemJob;
        try {
            Path pdf = outbox.pdfOf(job.id());
            if (!Files.isReadable(pdf)) {
                throw new PrintSystemException(Problem.BAD_DOCUMENT, "missing " + pdf);
            }
            printer = choosePrinter(job);
            systemJob = submit(job, pdf, printer);
        } catch (PrintSystemException e) {
            return waiting(job.failed(e.problem(), e.detail(), next(job)), printer, e);
        }
        OutboxJob sent = job.sentAs(systemJob, clock.instant().plus(FOLLOW_UP));
        try {
            return watch(sent, printer, progress);
        } catch (PrintSystemException e) {
            // CUPS has the job; losing sight of it now must not make us print it twice. Follow up later.
            save(sent);
            LOG.warning("print: " + job.id() + " sent as " + systemJob + ", then: " + e.getMessage());
            return outcome(sent, printer, PrintOutcome.Status.SENT, null, e.detail(), null, "");
        }
    }

    private String submit(OutboxJob job, Path pdf, String printer) throws PrintSystemException {
        QueueState before = call(() -> system.queueState(printer));
        Optional<Problem> blocked = before.problem();
        if (blocked.isPresent()) {
            throw new PrintSystemException(blocked.get(), before.reason());
        }
        PdfFacts facts = PdfFacts.read(pdf);
        boolean duplex = settings.duplex() && facts.pages() > 1 && call(() -> system.supportsDuplex(printer));
        Submission submission = new Submission(pdf, printer, job.title(), job.copies(), settings.paper(), duplex,
                facts.fits(settings.paper()));
        String systemJob = call(() -> system.submit(submission));
        LOG.info("print: " + job.id() + " accepted by " + system.describe() + " on " + printer + " as "
                + (systemJob.isBlank() ? "(no id)" : systemJob) + (duplex ? ", duplex" : ""));
        return systemJob;
    }

    /** Checks on a job CUPS accepted earlier; removes it from the outbox once printed. */
    PrintOutcome followUp(OutboxJob job) {
        String printer = job.printer();
        try {
            printer = choosePrinter(job);
            JobState state = call(() -> system.jobState(job.systemJobId()));
            String printerSays = "";
            if (!state.finished() && state != JobState.UNKNOWN) {
                String queue = printer;
                QueueState q = call(() -> system.queueState(queue));
                if (q.problem().isPresent()) {
                    cancelQuietly(job.systemJobId());
                    return waiting(job.failed(q.problem().get(), (q.reason().isBlank() ? "" : q.reason() + "; ")
                            + "CUPS job " + job.systemJobId() + " was withdrawn", next(job)), printer, null, q.summary());
                }
                printerSays = q.reason().isBlank() ? "" : "the printer says: " + q.reason();
            }
            return afterSubmit(job, printer, state, printerSays);
        } catch (PrintSystemException e) {
            // CUPS unreachable now: the job may still print; ask again later.
            OutboxJob later = job.followUpAt(clock.instant().plus(FOLLOW_UP));
            save(later);
            return outcome(later, printer, PrintOutcome.Status.SENT, null, e.detail(), null, "");
        }
    }

    private PrintOutcome watch(OutboxJob job, String printer, Consumer<PrintOutcome> progress)
            throws PrintSystemException {
        QueueState after = call(() -> system.queueState(printer));
        if (after.problem().isEmpty()) {
            save(job);
            progress.accept(outcome(job, printer, PrintOutcome.Status.SENT, null, "", null, after.summary()));
        }
        // Real time, not the injected clock: this waits for a real print system.
        long until = System.nanoTime() + settings.completionWait().toNanos();
        JobState state = call(() -> system.jobState(job.systemJobId()));
        while (!state.finished() && state != JobState.UNKNOWN && after.problem().isEmpty()
                && System.nanoTime() < until) {
            pause();
            state = call(() -> system.jobState(job.systemJobId()));
            if (!state.finished()) {
                after = call(() -> system.queueState(printer));
            }
        }
        if (after.problem().isPresent() && !state.finished()) {
            // The silent case: a stopped queue takes jobs and prints nothing. Take it back so the
            // outbox stays the one place waiting jobs live (and resuming the queue cannot print it twice).
            cancelQuietly(job.systemJobId());
            String detail = (after.reason().isBlank() ? "" : after.reason() + "; ")
                    + "found after CUPS took it as " + job.systemJobId() + ", so Kindred withdrew it";
            return waiting(job.failed(after.problem().get(), detail, next(job)), printer, null, after.summary());
        }
        return afterSubmit(job, printer, state, after.reason().isBlank() ? "" : "the printer says: " + after.reason());
    }

    /** @param printerSays the queue's state message while the job is not done ("Out of paper"), or "" */
    private PrintOutcome afterSubmit(OutboxJob job, String printer, JobState state, String printerSays) {
        switch (state) {
            case COMPLETED -> {
                // Printed: no copy of the couple's pack stays behind, in CUPS's spool or the outbox.
                purgeQuietly(job.systemJobId());
                remove(job);
                return outcome(job, printer, PrintOutcome.Status.PRINTED, null, "", null, "");
            }
            case UNKNOWN -> {
                // The print system cannot say (no job id, no ipptool, or the job left CUPS's history):
                // it accepted the job and the queue was fine, which is all that can be known.
                remove(job);
                return outcome(job, printer, PrintOutcome.Status.SENT, null, "", null, "");
            }
            case CANCELED, ABORTED -> {
                return waiting(job.failed(Problem.JOB_ABORTED, state.name().toLowerCase(java.util.Locale.ROOT), next(job)),
                        printer, null, "");
            }
            default -> {
                OutboxJob later = job.followUpAt(clock.instant().plus(FOLLOW_UP));
                save(later);
                return outcome(later, printer, PrintOutcome.Status.SENT, null, printerSays, null, "");
            }
        }
    }

    private String choosePrinter(OutboxJob job) throws PrintSystemException {
        if (!job.printer().isBlank()) {
            return job.printer();
        }
        if (!settings.printer().isBlank()) {
            return settings.printer();
        }
        Optional<String> def = call(system::defaultPrinter);
        if (def.isPresent()) {
            return def.get();
        }
        // No default set, but only one queue: a kiosk with one printer should just use it.
        List<PrinterInfo> all = call(system::printers);
        if (all.size() == 1) {
            return all.get(0).name();
        }
        throw new PrintSystemException(Problem.NO_PRINTER, all.size() + " queues, no default");
    }

    /** Every print-system call runs on its own thread so a hang costs at most the time limit. */
    private <T> T call(SystemCall<T> work) throws PrintSystemException {
        Future<T> f = calls.submit(work::call);
        try {
            return f.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new PrintSystemException(Problem.TIMEOUT, "no answer within " + settings.timeout().toMillis() + " ms", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof PrintSystemException p) {
                throw p;
            }
            throw new PrintSystemException(Problem.SUBMIT_FAILED, String.valueOf(e.getCause()), e.getCause());
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new PrintSystemException(Problem.TIMEOUT, "interrupted", e);
        }
    }

    @FunctionalInterface
    private interface SystemCall<T> {
        T call() throws PrintSystemException;
    }

    private Instant next(OutboxJob job) {
        return clock.instant().plus(settings.retry().delayAfter(job.attempts() + 1));
    }

    private PrintOutcome waiting(OutboxJob failed, String printer, PrintSystemException e) {
        return waiting(failed, printer, e, "");
    }

    private PrintOutcome waiting(OutboxJob failed, String printer, PrintSystemException e, String queueAfter) {
        OutboxJob job = failed;
        save(job);
        LOG.log(Level.WARNING, "print: " + job.id() + " waits in the outbox: " + job.lastProblem() + " "
                + job.lastError(), e);
        return outcome(job, printer, PrintOutcome.Status.WAITING, job.lastProblem(), job.lastError(),
                job.nextAttempt(), queueAfter);
    }

    private PrintOutcome outcome(OutboxJob job, String printer, PrintOutcome.Status status, Problem problem,
            String detail, Instant next, String queueAfter) {
        return new PrintOutcome(job.id(), job.title(), printer == null ? "" : printer, status, problem, detail,
                job.systemJobId(), job.copies(), outbox.pdfOf(job.id()), next, queueAfter);
    }

    private void save(OutboxJob job) {
        try {
            outbox.save(job);
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "print: cannot update the outbox record of " + job.id(), e);
        }
    }

    private void remove(OutboxJob job) {
        try {
            outbox.remove(job.id());
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "print: printed, but cannot remove " + job.id() + " from the outbox", e);
        }
    }

    private void purgeQuietly(String systemJobId) {
        try {
            call(() -> {
                system.purge(systemJobId);
                return null;
            });
        } catch (PrintSystemException e) {
            // kiosk-setup also sets PreserveJobFiles No, so CUPS drops the files itself then.
            LOG.warning("print: could not purge " + systemJobId + " from the print spool: " + e.getMessage());
        }
    }

    private void cancelQuietly(String systemJobId) {
        try {
            call(() -> {
                system.cancel(systemJobId);
                return null;
            });
        } catch (PrintSystemException e) {
            LOG.warning("print: could not withdraw " + systemJobId + ": " + e.getMessage());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
