package app.kindred.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kindred.session.SessionEngine;
import app.kindred.session.SystemClock;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A hub and kiosks in one JVM on the real embedded broker, loopback only. */
class HubFollowTest {
    private Hub hub;
    private final java.util.List<KioskLink> kiosks = new java.util.ArrayList<>();

    @AfterEach
    void close() {
        kiosks.forEach(KioskLink::close);
        if (hub != null) {
            hub.close();
        }
    }

    private SessionEngine start() throws IOException {
        SessionEngine room = Rooms.engine();
        hub = Rooms.hub(room, new DeviceRegistry(null), 0);
        return room;
    }

    @Test
    void pausePlusOneMinuteNextBackAndEndReachEveryKiosk() throws IOException {
        SessionEngine room = start();
        for (int i = 0; i < 3; i++) {
            kiosks.add(Rooms.kiosk(hub, hub.url()));
        }
        room.start();
        everyKioskAgrees("start");
        room.pause();
        everyKioskAgrees("pause");
        room.extend(Duration.ofMinutes(1));
        everyKioskAgrees("+1 min");
        room.resume();
        everyKioskAgrees("resume");
        room.skip();
        everyKioskAgrees("next");
        assertThat(kiosks.get(2).engine().snapshot().stepIndex()).isEqualTo(1);
        room.back();
        everyKioskAgrees("back");
        room.endEarly();
        everyKioskAgrees("end");
        assertThat(kiosks.get(0).engine().snapshot().finished()).isTrue();
    }

    @Test
    void aLateJoinerStartsAtTheCurrentStep() throws IOException {
        SessionEngine room = start();
        room.start();
        room.skip();
        room.skip();
        KioskLink late = Rooms.kiosk(hub, hub.url());
        kiosks.add(late);
        Await.until("the late joiner on step 2", Rooms.WAIT, () -> Rooms.agrees(hub, late, 50));
        assertThat(late.engine().snapshot().stepIndex()).isEqualTo(2);
    }

    @Test
    void aCouplesTimeOutStopsTheirClockAloneAndTheHubIsTold() throws IOException {
        SessionEngine room = start();
        KioskLink a = Rooms.kiosk(hub, hub.url());
        KioskLink b = Rooms.kiosk(hub, hub.url());
        kiosks.add(a);
        kiosks.add(b);
        room.start();
        everyKioskAgrees("start");
        a.engine().timeOut();
        Await.until("the hub sees the time-out", Rooms.WAIT, () -> hub.kiosks().stream()
                .anyMatch(v -> v.status() != null && v.status().timeOut()));
        room.skip();
        Await.until("the other kiosk follows next", Rooms.WAIT, () -> Rooms.agrees(hub, b, 50));
        assertThat(a.engine().snapshot().stepIndex()).as("the couple in a time-out stays").isEqualTo(0);
        a.engine().endTimeOut(true);
        Await.until("after the time-out the couple rejoins the room", Rooms.WAIT, () -> Rooms.agrees(hub, a, 50));
        Await.until("the hub sees the time-out end", Rooms.WAIT, () -> hub.kiosks().stream()
                .noneMatch(v -> v.status() == null || v.status().timeOut()));
    }

    @Test
    void aSecondRoomViewIsToldApartFromTheKiosksInTheHubsList() throws IOException {
        start();
        KioskLink kiosk = Rooms.kiosk(hub, hub.url());
        kiosks.add(kiosk);
        DeviceCredentials c = PairingClient.pair(hub.url(), hub.pairing().code(), Rooms.WAIT);
        KioskLink view = new KioskLink(hub.url(), c, Rooms.engine(), Rooms.PROGRAMME, SystemClock.INSTANCE, null, null)
                .asRoomView().start();
        kiosks.add(view);
        Await.until("both statuses at the hub", Rooms.WAIT, () -> hub.kiosks().stream().filter(v -> v.status() != null).count() == 2);
        assertThat(hub.kiosks()).filteredOn(v -> v.status().roomView()).extracting(KioskView::deviceId)
                .containsExactly(c.deviceId());
    }

    @Test
    void aWrongCodePairsNothing() throws IOException {
        start();
        String wrong = hub.pairing().code().equals("000000") ? "000001" : "000000";
        assertThatThrownBy(() -> PairingClient.pair(hub.url(), wrong, Rooms.WAIT)).isInstanceOf(IOException.class);
        assertThat(hub.kiosks()).isEmpty();
    }

    @Test
    void kiosksAgreeWithTheHubsClockWithin50Ms() throws IOException {
        start();
        KioskLink k = Rooms.kiosk(hub, hub.url());
        kiosks.add(k);
        Await.until("a clock estimate", Rooms.WAIT, () -> k.clockSync().ready());
        long worst = 0;
        for (int i = 0; i < 200; i++) {
            long before = hub.clock().now();
            long est = k.hubNow();
            long after = hub.clock().now();
            worst = Math.max(worst, Math.max(est - after, before - est));
        }
        assertThat(worst).as("ns off the hub's clock").isLessThan(50_000_000L);
    }

    private void everyKioskAgrees(String after) {
        for (KioskLink k : kiosks) {
            Await.until("kiosk agrees with the hub after " + after, Rooms.WAIT, () -> Rooms.agrees(hub, k, 50));
        }
    }
}
