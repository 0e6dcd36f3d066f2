package app.kindred.net;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.session.SessionEngine;
import app.kindred.session.SessionScheduler;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three kiosks as separate JVMs follow a console through a programme on the real broker (loopback);
 * one is killed and restarted and comes back at the room's step without pairing again.
 */
class KioskProcessesTest {
    private static final Duration WAIT = Duration.ofSeconds(40);
    @TempDir
    Path dir;
    private final List<Process> kiosks = new ArrayList<>();
    private Hub hub;
    private SessionScheduler scheduler;

    @AfterEach
    void close() throws Exception {
        for (Process p : kiosks) {
            stop(p);
        }
        if (scheduler != null) {
            scheduler.close();
        }
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void threeKioskProcessesFollowTheConsoleAndOneRestartedRejoinsAtTheRightStep() throws Exception {
        SessionEngine room = Rooms.engine();
        hub = Rooms.hub(room, new DeviceRegistry(dir.resolve("devices.json")), 0);
        scheduler = new SessionScheduler(room, Duration.ZERO).start();
        for (int i = 0; i < 3; i++) {
            kiosks.add(launch(i));
        }
        Await.until("three kiosks paired and connected", WAIT,
                () -> hub.kiosks().size() == 3 && hub.kiosks().stream().allMatch(KioskView::connected));

        room.start();
        allAgree("start");
        room.pause();
        allAgree("pause");
        room.extend(Duration.ofMinutes(1));
        room.resume();
        allAgree("+1 min and resume");
        room.skip();
        allAgree("next");

        String second = DeviceCredentials.load(dir.resolve("kiosk-1.json")).deviceId();
        stop(kiosks.get(1));
        Await.until("the console sees kiosk 2 gone", WAIT, () -> !view(second).connected());
        room.skip();
        kiosks.set(1, launch(1));
        Await.until("kiosk 2 is back", WAIT, () -> view(second).connected());
        allAgree("kiosk 2 restarted");
        assertThat(hub.kiosks()).as("the restarted kiosk did not pair again").hasSize(3);
        assertThat(view(second).status().step()).isEqualTo(2);
        room.endEarly();
        allAgree("end");
    }

    private KioskView view(String deviceId) {
        return hub.kiosks().stream().filter(v -> v.deviceId().equals(deviceId)).findFirst().orElseThrow();
    }

    private Process launch(int n) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                KioskProcess.class.getName(), hub.url(), dir.resolve("kiosk-" + n + ".json").toString(),
                hub.pairing().code());
        pb.redirectErrorStream(true);
        pb.redirectOutput(dir.resolve("kiosk-" + n + ".log").toFile());
        return pb.start();
    }

    private static void stop(Process p) throws InterruptedException {
        if (!p.isAlive()) {
            return;
        }
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
    }

    /** Every kiosk reports the hub's step, pause and (within its report's age) time left. */
    private void allAgree(String after) {
        Await.until("every kiosk process agrees with the console after " + after, WAIT, () -> {
            RoomState h = hub.state();
            for (KioskView v : hub.kiosks()) {
                KioskStatus s = v.status();
                if (!v.connected() || s == null || s.item() != h.item() || s.step() != h.step()
                        || s.paused() != h.paused() || s.finished() != h.finished()) {
                    return false;
                }
                long hubLeftMs = h.remainingAt(hub.clock().now()) / 1_000_000;
                // A status is at most a second old (kiosks speak each second); while running it may
                // show up to that much more time left than the hub has now.
                if (!h.finished() && (s.remainingMillis() < hubLeftMs - 100 || s.remainingMillis() > hubLeftMs + 1100)) {
                    return false;
                }
            }
            return true;
        });
    }
}
