package app.kindred.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kindred.net.DeviceRegistry;
import app.kindred.net.HubBroker;
import app.kindred.session.SystemClock;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk's join step without a screen: what it accepts as a hub address, and the plain reason
 * it gives when joining fails (loopback only: a closed port, a broker with no hub behind it).
 */
class RoomFollowTest {
    @TempDir
    Path home;

    @Test
    void anAddressIsAHostAndAPortTypedOrTakenFromTheConsolesQrLink() throws Exception {
        assertThat(RoomFollow.address("192.168.1.20", "")).isEqualTo("tcp://192.168.1.20:1883");
        assertThat(RoomFollow.address(" Kindred-Laptop ", "1884")).isEqualTo("tcp://kindred-laptop:1884");
        assertThat(RoomFollow.address("10.0.0.2:18830", "1883")).isEqualTo("tcp://10.0.0.2:18830");
        assertThat(RoomFollow.address("tcp://10.0.0.2:18830", null)).isEqualTo("tcp://10.0.0.2:18830");
        String qr = "kindred://join?hub=tcp%3A%2F%2F10.0.0.2%3A18830&code=042917";
        assertThat(RoomFollow.address(qr, "1883")).isEqualTo("tcp://10.0.0.2:18830");
        assertThat(RoomFollow.codeIn(qr)).isEqualTo("042917");
        assertThat(RoomFollow.codeIn("10.0.0.2")).isNull();
        for (String bad : new String[] {"", "a b", "host/path", "10.0.0.2:port", "kindred://join?code=1"}) {
            assertThatThrownBy(() -> RoomFollow.address(bad, "1883")).as(bad).isInstanceOf(RoomFollow.JoinFailed.class)
                    .extracting(e -> ((RoomFollow.JoinFailed) e).problem()).isEqualTo(RoomFollow.Problem.BAD_ADDRESS);
        }
        assertThatThrownBy(() -> RoomFollow.address("10.0.0.2", "70000")).isInstanceOf(RoomFollow.JoinFailed.class);
    }

    @Test
    void joiningSaysWhetherTheCodeWasMalformedNoBrokerWasThereOrNoHubAnswered() throws Exception {
        RoomFollow follow = new RoomFollow(home, SystemClock.INSTANCE, Duration.ofSeconds(2));
        assertThat(problem(follow, "tcp://127.0.0.1:1883", "12345")).isEqualTo(RoomFollow.Problem.BAD_CODE);
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        assertThat(problem(follow, "tcp://127.0.0.1:" + closed, "123456")).isEqualTo(RoomFollow.Problem.UNREACHABLE);
        HubBroker broker = HubBroker.start(new DeviceRegistry(home.resolve("devices.json")), "127.0.0.1", 0);
        try {
            // A broker answers, but no hub listens behind it (a console without a session, say).
            assertThat(problem(follow, broker.url(), "123456")).isEqualTo(RoomFollow.Problem.TIMEOUT);
        } finally {
            broker.close();
        }
        assertThat(follow.joined()).isFalse();
        assertThat(home.resolve("hub-device.json")).doesNotExist();
    }

    private static RoomFollow.Problem problem(RoomFollow follow, String url, String code) {
        try {
            follow.join(url, code);
            return null;
        } catch (RoomFollow.JoinFailed e) {
            return e.problem();
        }
    }
}
