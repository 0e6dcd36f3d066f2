package app.kindred.print;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.print.PrintOutcome.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a real CUPS can fail, each ending with the job safe in the outbox and the right message,
 * then recovering. Runs against a private cupsd (see {@link PrivateCups}) so stopping, freezing,
 * disabling and rejecting never touch the machine's shared one.
 */
@RequiresCups
class CupsFaultTest {
    private static final Instant T0 = Instant.parse("2026-11-21T20:00:00Z");

    @TempDir
    Path tmp;
    private PrivateCups cups;
    private final MutableClock clock = new MutableClock(T0);
    private Printing printing;
    private Path pdf;
    private String title;

    @BeforeEach
    void startPrivateCups() throws Exception {
        String why = PrivateCups.whyNot();
        if (why != null && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI=true and " + why);
        }
        Assumptions.assumeTrue(why == null, why);
        cups = PrivateCups.start(tmp.resolve("cups"));
        title = "kt-fault-" + UUID.randomUUID().toString().substring(0, 8);
        pdf = TestPdfs.write(tmp.resolve("pack.pdf"), List.of("Soft start-up worksheet"));
        printing = open(cups.system(Duration.ofSeconds(3)), Duration.ofSeconds(3));
    }

    @AfterEach
    void stopPrivateCups() throws Exception {
        if (printing != null) {
            printing.close();
        }
        if (cups != null) {
            cups.close();
        }
    }

    private Printing open(PrintSystem system, Duration timeout) {
        PrintSettings s = new PrintSettings(PrivateCups.QUEUE, "A4", true, timeout, Duration.ofSeconds(15),
                RetrySchedule.DEFAULT, "cups");
        return new Printing(system, s, new Outbox(tmp.resolve("outbox")), clock);
    }

    private PrintOutcome print() throws Exception {
        return printing.print(new PrintRequest(pdf, title, "", 1)).outcome().get(60, TimeUnit.SECONDS);
    }

    private void assertSavedFor(PrintOutcome o, Problem problem) {
        assertThat(o.status()).as(o.facilitatorMessage(Locale.ENGLISH)).isEqualTo(Status.WAITING);
        assertThat(o.problem()).isEqualTo(problem);
        assertThat(o.coupleMessage(Locale.ENGLISH)).isEqualTo("Your sheet is waiting for the printer; a facilitator can print it for you.");
        assertThat(printing.waiting()).singleElement().satisfies(j -> {
            assertThat(j.lastProblem()).isEqualTo(problem);
            assertThat(printing.outboxFolder().pdfOf(j.id())).hasSameBinaryContentAs(pdf);
        });
    }

    private void assertRecoveredAndPrinted() throws Exception {
        List<PrintOutcome> retried = printing.retryAll().get(60, TimeUnit.SECONDS);
        assertThat(retried).extracting(PrintOutcome::status).containsExactly(Status.PRINTED);
        assertThat(printing.waiting()).isEmpty();
        Path out = CupsPdfOutput.await(retried.get(0).systemJobId(), title, Duration.ofSeconds(30));
        assertThat(TestPdfs.text(out)).contains("Soft start-up worksheet");
        Files.delete(out);
    }

    @Test
    void cupsdStopped() throws Exception {
        cups.stop();
        try {
            PrintOutcome o = print();
            assertSavedFor(o, Problem.CUPS_DOWN);
            assertThat(o.facilitatorMessage(Locale.ENGLISH)).contains("(CUPS) is not running");
        } finally {
            cups.restart();
        }
        assertRecoveredAndPrinted();
    }

    @Test
    void queueRejecting() throws Exception {
        cups.reject("Closed for the evening");
        PrintOutcome o = print();

        assertSavedFor(o, Problem.QUEUE_REJECTING);
        assertThat(o.facilitatorMessage(Locale.ENGLISH)).contains("Closed for the evening").contains("cupsaccept PDF");
        cups.accept();
        assertRecoveredAndPrinted();
    }

    @Test
    void queueDisabledIsCaughtBeforeSubmitting() throws Exception {
        cups.disable("Paper jam");
        PrintOutcome o = print();

        assertSavedFor(o, Problem.QUEUE_STOPPED);
        assertThat(o.facilitatorMessage(Locale.ENGLISH)).contains("stopped (Paper jam)").contains("cupsenable PDF");
        assertThat(cups.pendingJobs()).as("nothing was left silently waiting in CUPS").isEmpty();
        cups.enable();
        assertRecoveredAndPrinted();
    }

    @Test
    void queueDisabledBetweenTheCheckAndTheSubmissionIsCaughtAfterwards() throws Exception {
        PrintSystem real = cups.system(Duration.ofSeconds(3));
        printing.close();
        printing = open(new FirstCheckPasses(real), Duration.ofSeconds(3));
        cups.disable("Out of toner");

        PrintOutcome o = print();

        assertSavedFor(o, Problem.QUEUE_STOPPED);
        assertThat(o.facilitatorMessage(Locale.ENGLISH)).contains("Out of toner").contains("withdrew");
        assertThat(cups.pendingJobs()).as("the silently accepted job was withdrawn").isEmpty();
        cups.enable();
        assertRecoveredAndPrinted();
    }

    @Test
    void unknownPrinter() throws Exception {
        PrintOutcome o = printing.print(new PrintRequest(pdf, title, "Kitchen", 1)).outcome().get(60, TimeUnit.SECONDS);

        assertSavedFor(o, Problem.UNKNOWN_PRINTER);
        assertThat(o.facilitatorMessage(Locale.ENGLISH)).contains("no printer queue called \"Kitchen\"");
    }

    @Test
    void aFrozenCupsdTimesOut() throws Exception {
        printing.close();
        printing = open(cups.system(Duration.ofSeconds(1)), Duration.ofSeconds(1));
        cups.freeze();
        try {
            PrintOutcome o = print();
            assertSavedFor(o, Problem.TIMEOUT);
        } finally {
            cups.thaw();
        }
        assertRecoveredAndPrinted();
    }

    @Test
    void lpMissing() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        for (String tool : List.of("lpstat", "lpoptions", "ipptool", "cancel")) { // everything but lp
            Files.createSymbolicLink(bin.resolve(tool), Path.of("/usr/bin", tool));
        }
        printing.close();
        printing = open(new CupsCommandLine(bin, cups.env(), Duration.ofSeconds(3)), Duration.ofSeconds(3));

        PrintOutcome o = print();

        assertSavedFor(o, Problem.TOOL_MISSING);
        assertThat(o.facilitatorMessage(Locale.ENGLISH)).contains("\"lp\" is not installed")
                .contains("apt-get install cups-client");
    }

    @Test
    void lprMissingForJavaxPrint() throws Exception {
        printing.close();
        printing = open(new JavaPrintSystem(tmp.resolve("no/lpr")), Duration.ofSeconds(3));

        PrintOutcome o = printing.print(new PrintRequest(pdf, title, CupsCondition.QUEUE, 1)).outcome()
                .get(60, TimeUnit.SECONDS);

        assertSavedFor(o, Problem.TOOL_MISSING);
        assertThat(o.facilitatorMessage(Locale.ENGLISH)).contains("no/lpr").contains("is not installed");
    }

    @Test
    void aRestartFindsTheOutboxAndRetriesWhenDue() throws Exception {
        cups.disable("Paper jam");
        assertSavedFor(print(), Problem.QUEUE_STOPPED);
        printing.close();
        cups.enable();

        printing = open(cups.system(Duration.ofSeconds(3)), Duration.ofSeconds(3)); // the kiosk starts again
        assertThat(printing.waiting()).hasSize(1);
        assertThat(printing.runDueRetries().get()).as("not due yet").isEmpty();
        clock.advance(RetrySchedule.DEFAULT.delayAfter(1));
        List<PrintOutcome> retried = printing.runDueRetries().get(60, TimeUnit.SECONDS);

        assertThat(retried).extracting(PrintOutcome::status).containsExactly(Status.PRINTED);
        assertThat(printing.waiting()).isEmpty();
        Files.delete(CupsPdfOutput.await(retried.get(0).systemJobId(), title, Duration.ofSeconds(30)));
    }

    /** A queue that looks fine at the first check, as if it stopped a moment later. */
    private static final class FirstCheckPasses implements PrintSystem {
        private final PrintSystem real;
        private boolean checked;

        FirstCheckPasses(PrintSystem real) {
            this.real = real;
        }

        @Override
        public synchronized QueueState queueState(String printer) throws PrintSystemException {
            if (!checked) {
                checked = true;
                return FakePrintSystem.ok(printer);
            }
            return real.queueState(printer);
        }

        @Override
        public List<PrinterInfo> printers() throws PrintSystemException {
            return real.printers();
        }

        @Override
        public Optional<String> defaultPrinter() throws PrintSystemException {
            return real.defaultPrinter();
        }

        @Override
        public boolean supportsDuplex(String printer) throws PrintSystemException {
            return real.supportsDuplex(printer);
        }

        @Override
        public String submit(Submission s) throws PrintSystemException {
            return real.submit(s);
        }

        @Override
        public JobState jobState(String id) throws PrintSystemException {
            return real.jobState(id);
        }

        @Override
        public void cancel(String id) throws PrintSystemException {
            real.cancel(id);
        }

        @Override
        public String describe() {
            return real.describe();
        }
    }

}
