package app.kindred.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.EventQueue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14 (4): a hung event thread is noticed, dumped and (in the kiosk) ends the JVM non-zero. */
class EdtWatchdogTest {
    @TempDir
    Path home;

    @BeforeAll
    static void awt() {
        app.kindred.ui.GuiTest.useCacioWithoutDisplay();
    }

    @Test
    void aHungEventThreadIsReportedWithAThreadDumpNamingWhereItHangs() throws Exception {
        CompletableFuture<String> report = new CompletableFuture<>();
        EdtWatchdog watchdog = new EdtWatchdog(Duration.ofMillis(500), Duration.ofMillis(50), report::complete);
        CountDownLatch release = new CountDownLatch(1);
        watchdog.start();
        try {
            EventQueue.invokeLater(() -> injectedHang(release));

            String dump = report.get(30, TimeUnit.SECONDS);
            assertThat(dump).contains("has not answered").contains("AWT-EventQueue").contains("injectedHang");
        } finally {
            release.countDown();
            watchdog.stop();
        }
    }

    @Test
    void aBusyButAnsweringEventThreadIsLeftAlone() throws Exception {
        CompletableFuture<String> report = new CompletableFuture<>();
        EdtWatchdog watchdog = new EdtWatchdog(Duration.ofMillis(300), Duration.ofMillis(10), report::complete);
        watchdog.start();
        try {
            // Work on the event thread shorter than the limit, many times over.
            for (int i = 0; i < 20; i++) {
                EventQueue.invokeAndWait(() -> busyFor(Duration.ofMillis(50)));
            }
            long seen = watchdog.answered();
            while (watchdog.answered() < seen + 5 && !report.isDone()) {
                EventQueue.invokeAndWait(() -> { });
            }
            assertThat(report).isNotDone();
        } finally {
            watchdog.stop();
        }
    }

    @Test
    void theKioskExitsWithItsCodeAndLogsTheDump() throws Exception {
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Dkindred.home=" + home, "-Dkindred.watchdog=1",
                "-cp", System.getProperty("java.class.path"), HangingKiosk.class.getName()))
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(output).isEqualTo(EdtWatchdog.HUNG);
        assertThat(output).contains("HANGING").contains("stopped answering");
        String log = Files.readString(home.resolve("logs").resolve("kindred.0.log"));
        assertThat(log).contains("watchdog").contains("HangingKiosk.injectedHang");
    }

    private static void injectedHang(CountDownLatch release) {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void busyFor(Duration d) {
        long end = System.nanoTime() + d.toNanos();
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
