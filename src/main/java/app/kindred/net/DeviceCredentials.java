package app.kindred.net;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

/**
 * What a kiosk receives when it pairs, and keeps in its data folder: its id, its own key for
 * sealing messages ({@link Wire}), and its broker login. Never logged.
 *
 * @param brokerUser     the login for the broker, null where the broker takes anyone (a venue's own)
 * @param brokerPassword null with {@code brokerUser}
 */
public record DeviceCredentials(String deviceId, byte[] key, String brokerUser, String brokerPassword) {
    public DeviceCredentials {
        if (deviceId == null || !Topics.DEVICE_ID.matcher(deviceId).matches() || key == null || key.length != 32) {
            throw new IllegalArgumentException("not device credentials");
        }
        key = key.clone();
    }

    @Override
    public byte[] key() {
        return key.clone();
    }

    @Override
    public String toString() {
        return "DeviceCredentials[" + deviceId + "]";
    }

    byte[] toJson() throws IOException {
        return Wire.json().writeValueAsBytes(Map.of("deviceId", deviceId, "key", Base64.getEncoder().encodeToString(key),
                "brokerUser", brokerUser == null ? "" : brokerUser, "brokerPassword", brokerPassword == null ? "" : brokerPassword));
    }

    static DeviceCredentials fromJson(byte[] json) throws IOException {
        var n = Wire.json().readTree(json);
        String user = n.path("brokerUser").asText("");
        String pw = n.path("brokerPassword").asText("");
        try {
            return new DeviceCredentials(n.path("deviceId").asText(), Base64.getDecoder().decode(n.path("key").asText()),
                    user.isEmpty() ? null : user, pw.isEmpty() ? null : pw);
        } catch (IllegalArgumentException e) {
            throw new IOException("not device credentials", e);
        }
    }

    /** Saves to a file only this user can read (written whole, then moved into place). */
    public void save(Path file) throws IOException {
        app.kindred.persist.AtomicFiles.write(file, toJson(), true);
    }

    /** The saved credentials, or null when there are none (not paired yet). */
    public static DeviceCredentials load(Path file) throws IOException {
        return Files.exists(file) ? fromJson(Files.readAllBytes(file)) : null;
    }
}
