package app.kindred.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A device's pairing keys are written whole, readable by this user only, and read back the same. */
class DeviceCredentialsFileTest {
    @TempDir
    Path home;

    private static byte[] key() {
        byte[] k = new byte[32];
        for (int i = 0; i < k.length; i++) {
            k[i] = (byte) i;
        }
        return k;
    }

    @Test
    void savedKeysAreOwnerOnlyAndReadBack() throws Exception {
        Path file = home.resolve("pairing/hub-device.json");
        DeviceCredentials creds = new DeviceCredentials("kiosk0007", key(), "dev-7", "secret");
        creds.save(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        DeviceCredentials back = DeviceCredentials.load(file);
        assertThat(back.deviceId()).isEqualTo("kiosk0007");
        assertThat(back.key()).containsExactly(key());
        assertThat(back.brokerUser()).isEqualTo("dev-7");
        assertThat(back.brokerPassword()).isEqualTo("secret");
        try (var left = Files.list(file.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("hub-device.json");
        }
    }
}
