package app.kindred.ui.lock;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A facilitator PIN as it is stored: a salted PBKDF2-HMAC-SHA256 hash, never the PIN itself.
 * The iteration count is stored with the hash so it can be raised later without locking anyone out.
 */
public record PinHash(byte[] hash, byte[] salt, int iterations) {
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256 is 600k; 210k keeps one check near 0.2 s on a 2-core kiosk. */
    public static final int DEFAULT_ITERATIONS = 210_000;
    /** Refuse to trust a stored hash weaker than this (a hand-edited settings file). */
    public static final int MIN_ITERATIONS = 100_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    public PinHash {
        hash = hash.clone();
        salt = salt.clone();
    }

    /** Hashes a new PIN with a fresh random salt. */
    public static PinHash create(char[] pin) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new PinHash(derive(pin, salt, DEFAULT_ITERATIONS), salt, DEFAULT_ITERATIONS);
    }

    /** Whether {@code pin} is the PIN this hash was made from; the comparison takes constant time. */
    public boolean matches(char[] pin) {
        return MessageDigest.isEqual(hash, derive(pin, salt, iterations));
    }

    @Override
    public byte[] hash() {
        return hash.clone();
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    public String hashText() {
        return Base64.getEncoder().encodeToString(hash);
    }

    public String saltText() {
        return Base64.getEncoder().encodeToString(salt);
    }

    /** Reads the stored form back; throws IllegalArgumentException when it is damaged or too weak. */
    public static PinHash parse(String hashText, String saltText, String iterationsText) {
        int iterations = Integer.parseInt(iterationsText.strip());
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("PIN hash iterations below " + MIN_ITERATIONS);
        }
        byte[] hash = Base64.getDecoder().decode(hashText.strip());
        byte[] salt = Base64.getDecoder().decode(saltText.strip());
        if (hash.length != HASH_BITS / 8 || salt.length < 8) {
            throw new IllegalArgumentException("PIN hash has the wrong length");
        }
        return new PinHash(hash, salt, iterations);
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            // Every Java 17 runtime ships this algorithm; if it is missing the JDK is broken.
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PinHash p && iterations == p.iterations
                && Arrays.equals(hash, p.hash) && Arrays.equals(salt, p.salt);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(hash) + Arrays.hashCode(salt) + iterations;
    }

    @Override
    public String toString() {
        return "PinHash[PBKDF2WithHmacSHA256, " + iterations + " iterations]";
    }
}
