package app.kindred.net;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The cryptography of pairing with the short code shown on the console. The kiosk sends a fresh
 * X25519 public key with a MAC keyed by the code; the hub checks the MAC, answers with its own fresh
 * public key and the device's credentials sealed under a key made from both the code and the
 * Diffie-Hellman secret. Someone who only listens learns neither the credentials nor (without
 * guessing) the code; someone who does not know the code gets nothing. docs/NETWORK.md says what this
 * does not protect against.
 */
public final class Pairing {
    /** The pairing request a kiosk publishes (JSON, on {@link Topics#pairRequest}). */
    public record Request(String kioskKey, String mac) {
    }

    /** The hub's answer: empty fields when the code was wrong. */
    public record Reply(boolean accepted, String hubKey, String sealed) {
    }

    private static final byte[] SALT = "kindred-pairing-v1".getBytes(StandardCharsets.US_ASCII);

    private Pairing() {
    }

    static KeyPair newKeyPair() throws GeneralSecurityException {
        return KeyPairGenerator.getInstance("X25519").generateKeyPair();
    }

    static String encode(PublicKey k) {
        return Base64.getEncoder().encodeToString(k.getEncoded());
    }

    static PublicKey decode(String s) throws GeneralSecurityException {
        try {
            return KeyFactory.getInstance("X25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(s)));
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("not a key", e);
        }
    }

    /** A slow hash of the code, so each guess at a captured request costs something. */
    static byte[] codeKey(String code) throws GeneralSecurityException {
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(code.toCharArray(), SALT, 20_000, 256)).getEncoded();
    }

    static byte[] hmac(byte[] key, byte[]... parts) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        for (byte[] p : parts) {
            mac.update(p);
        }
        return mac.doFinal();
    }

    static byte[] requestMac(byte[] codeKey, String kioskKey) throws GeneralSecurityException {
        return hmac(codeKey, "request".getBytes(StandardCharsets.US_ASCII), kioskKey.getBytes(StandardCharsets.US_ASCII));
    }

    static byte[] sessionKey(byte[] codeKey, PrivateKey mine, PublicKey theirs, String kioskKey, String hubKey)
            throws GeneralSecurityException {
        KeyAgreement ka = KeyAgreement.getInstance("X25519");
        ka.init(mine);
        ka.doPhase(theirs, true);
        return hmac(codeKey, ka.generateSecret(), kioskKey.getBytes(StandardCharsets.US_ASCII),
                hubKey.getBytes(StandardCharsets.US_ASCII));
    }

    static String seal(byte[] key, byte[] plain) throws GeneralSecurityException {
        byte[] nonce = Wire.randomBytes(12);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
        byte[] ct = c.doFinal(plain);
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + ct.length).put(nonce).put(ct).array());
    }

    static byte[] open(byte[] key, String sealed) throws GeneralSecurityException {
        byte[] all;
        try {
            all = Base64.getDecoder().decode(sealed);
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("not sealed", e);
        }
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, all, 0, 12));
        return c.doFinal(all, 12, all.length - 12);
    }
}
