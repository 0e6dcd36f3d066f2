package app.kindred.print;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.print.PrintOutcome.Status;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Printing's promises, against a print system the test controls. */
class PrintingTest {
    private static final Instant T0 = Instant.parse("2026-11-21T20:00:00Z");

    @TempDir
    Path tmp;
    private final FakePrintSystem system = new FakePrintSystem();
    private final MutableClock clock = new MutableClock(T0);
    private final List<PrintOutcome> heard = new CopyOnWriteArrayList<>();
    private PrintSettings settings = PrintSettings.defaults().withPrinter("").withCompletionWait(Duration.ZERO);
    private Printing printing;
    private Path onePage;
    private Path twoPages;

    @BeforeEach
    void setUp() throws Exception {
        onePage = TestPdfs.write(tmp.resolve("one.pdf"), List.of("Weekly check-in"));
        twoPages = TestPdfs.write(tmp.resolve("two.pdf"), List.of("Page one", "Page two"));
        settings = new PrintSettings("", "A4", true, Duration.ofSeconds(5), Duration.ZERO, RetrySchedule.DEFAULT, "cups");
        printing = open();
    }

    @AfterEach
    void tearDown() {
        printing.close();
    }

    private Printing open() {
        Printing p = new Printing(system, settings, new Outbox(tmp.resolve("outbox")), clock);
        p.addListener(heard::add);
        return p;
    }

    private PrintOutcome print(Path pdf) throws Exception {
        return printing.print(new PrintRequest(pdf, "Take-home pack", "", 1)).outcome().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aPrintedJobLeavesTheOutboxAndListenersHearEveryStep() throws Exception {
        PrintTicket ticket = printing.print(new PrintRequest(onePage, "Take-home pack", "", 3));
        PrintOutcome o = ticket.outcome().get(10, TimeUnit.SECONDS);

        assertThat(o.status()).isEqualTo(Status.PRINTED);
        assertThat(o.printer()).isEqualTo("PDF");
        assertThat(printing.waiting()).isEmpty();
        assertThat(heard).extracting(PrintOutcome::status).containsExactly(Status.QUEUED, Status.SENT, Status.PRINTED);
        Submission s = system.submitted().get(0);
        assertThat(s.copies()).isEqualTo(3);
        assertThat(s.paper()).isEqualTo("A4");
        assertThat(s.actualSize()).as("an A4 page on A4 paper prints at actual size").isTrue();
        assertThat(s.duplex()).as("one page needs no second side").isFalse();
        assertThat(o.coupleMessage(Locale.ENGLISH)).contains("printed");
    }

    @Test
    void theSavedFutureCompletesBeforeTheCallerMayDeleteItsCopy() throws Exception {
        PrintTicket ticket = printing.print(new PrintRequest(onePage, "Take-home pack", "", 1));
        OutboxJob saved = ticket.saved().get(10, TimeUnit.SECONDS);

        assertThat(saved.title()).isEqualTo("Take-home pack");
        assertThat(ticket.outcome().get(10, TimeUnit.SECONDS).jobId()).isEqualTo(saved.id());
    }

    @Test
    void twoPagesGoDuplexAndA4OnLetterPaperIsFittedNotCut() throws Exception {
        settings = new PrintSettings("", "Letter", true, Duration.ofSeconds(5), Duration.ZERO, RetrySchedule.DEFAULT, "cups");
        printing.close();
        printing = open();

        print(twoPages);

        Submission s = system.submitted().get(0);
        assertThat(s.duplex()).isTrue();
        assertThat(s.actualSize()).isFalse();
    }

    @Test
    void anUnknownPrinterLeavesTheJobInTheOutboxWithBothMessages() throws Exception {
        system.before = QueueState.missing("Nope");
        PrintOutcome o = printing.print(new PrintRequest(onePage, "Take-home pack", "Nope", 1)).outcome().get();

        assertThat(o.status()).isEqualTo(Status.WAITING);
        assertThat(o.problem()).isEqualTo(Problem.UNKNOWN_PRINTER);
        assertThat(o.coupleMessage(Locale.ENGLISH)).isEqualTo("Your sheet is waiting for the printer; a facilitator can print it for you.");
        assertThat(o.facilitatorMessage(Locale.ENGLISH)).contains("no printer queue called \"Nope\"")
                .contains(o.pdf().toString()).contains("next try at");
        assertThat(printing.waiting()).singleElement().satisfies(j -> {
            assertThat(j.lastProblem()).isEqualTo(Problem.UNKNOWN_PRINTER);
            assertThat(j.attempts()).isEqualTo(1);
            assertThat(j.nextAttempt()).isEqualTo(T0.plusSeconds(30));
        });
    }

    @Test
    void aStoppedQueueIsNeverGivenTheJob() throws Exception {
        system.before = FakePrintSystem.stopped("PDF", "Paper jam");
        PrintOutcome o = print(onePage);

        assertThat(o.problem()).isEqualTo(Problem.QUEUE_STOPPED);
        assertThat(o.facilitatorMessage(Locale.ENGLISH)).contains("stopped (Paper jam)").contains("cupsenable PDF");
        assertThat(system.submitted()).isEmpty();
    }

    @Test
    void aQueueThatStopsAfterTakingTheJobIsCaughtAndTheJobWithdrawn() throws Exception {
        system.after = FakePrintSystem.stopped("PDF", "");
        system.jobState = JobState.PENDING;
        PrintOutcome o = print(onePage);

        assertThat(o.status()).isEqualTo(Status.WAITING);
        assertThat(o.problem()).isEqualTo(Problem.QUEUE_STOPPED);
        assertThat(system.canceled).containsExactly("PDF-1");
        assertThat(printing.waiting()).singleElement().satisfies(j -> assertThat(j.sent()).isFalse());
    }

    @Test
    void aRejectingQueueAndAMissingSchedulerAndAMissingToolEachKeepTheJob() throws Exception {
        system.before = new QueueState("PDF", true, true, true, true, false, "Rejecting Jobs");
        assertThat(print(onePage).problem()).isEqualTo(Problem.QUEUE_REJECTING);

        system.before = QueueState.schedulerDown("PDF");
        PrintOutcome down = print(onePage);
        assertThat(down.problem()).isEqualTo(Problem.CUPS_DOWN);
        assertThat(down.facilitatorMessage(Locale.ENGLISH)).contains("CUPS) is not running");

        system.before = FakePrintSystem.ok("PDF");
        system.submitFails = new PrintSystemException(Problem.TOOL_MISSING, "lp");
        PrintOutcome noLp = print(onePage);
        assertThat(noLp.facilitatorMessage(Locale.ENGLISH)).contains("\"lp\" is not installed");

        assertThat(printing.waiting()).hasSize(3);
    }

    @Test
    void aHungSubmissionEndsAtTheTimeLimitAndTheJobWaits() throws Exception {
        settings = settings.withTimeout(Duration.ofMillis(300));
        printing.close();
        printing = open();
        system.submitBlocksUntil = new CountDownLatch(1); // never released: only the time limit ends it

        PrintOutcome o = print(onePage);

        assertThat(o.problem()).isEqualTo(Problem.TIMEOUT);
        assertThat(o.facilitatorMessage(Locale.ENGLISH)).contains("did not answer in time");
        assertThat(printing.waiting()).hasSize(1);
    }

    @Test
    void withNoDefaultTheOnlyQueueIsUsedAndWithSeveralNoneIsGuessed() throws Exception {
        system.defaultPrinter = null;
        assertThat(print(onePage).status()).isEqualTo(Status.PRINTED);

        system.queues = List.of("PDF", "Office");
        PrintOutcome o = print(onePage);
        assertThat(o.problem()).isEqualTo(Problem.NO_PRINTER);
        assertThat(o.facilitatorMessage(Locale.ENGLISH)).contains("lpadmin -d");
    }

    @Test
    void aRestartFindsTheOutboxAndRetriesOnTheSchedule() throws Exception {
        system.before = FakePrintSystem.stopped("PDF", "");
        print(onePage);
        printing.close();

        system.before = FakePrintSystem.ok("PDF");
        printing = open(); // a new start of the kiosk over the same folder
        assertThat(printing.waiting()).hasSize(1);
        assertThat(printing.runDueRetries().get()).as("not due before 30 s").isEmpty();

        clock.advance(Duration.ofSeconds(30));
        List<PrintOutcome> retried = printing.runDueRetries().get();

        assertThat(retried).extracting(PrintOutcome::status).containsExactly(Status.PRINTED);
        assertThat(printing.waiting()).isEmpty();
    }

    @Test
    void theConsoleSeesEveryWaitingJobWithItsMessage() throws Exception {
        system.before = FakePrintSystem.stopped("PDF", "Paper jam");
        print(onePage);
        clock.advance(Duration.ofSeconds(1));
        system.before = FakePrintSystem.ok("PDF");
        system.jobState = JobState.PROCESSING;
        print(twoPages);

        List<PrintOutcome> status = printing.outboxStatus().get();

        assertThat(status).extracting(PrintOutcome::status).containsExactly(Status.WAITING, Status.SENT);
        assertThat(status.get(0).facilitatorMessage(Locale.ENGLISH)).contains("stopped (Paper jam)");
        assertThat(status.get(1).facilitatorMessage(Locale.ENGLISH)).contains("CUPS job PDF-1");
    }

    @Test
    void eachFailureWaitsLongerUpToFiveMinutes() throws Exception {
        system.before = FakePrintSystem.stopped("PDF", "");
        print(onePage);
        for (Duration wait : List.of(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
                Duration.ofMinutes(5))) {
            clock.advance(wait);
            assertThat(printing.runDueRetries().get()).hasSize(1);
        }
        OutboxJob job = printing.waiting().get(0);
        assertThat(job.attempts()).isEqualTo(5);
        assertThat(Duration.between(clock.instant(), job.nextAttempt())).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aJobCupsHasNotFinishedStaysUntilItHas() throws Exception {
        system.jobState = JobState.PROCESSING;
        PrintOutcome o = print(onePage);
        assertThat(o.status()).isEqualTo(Status.SENT);
        assertThat(o.onPaper()).isTrue();
        assertThat(printing.waiting()).singleElement().satisfies(j -> assertThat(j.systemJobId()).isEqualTo("PDF-1"));

        system.jobState = JobState.COMPLETED;
        clock.advance(JobRunner.FOLLOW_UP);
        assertThat(printing.runDueRetries().get()).extracting(PrintOutcome::status).containsExactly(Status.PRINTED);
        assertThat(printing.waiting()).isEmpty();
        assertThat(system.submitted()).as("followed up, not printed twice").hasSize(1);
    }

    @Test
    void aJobCupsAbortedIsPrintedAgain() throws Exception {
        system.jobState = JobState.ABORTED;
        assertThat(print(onePage).problem()).isEqualTo(Problem.JOB_ABORTED);

        system.jobState = JobState.COMPLETED;
        assertThat(printing.retryAll().get()).extracting(PrintOutcome::status).containsExactly(Status.PRINTED);
        assertThat(system.submitted()).hasSize(2);
    }

    @Test
    void deletingASentJobWithdrawsItFromCups() throws Exception {
        system.jobState = JobState.PENDING;
        PrintOutcome o = print(onePage);

        assertThat(printing.delete(o.jobId()).get()).isTrue();

        assertThat(system.canceled).containsExactly("PDF-1");
        assertThat(printing.waiting()).isEmpty();
        assertThat(heard).last().extracting(PrintOutcome::status).isEqualTo(Status.DELETED);
    }

    @Test
    void batchPrintingKeepsTheOrder() throws Exception {
        List<PrintTicket> tickets = printing.printAll(List.of(
                new PrintRequest(onePage, "Check-in", "", 20), new PrintRequest(twoPages, "FAQ", "", 20)));
        for (PrintTicket t : tickets) {
            assertThat(t.outcome().get(10, TimeUnit.SECONDS).status()).isEqualTo(Status.PRINTED);
        }
        assertThat(system.submitted()).extracting(Submission::title).containsExactly("Check-in", "FAQ");
        assertThat(system.submitted()).extracting(Submission::copies).containsOnly(20);
    }

    @Test
    void aJobThatWaitsPastTheExpiryIsDestroyedAndTheFacilitatorIsTold() throws Exception {
        system.before = QueueState.missing("Nope");
        PrintOutcome waiting = printing.print(new PrintRequest(onePage, "Take-home pack", "Nope", 1)).outcome().get();
        Path pdf = waiting.pdf();
        assertThat(pdf).exists();
        printing.expireAfter(Duration.ofHours(12));

        clock.advance(Duration.ofHours(11));
        printing.runDueRetries().get(10, TimeUnit.SECONDS);
        assertThat(printing.waiting()).hasSize(1);

        clock.advance(Duration.ofHours(1));
        List<PrintOutcome> round = printing.runDueRetries().get(10, TimeUnit.SECONDS);
        assertThat(round).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(Status.DELETED);
            assertThat(o.detail()).isEqualTo("expired");
        });
        assertThat(printing.waiting()).isEmpty();
        assertThat(pdf).doesNotExist();
        assertThat(heard).extracting(PrintOutcome::status).contains(Status.DELETED);
    }
}
