package app.kindred.ui.lock;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The facilitator PIN in the settings: set on first run, checked when the console opens, removed by
 * {@code kindred reset-pin}. Only the salted hash, the salt and the iteration count are stored.
 * The settings are read on every check, so a reset at the machine takes effect without a restart.
 */
public final class PinStore {
    public static final String HASH_KEY = "console.pin.hash";
    public static final String SALT_KEY = "console.pin.salt";
    public static final String ITERATIONS_KEY = "console.pin.iterations";
    public static final int MIN_LENGTH = 4;
    public static final int MAX_LENGTH = 8;
    private static final Logger LOG = Logger.getLogger(PinStore.class.getName());

    private final PinSettings settings;

    public PinStore(PinSettings settings) {
        this.settings = settings;
    }

    /** A PIN is 4 to 8 digits: easy on a touch keypad, and the lockout makes guessing slow. */
    public static boolean isAcceptable(char[] pin) {
        if (pin == null || pin.length < MIN_LENGTH || pin.length > MAX_LENGTH) {
            return false;
        }
        for (char c : pin) {
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    public boolean isSet() {
        return stored().isPresent();
    }

    public void set(char[] pin) {
        if (!isAcceptable(pin)) {
            throw new IllegalArgumentException("A PIN is " + MIN_LENGTH + " to " + MAX_LENGTH + " digits");
        }
        PinHash hash = PinHash.create(pin);
        settings.putAll(Map.of(
                HASH_KEY, hash.hashText(),
                SALT_KEY, hash.saltText(),
                ITERATIONS_KEY, Integer.toString(hash.iterations())));
        LOG.info("facilitator PIN set");
    }

    /** True only when a PIN is set and {@code pin} matches it. */
    public boolean verify(char[] pin) {
        return stored().map(h -> h.matches(pin)).orElse(false);
    }

    public void clear() {
        Map<String, String> removal = new HashMap<>();
        removal.put(HASH_KEY, null);
        removal.put(SALT_KEY, null);
        removal.put(ITERATIONS_KEY, null);
        settings.putAll(removal);
        LOG.info("facilitator PIN removed");
    }

    /** The stored hash, or empty when none is set or the stored one is damaged (logged). */
    public Optional<PinHash> stored() {
        Optional<String> hash = settings.get(HASH_KEY);
        Optional<String> salt = settings.get(SALT_KEY);
        Optional<String> iterations = settings.get(ITERATIONS_KEY);
        if (hash.isEmpty() || salt.isEmpty() || iterations.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PinHash.parse(hash.get(), salt.get(), iterations.get()));
        } catch (IllegalArgumentException e) {
            // A hand-edited or damaged entry: the console asks for a new PIN, as on first run.
            LOG.log(Level.WARNING, "stored facilitator PIN is unreadable; treating it as not set: " + e.getMessage());
            return Optional.empty();
        }
    }
}
