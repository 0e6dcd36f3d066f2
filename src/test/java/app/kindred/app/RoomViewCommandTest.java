package app.kindred.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.net.DeviceRegistry;
import app.kindred.net.Hub;
import app.kindred.net.PairingDesk;
import app.kindred.session.Fixtures;
import app.kindred.session.Mode;
import app.kindred.session.SessionEngine;
import app.kindred.session.SessionSettings;
import app.kindred.session.SystemClock;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code kindred room-view}'s one-line errors (needs a display, as under xvfb-run; loopback only):
 * not paired and no --code, a wrong code, no hub at the address. Nothing is saved after a failure.
 */
class RoomViewCommandTest extends CommandLineTest {
    @TempDir
    Path home;

    @BeforeEach
    void useTempHome() {
        System.setProperty("kindred.home", home.toString());
    }

    @AfterEach
    void restore() {
        System.clearProperty("kindred.home");
    }

    private int run(String... args) {
        CommandLine cmd = new CommandLine(new Main());
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    /** What the command printed (the embedded broker's own log lines, when a test runs one, left out). */
    private String errors() {
        return err.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("kindred"))
                .map(l -> l + System.lineSeparator()).reduce("", String::concat);
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void anUnpairedRoomViewIsToldToAddTheCode() throws Exception {
        assertThat(run("room-view", "--hub", "127.0.0.1:" + freePort())).isEqualTo(2);
        assertThat(errors()).isEqualTo("kindred room-view --hub: this room view is not paired with that hub yet. "
                + "Add --code with the pairing code the console shows." + System.lineSeparator());
    }

    @Test
    void noHubAtTheAddressIsSaidPlainly() throws Exception {
        assertThat(run("room-view", "--hub", "127.0.0.1:" + freePort(), "--code", "123456")).isEqualTo(2);
        assertThat(errors()).startsWith("kindred room-view --hub: No hub could be reached at that address.");
        assertThat(errors().lines()).hasSize(1);
    }

    @Test
    void aWrongCodeIsSaidPlainlyAndNothingIsSaved() throws Exception {
        SessionEngine room = new SessionEngine(Fixtures.evening(), Fixtures.library(), null,
                SessionSettings.defaults().withMode(Mode.ROOM), SystemClock.INSTANCE);
        DeviceRegistry registry = new DeviceRegistry(null);
        try (Hub hub = Hub.embedded(room, "evening", registry, new PairingDesk(registry, null), SystemClock.INSTANCE,
                "127.0.0.1", 0)) {
            String wrong = hub.pairing().code().equals("000000") ? "000001" : "000000";
            assertThat(run("room-view", "--hub", hub.url(), "--code", wrong)).isEqualTo(2);
        }
        assertThat(errors()).startsWith("kindred room-view --hub: Wrong pairing code.");
        assertThat(errors().lines()).hasSize(1);
        assertThat(home.resolve("room-view-device.json")).doesNotExist();
    }
}
