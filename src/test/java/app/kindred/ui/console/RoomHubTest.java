package app.kindred.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.net.DeviceRegistry;
import app.kindred.net.Hub;
import app.kindred.net.PairingClient;
import app.kindred.persist.SettingsStore;
import app.kindred.session.FakeClock;
import app.kindred.session.SessionEngine;
import app.kindred.session.SystemClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's hub across sessions, on loopback: a new hub for a new session, same devices, same code. */
class RoomHubTest {
    @TempDir
    Path home;

    @Test
    void theSettingTurnsItOff() throws Exception {
        SettingsStore settings = SettingsStore.load(home.resolve("settings.properties"));
        settings.set(SettingsStore.HUB_ON, false);
        assertThat(RoomHub.fromSettings(settings, home.resolve("hub-devices.json"))).isNull();
    }

    @Test
    void aNewSessionGetsANewHubThatKnowsTheKiosksAlreadyPairedAndKeepsTheCode() throws Exception {
        FakeClock clock = new FakeClock();
        RoomHub hub = new RoomHub(new DeviceRegistry(home.resolve("hub-devices.json")),
                (engine, id, registry, desk) -> Hub.embedded(engine, id, registry, desk, SystemClock.INSTANCE, "127.0.0.1", 0),
                null);
        try {
            hub.start(Workshops.engine(clock)).get(20, TimeUnit.SECONDS);
            Hub first = hub.hub();
            assertThat(first).isNotNull();
            assertThat(hub.problem()).isNull();
            int port = first.broker().port();
            assertThat(hub.address()).hasToString("tcp://127.0.0.1:" + port);
            assertThat(hub.joinUri()).isEqualTo("kindred://join?hub=tcp%3A%2F%2F127.0.0.1%3A" + port + "&code=" + hub.code());
            String code = hub.code();
            PairingClient.pair(first.url(), code, Duration.ofSeconds(15));
            assertThat(hub.kiosks()).hasSize(1);

            SessionEngine next = Workshops.engine(clock, Workshops.threeItems());
            hub.start(next).get(20, TimeUnit.SECONDS);
            assertThat(hub.hub()).isNotSameAs(first);
            assertThat(first.connected()).isFalse();
            assertThat(hub.kiosks()).hasSize(1);
            assertThat(hub.code()).isEqualTo(code);
        } finally {
            hub.close();
        }
        assertThat(hub.hub()).isNull();
    }

    @Test
    void theAddressShownForABrokerOnEveryInterfaceIsNotLoopback() {
        // Only reads the interfaces (nothing is bound or sent): what a kiosk on the LAN would type.
        String shown = RoomHub.lanAddress();
        assertThat(shown).isNotBlank().isNotEqualTo("127.0.0.1").doesNotStartWith("127.").isNotEqualTo("0.0.0.0");
    }

    @Test
    void aHubThatCannotStartSaysWhy() throws Exception {
        RoomHub hub = new RoomHub(new DeviceRegistry(home.resolve("hub-devices.json")), (engine, id, registry, desk) -> {
            throw new java.io.IOException("port 1883 is taken");
        }, null);
        try {
            hub.start(Workshops.engine(new FakeClock())).get(20, TimeUnit.SECONDS);
            assertThat(hub.hub()).isNull();
            assertThat(hub.problem()).isEqualTo("port 1883 is taken");
            assertThat(hub.address()).isNull();
            assertThat(hub.kiosks()).isEmpty();
        } finally {
            hub.close();
        }
    }
}
