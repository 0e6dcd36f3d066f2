package app.kindred.net;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hub's list of paired devices: each one's key and a hash of its broker password (the password
 * is random, so a plain SHA-256 is enough). Kept in a file so a restarted hub knows its kiosks.
 * Thread-safe.
 */
public final class DeviceRegistry {
    /** One paired device; {@code number} is its place in pairing order, shown as "Kiosk 3". */
    public record Device(String id, int number, byte[] key, String passwordHash) {
    }

    private final Path file;
    private final Map<String, Device> devices = new LinkedHashMap<>();

    /** @param file where to keep the list, or null to keep it in memory only */
    public DeviceRegistry(Path file) throws IOException {
        this.file = file;
        if (file != null && Files.exists(file)) {
            for (var n : Wire.json().readTree(Files.readAllBytes(file))) {
                Device d = new Device(n.path("id").asText(), n.path("number").asInt(),
                        Base64.getDecoder().decode(n.path("key").asText()), n.path("passwordHash").asText());
                devices.put(d.id(), d);
            }
        }
    }

    /** Pairs a new device and returns its credentials (the only time the password exists in clear). */
    public synchronized DeviceCredentials add() throws IOException {
        String id = HexFormat.of().formatHex(Wire.randomBytes(8));
        byte[] key = Wire.randomBytes(32);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(Wire.randomBytes(24));
        devices.put(id, new Device(id, devices.size() + 1, key, hash(password)));
        save();
        return new DeviceCredentials(id, key, id, password);
    }

    public synchronized Device get(String id) {
        return id == null ? null : devices.get(id);
    }

    public synchronized List<Device> all() {
        return new ArrayList<>(devices.values());
    }

    /** Whether this broker login belongs to a paired device. */
    public synchronized boolean checkPassword(String id, byte[] password) {
        Device d = get(id);
        return d != null && password != null
                && MessageDigest.isEqual(d.passwordHash().getBytes(StandardCharsets.US_ASCII),
                        hash(new String(password, StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII));
    }

    /** Forgets a device: it can neither log in nor read or send anything any more. */
    public synchronized void remove(String id) throws IOException {
        devices.remove(id);
        save();
    }

    private void save() throws IOException {
        if (file == null) {
            return;
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Device d : devices.values()) {
            out.add(Map.of("id", d.id(), "number", d.number(), "key", Base64.getEncoder().encodeToString(d.key()),
                    "passwordHash", d.passwordHash()));
        }
        // The devices' keys: readable by this user only.
        app.kindred.persist.AtomicFiles.write(file, Wire.json().writeValueAsBytes(out), true);
    }

    static String hash(String password) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
