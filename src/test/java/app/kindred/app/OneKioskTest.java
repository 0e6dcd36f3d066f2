package app.kindred.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.persist.DataFolders;
import app.kindred.persist.InstanceLock;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14 (5): a second start on the same data folder, in a second JVM, never opens a second kiosk. */
class OneKioskTest {
    @TempDir
    Path home;

    @Test
    void aSecondKioskOnTheSameDataFolderSaysWhoRunsAndExitsWithItsCode() throws Exception {
        try (InstanceLock running = InstanceLock.tryAcquire(new DataFolders(home)).orElseThrow()) {
            Child second = run("kiosk", "--window", "800x600");

            assertThat(second.exit).as(second.output).isEqualTo(OneKiosk.ALREADY_RUNNING);
            assertThat(second.output).contains("Kindred is already running (process " + ProcessHandle.current().pid() + ")");
        }
    }

    @Test
    void aSecondStartAsksTheRunningKioskToComeToTheFront() throws Exception {
        CountDownLatch raised = new CountDownLatch(1);
        try (InstanceLock running = InstanceLock.tryAcquire(new DataFolders(home)).orElseThrow();
                Closeable watching = RaiseRequests.watch(home, raised::countDown)) {
            Child second = run("kiosk");

            assertThat(second.exit).isEqualTo(OneKiosk.ALREADY_RUNNING);
            assertThat(raised.await(30, TimeUnit.SECONDS)).as("the running kiosk heard the request").isTrue();
        }
    }

    @Test
    void commandsThatOnlyReadStillRunBesideTheKiosk() throws Exception {
        try (InstanceLock running = InstanceLock.tryAcquire(new DataFolders(home)).orElseThrow()) {
            Child validate = run("validate");
            Child outbox = run("outbox", "list");

            assertThat(validate.exit).as(validate.output).isZero();
            assertThat(outbox.exit).as(outbox.output).isZero();
        }
    }

    @Test
    void theLockDiesWithAKilledProcess() throws Exception {
        List<String> cmd = java();
        cmd.addAll(List.of(LockHolder.class.getName(), home.toString()));
        Process holder = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("HELD");
            assertThat(InstanceLock.tryAcquire(new DataFolders(home))).as("held by the child").isEmpty();
            assertThat(InstanceLock.holder(new DataFolders(home))).hasValue(holder.pid());

            holder.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        Optional<InstanceLock> mine = InstanceLock.tryAcquire(new DataFolders(home));
        assertThat(mine).as("the kernel released the killed process's lock").isPresent();
        mine.get().close();
    }

    private record Child(int exit, String output) {
    }

    private Child run(String... args) throws Exception {
        List<String> cmd = java();
        cmd.add("-Dkindred.home=" + home);
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Child(p.exitValue(), output);
    }

    private static List<String> java() {
        return new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path")));
    }
}
