package app.kindred.persist;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.session.FakeClock;
import app.kindred.session.Fixtures;
import app.kindred.session.Participants;
import app.kindred.session.SessionEngine;
import app.kindred.session.SessionSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 (7) on a real full disk: the data folder on a 1 MB tmpfs of the test's own, filled up by
 * the test, then emptied. Needs root for mount; outside CI without root it does not run (CI runs as
 * root and fails it if it cannot mount). {@link FullDiskJournalTest} covers the same without root.
 */
@ExtendWith(TmpfsFullDiskTest.CanMount.class)
class TmpfsFullDiskTest {
    @TempDir
    Path tmp;

    @Test
    void aRealFullTmpfsTurnsCrashProtectionOffAndFreeingSpaceTurnsItBackOn() throws Exception {
        Path mount = Files.createDirectory(tmp.resolve("data"));
        run("mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "kindred-test", mount.toString());
        try {
            SessionJournal journal = new SessionJournal(new DataFolders(mount));
            CountDownLatch backOn = new CountDownLatch(1);
            journal.addCrashProtectionListener(p -> {
                if (p.isOn()) {
                    backOn.countDown();
                }
            });
            FakeClock clock = new FakeClock();
            SessionEngine e = new SessionEngine(Fixtures.evening(), Fixtures.library(), Participants.of("Sam", "Alex"),
                    SessionSettings.defaults().withSeed(3), clock);
            e.setJournal(journal);
            e.start();
            journal.flush(Duration.ofSeconds(10));
            assertThat(journal.crashProtection().isOn()).isTrue();

            Path filler = mount.resolve("filler");
            fill(filler);
            clock.advanceSeconds(5);
            e.poll();
            e.checkpoint();
            journal.flush(Duration.ofSeconds(10));
            assertThat(journal.crashProtection().state()).isEqualTo(CrashProtection.State.OFF_DISK_FULL);

            Files.delete(filler);
            assertThat(backOn.await(30, TimeUnit.SECONDS)).as("journaling resumes by itself").isTrue();
            journal.wipe();
        } finally {
            run("umount", "-l", mount.toString());
        }
    }

    private static void fill(Path filler) {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            assertThat(full).hasMessageContaining("No space left on device");
        }
    }

    private static void run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", cmd) + ": " + out);
        }
    }

    /** Runs where root can mount; elsewhere disabled with the reason, except under CI=true. */
    static final class CanMount implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if ("root".equals(System.getProperty("user.name")) || "true".equals(System.getenv("CI"))) {
                return ConditionEvaluationResult.enabled("root can mount a tmpfs");
            }
            return ConditionEvaluationResult.disabled("mounting a tmpfs needs root; FullDiskJournalTest covers this without it");
        }
    }
}
