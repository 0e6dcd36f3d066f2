package app.kindred.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Logging goes to the data folder's log file and never to the console, also while the kiosk opens
 * the file on a thread of its own. Each case runs in a fresh JVM: logging is set up once per JVM.
 */
class LoggingTest {
    @TempDir
    Path home;

    @Test
    void recordsLoggedBeforeTheFileIsOpenAreWrittenAndNothingReachesTheConsole() throws Exception {
        String console = runFresh("background");

        assertThat(console).isEmpty();
        String log = Files.readString(home.resolve("logs/kindred.0.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("WARNING app.kindred.app.LoggingTest: first", "INFO app.kindred.app.LoggingTest: second");
        assertThat(log.indexOf("first")).isLessThan(log.indexOf("second"));
        assertThat(log).doesNotContain("FINE");
    }

    @Test
    void theCommandLineToolsHaveTheirFileAtOnce() throws Exception {
        String console = runFresh("now");

        assertThat(console).contains("written before exit: true").doesNotContain("WARNING");
    }

    @Test
    void aHomeThatCannotHoldLogsStopsNothing() throws Exception {
        Files.writeString(home.resolve("logs"), "a file where the folder should be");

        String console = runFresh("now");

        assertThat(console).contains("log file: (no log:");
    }

    private String runFresh(String mode) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dkindred.home=" + home, "-cp", System.getProperty("java.class.path"), Child.class.getName(), mode)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }

    public static final class Child {
        public static void main(String[] args) throws Exception {
            if (args[0].equals("background")) {
                // As the kiosk does: nothing has touched logging before; the first record starts it.
                Logging.configureWhenFirstUsed();
                Logger log = Logger.getLogger(LoggingTest.class.getName());
                log.warning("first");
                log.info("second");
                log.fine("not at this level");
                return; // the JVM exits at once; the log must still hold both records
            }
            Logging.configure();
            Logger log = Logger.getLogger(LoggingTest.class.getName());
            log.warning("at once");
            Path file = Logging.logFile();
            if (file.toString().startsWith("(no log")) {
                System.out.println("log file: " + file);
                return;
            }
            for (var h : Logger.getLogger("").getHandlers()) {
                h.flush();
            }
            System.out.println("written before exit: " + Files.readString(file).contains("at once"));
        }
    }
}
