package app.kindred.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** A print system a test sets up: queue states, what submit does, what CUPS says about jobs. */
public final class FakePrintSystem implements PrintSystem {
    public volatile QueueState before = ok("PDF");
    volatile QueueState after = null; // null: same as before
    volatile PrintSystemException submitFails;
    volatile CountDownLatch submitBlocksUntil;
    volatile JobState jobState = JobState.COMPLETED;
    volatile String defaultPrinter = "PDF";
    volatile List<String> queues = List.of("PDF");
    final List<Submission> submitted = new ArrayList<>();
    final List<String> canceled = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile boolean sent;

    public static QueueState ok(String printer) {
        return new QueueState(printer, true, true, true, true, true, "");
    }

    public static QueueState stopped(String printer, String reason) {
        return new QueueState(printer, true, true, false, true, true, reason);
    }

    @Override
    public List<PrinterInfo> printers() throws PrintSystemException {
        failIfDown();
        return queues.stream().map(q -> new PrinterInfo(q, q, q.equals(defaultPrinter))).toList();
    }

    @Override
    public Optional<String> defaultPrinter() throws PrintSystemException {
        failIfDown();
        return Optional.ofNullable(defaultPrinter);
    }

    @Override
    public QueueState queueState(String printer) {
        QueueState q = sent && after != null ? after : before;
        return new QueueState(printer, q.schedulerRunning(), q.exists(), q.enabled(), q.stateKnown(), q.accepting(),
                q.reason());
    }

    @Override
    public boolean supportsDuplex(String printer) {
        return true;
    }

    @Override
    public synchronized String submit(Submission s) throws PrintSystemException {
        if (submitBlocksUntil != null) {
            try {
                submitBlocksUntil.await(); // a hung lp: only an interrupt (the time limit) frees it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PrintSystemException(Problem.TIMEOUT, "interrupted");
            }
        }
        if (submitFails != null) {
            throw submitFails;
        }
        submitted.add(s);
        sent = true;
        return s.printer() + "-" + ids.incrementAndGet();
    }

    @Override
    public JobState jobState(String systemJobId) {
        return jobState;
    }

    @Override
    public synchronized void cancel(String systemJobId) {
        canceled.add(systemJobId);
    }

    public synchronized List<Submission> submitted() {
        return List.copyOf(submitted);
    }

    @Override
    public String describe() {
        return "fake";
    }

    private void failIfDown() throws PrintSystemException {
        if (!before.schedulerRunning()) {
            throw new PrintSystemException(Problem.CUPS_DOWN, "scheduler is not running");
        }
    }
}
