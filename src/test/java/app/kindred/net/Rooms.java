package app.kindred.net;

import app.kindred.session.Fixtures;
import app.kindred.session.Mode;
import app.kindred.session.SessionEngine;
import app.kindred.session.SessionSettings;
import app.kindred.session.SystemClock;
import java.io.IOException;
import java.time.Duration;

/** A room on loopback for tests: the evening programme, a hub on the embedded broker, paired kiosks. */
final class Rooms {
    static final String PROGRAMME = "evening";
    static final Duration WAIT = Duration.ofSeconds(15);

    private Rooms() {
    }

    static SessionEngine engine() {
        return new SessionEngine(Fixtures.evening(), Fixtures.library(), null,
                SessionSettings.defaults().withMode(Mode.ROOM).withSeed(3), SystemClock.INSTANCE);
    }

    static Hub hub(SessionEngine engine, DeviceRegistry registry, int port) throws IOException {
        return Hub.embedded(engine, PROGRAMME, registry, new PairingDesk(registry, null), SystemClock.INSTANCE,
                "127.0.0.1", port);
    }

    static KioskLink kiosk(Hub hub, String url) throws IOException {
        DeviceCredentials c = PairingClient.pair(url, hub.pairing().code(), WAIT);
        return new KioskLink(url, c, engine(), PROGRAMME, SystemClock.INSTANCE, null, null).start();
    }

    /** The kiosk is on the hub's item and step, paused alike, with time left within {@code ms}. */
    static boolean agrees(Hub hub, KioskLink k, long ms) {
        var h = hub.state();
        var s = k.engine().snapshot();
        long hubLeft = h.remainingAt(hub.clock().now());
        boolean started = s.status() != app.kindred.session.SessionStatus.READY;
        return started == h.started() && s.itemIndex() == h.item() && s.stepIndex() == h.step() && s.paused() == h.paused()
                && s.finished() == h.finished()
                && Math.abs(s.remaining().toNanos() - hubLeft) <= ms * 1_000_000L;
    }
}
