package app.kindred.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kindred.session.SessionEngine;
import java.security.GeneralSecurityException;
import java.time.Duration;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Someone on the venue's network without a pairing can neither listen nor send "pause". */
class UnpairedClientTest {
    private Hub hub;
    private KioskLink kiosk;
    private SessionEngine room;
    private MqttClient stranger;

    @BeforeEach
    void room() throws Exception {
        room = Rooms.engine();
        hub = Rooms.hub(room, new DeviceRegistry(null), 0);
        kiosk = Rooms.kiosk(hub, hub.url());
        room.start();
        Await.until("the kiosk follows", Rooms.WAIT, () -> Rooms.agrees(hub, kiosk, 50));
    }

    @AfterEach
    void close() throws MqttException {
        if (stranger != null && stranger.isConnected()) {
            stranger.disconnect();
        }
        kiosk.close();
        hub.close();
    }

    private MqttClient client(String id, String user, String password) throws MqttException {
        MqttClient c = new MqttClient(hub.url(), id, new MemoryPersistence());
        c.setTimeToWait(5000); // every wait bounded: the broker answers a refused QoS 1 publish with nothing
        MqttConnectOptions o = new MqttConnectOptions();
        o.setConnectionTimeout(5);
        if (user != null) {
            o.setUserName(user);
            o.setPassword(password.toCharArray());
        }
        c.connect(o);
        stranger = c;
        return c;
    }

    @Test
    void noLoginAndAGuessedPasswordAreTurnedAway() {
        String device = hub.kiosks().get(0).deviceId();
        assertThatThrownBy(() -> client("anonymous1", null, null)).isInstanceOf(MqttException.class);
        assertThatThrownBy(() -> client(device, device, "guess")).isInstanceOf(MqttException.class);
        assertThatThrownBy(() -> client("someone", HubBroker.HUB_USER, "guess")).isInstanceOf(MqttException.class);
    }

    @Test
    void thePairingLoginCanNeitherListenToAKioskNorSendIt() throws Exception {
        String device = hub.kiosks().get(0).deviceId();
        MqttClient c = client("pair-0123456789abcdef", HubBroker.PAIR_USER, "");
        for (String topic : new String[] {Topics.inbox(device), Topics.outbox(device), "kindred/#", "#"}) {
            int granted = c.subscribeWithResponse(topic).getGrantedQos()[0];
            assertThat(granted).as("subscription to " + topic).isEqualTo(0x80);
        }
        // A forged "pause" (even a well-formed one) to the kiosk's inbox never arrives.
        RoomState pause = new RoomState(Rooms.PROGRAMME, 0, 0, 0, 1_000_000_000L, true, true, false, 0);
        byte[] forged = Wire.seal(new byte[32], Topics.inbox(device), "state", 1, 1, pause);
        MqttMessage m = new MqttMessage(forged);
        m.setQos(0);
        c.publish(Topics.inbox(device), m);
        room.extend(Duration.ofSeconds(30)); // a real command after the forged one
        Await.until("the kiosk follows the real command", Rooms.WAIT, () -> Rooms.agrees(hub, kiosk, 50));
        assertThat(kiosk.engine().snapshot().paused()).isFalse();
    }

    @Test
    void aMessageSealedWithAnotherKeyOrForAnotherTopicIsRefused() {
        byte[] key = Wire.randomBytes(32);
        byte[] msg = Wire.seal(key, Topics.inbox("aaaaaaaa"), "state", 1, 1,
                new RoomState(Rooms.PROGRAMME, 0, 0, 0, 0, true, true, false, 0));
        assertThatThrownBy(() -> Wire.open(Wire.randomBytes(32), Topics.inbox("aaaaaaaa"), msg))
                .isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> Wire.open(key, Topics.inbox("bbbbbbbb"), msg))
                .isInstanceOf(GeneralSecurityException.class);
    }
}
