package app.kindred.net;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Every message on the wire: a typed envelope in JSON, sealed with AES-256-GCM under the key of the
 * one device it is for or from. The topic is authenticated too (GCM's associated data), so a message
 * cannot be moved to another device's topic. Whoever lacks the key reads nothing and can forge
 * nothing: a broker that lets anybody in (a venue's own) still carries only noise to them.
 */
final class Wire {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE = 12;

    /** The message types and the records they carry. */
    static final Map<String, Class<?>> TYPES = Map.of(
            "state", RoomState.class,
            "status", KioskStatus.class,
            "time", TimeProbe.class);

    private Wire() {
    }

    /** An opened message: who sent it in which run ({@code epoch}), its number in that run, and its record. */
    record Envelope(String type, long epoch, long seq, Object body) {
    }

    static byte[] seal(byte[] key, String topic, String type, long epoch, long seq, Object body) {
        try {
            byte[] plain = JSON.writeValueAsBytes(Map.of("type", type, "epoch", epoch, "seq", seq, "body", body));
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
            c.updateAAD(topic.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = c.doFinal(plain);
            return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot seal a message", e);
        }
    }

    /** Opens a message, or throws if it was not sealed with this key for this topic, or is malformed. */
    static Envelope open(byte[] key, String topic, byte[] payload) throws GeneralSecurityException {
        if (payload.length < NONCE + 16) {
            throw new GeneralSecurityException("too short");
        }
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, payload, 0, NONCE));
        c.updateAAD(topic.getBytes(StandardCharsets.UTF_8));
        byte[] plain = c.doFinal(payload, NONCE, payload.length - NONCE);
        try {
            JsonNode n = JSON.readTree(plain);
            String type = n.path("type").asText();
            Class<?> kind = TYPES.get(type);
            if (kind == null) {
                throw new GeneralSecurityException("unknown message type");
            }
            return new Envelope(type, n.path("epoch").asLong(), n.path("seq").asLong(), JSON.treeToValue(n.get("body"), kind));
        } catch (IOException | IllegalArgumentException e) {
            throw new GeneralSecurityException("malformed message", e);
        }
    }

    static ObjectMapper json() {
        return JSON;
    }

    static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    static long randomLong() {
        return RANDOM.nextLong();
    }
}
