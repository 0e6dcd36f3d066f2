package app.kindred.net;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.session.Fixtures;
import app.kindred.session.SessionCheckpoint;
import app.kindred.session.SessionEngine;
import app.kindred.session.SessionJournalSink;
import app.kindred.session.SessionRecord;
import app.kindred.session.SessionStatus;
import app.kindred.session.SystemClock;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network going, the hub going: kiosks run on and come back without a jump. */
class FaultsTest {
    @TempDir
    Path dir;
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private <T extends AutoCloseable> T keep(T c) {
        open.add(c);
        return c;
    }

    @Test
    void aKioskThatLosesTheNetworkKeepsItsClockAndRejoinsWithoutAJump() throws Exception {
        SessionEngine room = Rooms.engine();
        Hub hub = keep(Rooms.hub(room, new DeviceRegistry(null), 0));
        CuttableProxy cable = keep(new CuttableProxy(hub.broker().port()));
        DeviceCredentials c = PairingClient.pair(hub.url(), hub.pairing().code(), Rooms.WAIT);
        KioskLink kiosk = keep(new KioskLink(cable.url(), c, Rooms.engine(), Rooms.PROGRAMME, SystemClock.INSTANCE,
                null, null).start());
        room.start();
        Await.until("the kiosk follows", Rooms.WAIT, () -> Rooms.agrees(hub, kiosk, 50));
        try (JumpWatch watch = new JumpWatch(kiosk.engine())) {
            cable.cut();
            Await.until("the hub sees the kiosk gone", Rooms.WAIT, () -> !hub.kiosks().get(0).connected());
            assertThat(kiosk.engine().snapshot().status()).as("the kiosk's clock runs on alone")
                    .isIn(SessionStatus.RUNNING, SessionStatus.WARNING);
            cable.restore();
            Await.until("the kiosk is back", Rooms.WAIT, () -> hub.kiosks().get(0).connected() && kiosk.clockSync().ready());
            Await.until("and agrees with the hub", Rooms.WAIT, () -> Rooms.agrees(hub, kiosk, 50));
            Await.until("a second more of watching", Rooms.WAIT, () -> watch.watchedMs() > watch.startMs + 1000);
            assertThat(watch.worstJumpMs()).as("largest jump of the countdown, ms").isLessThan(30);
        }
    }

    @Test
    void theHubRestartingLeavesKiosksRunningAndTheyResync() throws Exception {
        int port = freePort();
        Path devices = dir.resolve("devices.json");
        SessionEngine room = Rooms.engine();
        Hub hub = Rooms.hub(room, new DeviceRegistry(devices), port);
        KioskLink a = keep(Rooms.kiosk(hub, hub.url()));
        KioskLink b = keep(Rooms.kiosk(hub, hub.url()));
        room.start();
        room.skip();
        Await.until("both follow", Rooms.WAIT, () -> Rooms.agrees(hub, a, 50) && Rooms.agrees(hub, b, 50));
        long left = room.snapshot().remaining().toNanos();

        hub.close();
        Await.until("the kiosks notice", Rooms.WAIT, () -> !a.connected() && !b.connected());
        long before = a.engine().snapshot().remaining().toNanos();
        Await.until("their clocks run on without the hub", Rooms.WAIT,
                () -> a.engine().snapshot().remaining().toNanos() < before - 300_000_000L && b.engine().counting());
        assertThat(a.engine().snapshot().stepIndex()).isEqualTo(1);

        // The console comes back with the session from its journal: same step, the time that was left.
        SessionEngine back = Rooms.engine();
        back.follow(0, 1, Duration.ofNanos(left - 2_000_000_000L), false);
        Hub again = keep(Rooms.hub(back, new DeviceRegistry(devices), port));
        Await.until("the kiosks resync to the hub that came back", Rooms.WAIT,
                () -> Rooms.agrees(again, a, 50) && Rooms.agrees(again, b, 50));
        assertThat(again.kiosks()).hasSize(2);
    }

    @Test
    void aKioskRestoredFromItsJournalRejoinsAtTheRoomsStep() throws Exception {
        SessionEngine room = Rooms.engine();
        Hub hub = keep(Rooms.hub(room, new DeviceRegistry(null), 0));
        DeviceCredentials c = PairingClient.pair(hub.url(), hub.pairing().code(), Rooms.WAIT);
        SessionEngine before = Rooms.engine();
        AtomicReference<SessionCheckpoint> journal = new AtomicReference<>();
        before.setJournal(new SessionJournalSink() {
            @Override
            public void checkpoint(SessionCheckpoint cp) {
                journal.set(cp);
            }

            @Override
            public void words(String sessionId, List<SessionRecord.WrittenWords> words) {
            }
        });
        KioskLink first = new KioskLink(hub.url(), c, before, Rooms.PROGRAMME, SystemClock.INSTANCE, null, null).start();
        room.start();
        room.skip();
        Await.until("the kiosk follows to step 2", Rooms.WAIT, () -> Rooms.agrees(hub, first, 50));
        first.close(); // the kiosk crashes; its journal holds step 2

        room.skip(); // the room moves on meanwhile
        SessionEngine restored = SessionEngine.restore(journal.get(), List.of(), Fixtures.library(), SystemClock.INSTANCE, null);
        assertThat(restored.snapshot().stepIndex()).as("the journal's step").isEqualTo(1);
        assertThat(restored.snapshot().paused()).as("a restored session waits paused").isTrue();
        KioskLink again = keep(new KioskLink(hub.url(), c, restored, Rooms.PROGRAMME, SystemClock.INSTANCE, null, null).start());
        Await.until("the restored kiosk rejoins at the room's step, running", Rooms.WAIT, () -> Rooms.agrees(hub, again, 50));
        assertThat(restored.snapshot().stepIndex()).isEqualTo(2);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress("127.0.0.1", 0));
            return s.getLocalPort();
        }
    }

    /** Samples a countdown every few ms and keeps the largest step that is not the time that passed. */
    private static final class JumpWatch implements AutoCloseable {
        final long startMs = System.nanoTime() / 1_000_000;
        private final AtomicLong worst = new AtomicLong();
        private final AtomicLong last = new AtomicLong(startMs);
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        JumpWatch(SessionEngine engine) {
            thread = new Thread(() -> {
                long prevT = System.nanoTime();
                long prevR = engine.snapshot().remaining().toNanos();
                // bounded: at most ten minutes of samples
                for (int i = 0; i < 120_000 && running.get(); i++) {
                    LockSupport.parkNanos(5_000_000L);
                    long t = System.nanoTime();
                    var s = engine.snapshot();
                    long r = s.remaining().toNanos();
                    if (s.stepIndex() == 0 && !s.paused()) {
                        long jump = Math.abs((prevR - r) - (t - prevT));
                        worst.accumulateAndGet(jump / 1_000_000, Math::max);
                    }
                    prevT = t;
                    prevR = r;
                    last.set(t / 1_000_000);
                }
            }, "jump-watch");
            thread.setDaemon(true);
            thread.start();
        }

        long watchedMs() {
            return last.get();
        }

        long worstJumpMs() {
            return worst.get();
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            thread.join(2000);
        }
    }
}
