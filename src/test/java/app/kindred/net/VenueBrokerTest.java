package app.kindred.net;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.persist.SettingsStore;
import app.kindred.session.SessionEngine;
import app.kindred.session.SystemClock;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A venue's own broker (a standalone Mosquitto on 127.0.0.1 that lets anybody in), chosen in the
 * settings: the room still works, and a stranger subscribed to everything sees only sealed noise and
 * cannot pause a kiosk. scripts/setup.sh installs mosquitto.
 */
class VenueBrokerTest {
    @TempDir
    Path dir;
    private Process mosquitto;
    private Hub hub;
    private KioskLink kiosk;
    private MqttClient stranger;

    @AfterEach
    void close() throws Exception {
        if (stranger != null && stranger.isConnected()) {
            stranger.disconnect();
        }
        if (kiosk != null) {
            kiosk.close();
        }
        if (hub != null) {
            hub.close();
        }
        if (mosquitto != null) {
            mosquitto.destroy();
            if (!mosquitto.waitFor(10, TimeUnit.SECONDS)) {
                mosquitto.destroyForcibly();
            }
        }
    }

    @Test
    void theRoomRunsOnAVenuesBrokerAndAStrangerOnItReadsAndSendsNothing() throws Exception {
        int port = freePort();
        Path conf = dir.resolve("mosquitto.conf");
        Files.writeString(conf, "listener " + port + " 127.0.0.1\nallow_anonymous true\npersistence false\n",
                StandardCharsets.UTF_8);
        mosquitto = new ProcessBuilder("mosquitto", "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("mosquitto.log").toFile()).start();
        Await.until("mosquitto listens", Rooms.WAIT, () -> listening(port));
        String url = "tcp://127.0.0.1:" + port;

        Path settingsFile = dir.resolve("settings.properties");
        Files.writeString(settingsFile, "hubBrokerUrl=" + url + "\n", StandardCharsets.UTF_8);
        SessionEngine room = Rooms.engine();
        DeviceRegistry registry = new DeviceRegistry(null);
        hub = Hub.fromSettings(SettingsStore.load(settingsFile), room, Rooms.PROGRAMME, registry,
                new PairingDesk(registry, null), SystemClock.INSTANCE);
        Await.until("the hub is on the venue's broker", Rooms.WAIT, hub::connected);

        stranger = new MqttClient(url, "stranger", new MemoryPersistence());
        stranger.setTimeToWait(5000);
        MqttConnectOptions o = new MqttConnectOptions();
        o.setConnectionTimeout(5);
        stranger.connect(o);
        List<String> overheard = new CopyOnWriteArrayList<>();
        // Pairing messages are plain JSON by design (public keys and a MAC); everything else is sealed.
        stranger.subscribe("#", 0, (topic, m) -> {
            if (!topic.startsWith("kindred/pair/")) {
                overheard.add(new String(m.getPayload(), StandardCharsets.ISO_8859_1));
            }
        });

        DeviceCredentials c = PairingClient.pair(url, hub.pairing().code(), Rooms.WAIT);
        kiosk = new KioskLink(url, c, Rooms.engine(), Rooms.PROGRAMME, SystemClock.INSTANCE, null, null).start();
        room.start();
        Await.until("the kiosk follows over the venue's broker", Rooms.WAIT, () -> Rooms.agrees(hub, kiosk, 50));
        Await.until("the stranger overheard the room's traffic", Rooms.WAIT, () -> overheard.size() > 5);

        List<String> heard = List.copyOf(overheard);
        MqttMessage pause = new MqttMessage(("{\"type\":\"state\",\"body\":{\"programmeId\":\"evening\",\"paused\":true}}")
                .getBytes(StandardCharsets.UTF_8));
        stranger.publish(Topics.inbox(c.deviceId()), pause);
        stranger.publish(Topics.inbox(c.deviceId()), new MqttMessage(overheard.get(0).getBytes(StandardCharsets.ISO_8859_1)));
        room.extend(Duration.ofSeconds(20));
        Await.until("the kiosk follows the real command", Rooms.WAIT, () -> Rooms.agrees(hub, kiosk, 50));
        assertThat(kiosk.engine().snapshot().paused()).isFalse();

        assertThat(heard).isNotEmpty().allSatisfy(m -> assertThat(m).doesNotContain("evening", "programmeId", "paused"));
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress("127.0.0.1", 0));
            return s.getLocalPort();
        }
    }
}
