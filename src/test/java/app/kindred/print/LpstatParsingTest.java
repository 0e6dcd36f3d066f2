package app.kindred.print;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** lpstat's answers as CUPS 2.4 gives them (LC_ALL=C), captured on this machine. */
class LpstatParsingTest {
    private static QueueState parse(int exit, String out) {
        return CupsCommandLine.parseQueueState("PDF", new ProcessRunner.Result(exit, out, ""));
    }

    @Test
    void anIdleQueue() {
        QueueState q = parse(0, """
                scheduler is running
                printer PDF is idle.  enabled since Sat Nov 21 23:52:16 2026
                PDF accepting requests since Sat Nov 21 23:52:16 2026
                """);
        assertThat(q.problem()).isEmpty();
    }

    @Test
    void aDisabledQueueStillAcceptsButIsStopped() {
        QueueState q = parse(0, """
                scheduler is running
                printer PDF disabled since Sat Nov 21 23:52:30 2026 -
                \tpaper jam test
                PDF accepting requests since Sat Nov 21 23:52:30 2026
                """);
        assertThat(q.accepting()).isTrue();
        assertThat(q.enabled()).isFalse();
        assertThat(q.reason()).isEqualTo("paper jam test");
        assertThat(q.summary()).isEqualTo("PDF: stopped, accepting (paper jam test)");
    }

    @Test
    void aRejectingQueue() {
        QueueState q = parse(0, """
                scheduler is running
                printer PDF is idle.  enabled since Sat Nov 21 23:52:30 2026
                PDF not accepting requests since Sat Nov 21 23:52:30 2026 -
                \tclosed for test
                """);
        assertThat(q.problem()).contains(Problem.QUEUE_REJECTING);
        assertThat(q.reason()).isEqualTo("closed for test");
    }

    @Test
    void noSuchQueueAndNoScheduler() {
        assertThat(parse(1, "scheduler is running\n").problem()).contains(Problem.UNKNOWN_PRINTER);
        assertThat(parse(1, "scheduler is not running\n").problem()).contains(Problem.CUPS_DOWN);
    }

    @Test
    void duplexIsOfferedOnlyWhenTheDriverHasIt() {
        assertThat(CupsCommandLine.offersDuplex("""
                PageSize/Page Size: *A4 Letter
                Duplex/2-Sided Printing: *None DuplexNoTumble DuplexTumble
                """)).isTrue();
        // the cups-pdf driver, as lpoptions -p PDF -l lists it here
        assertThat(CupsCommandLine.offersDuplex("""
                PageSize/Page Size: Custom.WIDTHxHEIGHT 11x14 *A4 Letter
                Resolution/Output Resolution: 150dpi *300dpi 600dpi
                """)).isFalse();
    }

    @Test
    void ipptoolReachesADomainSocketServerThroughAnEncodedHost() {
        assertThat(CupsCommandLine.ippHost(null)).isEqualTo("localhost");
        assertThat(CupsCommandLine.ippHost("print.example:631")).isEqualTo("print.example:631");
        assertThat(CupsCommandLine.ippHost("/run/cups/cups.sock")).isEqualTo("%2Frun%2Fcups%2Fcups.sock");
    }
}
