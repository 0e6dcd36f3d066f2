package app.kindred.persist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The facilitator PIN, kept apart from the settings in its own owner-only file ({@code pin} in the
 * data folder) as a salted PBKDF2-HMAC-SHA256 hash, compared in constant time. It never fails open:
 * no file, or a file that cannot be read, means the console stays locked until someone at the
 * machine runs {@code kindred set-pin}; a settings file that is lost or broken does not touch it.
 * The run of wrong guesses and the lockout they earned live in {@code pin-lockout}, so a restart does
 * not reset them. Every check reads the files again: a PIN set at the machine takes effect in a
 * running kiosk.
 */
public final class PinStore {
    public static final int MIN_LENGTH = 6;
    public static final int MAX_LENGTH = 12;
    private static final int ROUNDS = 120_000;
    private static final String SCHEME = "pbkdf2-sha256";
    private static final Logger LOG = Logger.getLogger(PinStore.class.getName());

    /** Whether the console can be opened at all. */
    public enum State {
        SET,
        /** No PIN on this machine yet: {@code kindred set-pin} sets one. */
        NOT_SET,
        /** The PIN file exists but cannot be read: the console stays locked; a technician looks. */
        UNREADABLE
    }

    /** Why a PIN cannot be chosen; {@link #problem} gives null for a good one. */
    public enum Problem {
        LENGTH, NOT_DIGITS, TRIVIAL
    }

    /** Wrong guesses in a row, the lockouts they have earned so far, and until when the current one lasts. */
    public record Lockout(int failures, int level, Instant until) {
        public static final Lockout NONE = new Lockout(0, 0, Instant.EPOCH);
    }

    private final Path file;
    private final Path lockoutFile;

    public PinStore(DataFolders folders) {
        this(folders.root().resolve("pin"), folders.root().resolve("pin-lockout"));
        migrateFrom(folders.settingsFile());
    }

    /** The PIN of the data folder these settings belong to (the console gets the settings, not the folders). */
    public static PinStore beside(SettingsStore settings) {
        return new PinStore(new DataFolders(settings.file().toAbsolutePath().getParent()));
    }

    PinStore(Path file, Path lockoutFile) {
        this.file = file;
        this.lockoutFile = lockoutFile;
    }

    public Path file() {
        return file;
    }

    // ------------------------------------------------------------------ the policy

    /**
     * Null when {@code pin} is a good PIN: {@value #MIN_LENGTH}–{@value #MAX_LENGTH} digits, not
     * trivial (fewer than three different digits, a run up or down such as 123456 or 987654, or a
     * short pattern repeated such as 121212 or 123123).
     */
    public static Problem problem(char[] pin) {
        if (pin == null || pin.length < MIN_LENGTH || pin.length > MAX_LENGTH) {
            return Problem.LENGTH;
        }
        for (char c : pin) {
            if (c < '0' || c > '9') {
                return Problem.NOT_DIGITS;
            }
        }
        return trivial(pin) ? Problem.TRIVIAL : null;
    }

    static boolean trivial(char[] pin) {
        if (new String(pin).chars().distinct().count() < 3) {
            return true;
        }
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < pin.length; i++) {
            int step = Math.floorMod(pin[i] - pin[i - 1], 10);
            up &= step == 1;
            down &= step == 9;
        }
        if (up || down) {
            return true;
        }
        for (int period = 1; period <= 3; period++) {
            boolean repeats = true;
            for (int i = period; i < pin.length && repeats; i++) {
                repeats = pin[i] == pin[i - period];
            }
            if (repeats) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ the PIN

    public State state() {
        try {
            return read().isPresent() ? State.SET : State.NOT_SET;
        } catch (IOException | IllegalArgumentException e) {
            return State.UNREADABLE;
        }
    }

    /** Sets a new PIN (written atomically, owner-only) and clears any lockout. */
    public void set(char[] pin) {
        Problem p = problem(pin);
        if (p != null) {
            throw new IllegalArgumentException("not a usable PIN: " + p);
        }
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        String line = SCHEME + ":" + ROUNDS + ":" + HexFormat.of().formatHex(salt) + ":"
                + HexFormat.of().formatHex(hash(pin, salt, ROUNDS)) + "\n";
        try {
            AtomicFiles.write(file, line.getBytes(StandardCharsets.US_ASCII), true);
            saveLockout(Lockout.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException("the PIN could not be saved to " + file, e);
        }
        LOG.info("facilitator PIN set");
    }

    /** True only when a PIN is set and {@code pin} matches it; a missing or unreadable file never matches. */
    public boolean verify(char[] pin) {
        if (pin == null) {
            return false;
        }
        try {
            Optional<String[]> parts = read();
            if (parts.isEmpty()) {
                return false;
            }
            String[] p = parts.get();
            byte[] expected = HexFormat.of().parseHex(p[3]);
            return MessageDigest.isEqual(expected, hash(pin, HexFormat.of().parseHex(p[2]), Integer.parseInt(p[1])));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warning("the PIN file " + file + " cannot be read (" + e.getMessage() + "); the console stays locked");
            return false;
        }
    }

    /** The four fields of the PIN line, none when there is no file; throws when it is unreadable. */
    private Optional<String[]> read() throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        String[] p = text.split(":");
        if (p.length != 4 || !SCHEME.equals(p[0]) || !p[1].matches("\\d{1,7}") || p[3].length() != 64) {
            throw new IllegalArgumentException("not a Kindred PIN file");
        }
        return Optional.of(p);
    }

    private static byte[] hash(char[] pin, byte[] salt, int rounds) {
        try {
            PBEKeySpec spec = new PBEKeySpec(pin, salt, rounds, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17", e);
        }
    }

    /**
     * Before 0.2 the hash lived in settings.properties; it moves to its own file once, and the
     * settings lose it. A PIN of the old, shorter kind still opens the console until it is changed.
     */
    private void migrateFrom(Path settingsFile) {
        if (Files.exists(file) || !Files.exists(settingsFile)) {
            return;
        }
        SettingsStore settings = SettingsStore.load(settingsFile);
        String hashHex = settings.get(SettingsStore.LEGACY_PIN_HASH);
        String saltHex = settings.get(SettingsStore.LEGACY_PIN_SALT);
        if (hashHex.isEmpty() || saltHex.isEmpty()) {
            return;
        }
        try {
            String line = SCHEME + ":" + SettingsStore.LEGACY_PIN_ROUNDS + ":" + saltHex + ":" + hashHex + "\n";
            AtomicFiles.write(file, line.getBytes(StandardCharsets.US_ASCII), true);
            settings.set(SettingsStore.LEGACY_PIN_HASH, "");
            settings.set(SettingsStore.LEGACY_PIN_SALT, "");
            settings.save();
            LOG.info("the facilitator PIN moved from the settings to " + file);
        } catch (IOException e) {
            LOG.warning("the facilitator PIN could not be moved to " + file + ": " + e.getMessage());
        }
    }

    // ------------------------------------------------------------------ the lockout

    /** The lockout as last saved; none when the file is missing or damaged. */
    public Lockout lockout() {
        try {
            String[] p = Files.readString(lockoutFile, StandardCharsets.US_ASCII).strip().split(" ");
            return new Lockout(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Instant.ofEpochMilli(Long.parseLong(p[2])));
        } catch (NoSuchFileException e) {
            return Lockout.NONE;
        } catch (IOException | RuntimeException e) {
            // Damaged: the strictest reading, a lockout at the highest level is not ours to invent;
            // count it as one earned lockout so the next one is longer.
            LOG.warning("the PIN lockout file " + lockoutFile + " cannot be read; counting one lockout");
            return new Lockout(0, 1, Instant.EPOCH);
        }
    }

    public void saveLockout(Lockout l) throws IOException {
        String line = l.failures() + " " + l.level() + " " + l.until().toEpochMilli() + "\n";
        AtomicFiles.write(lockoutFile, line.getBytes(StandardCharsets.US_ASCII), true);
    }
}
