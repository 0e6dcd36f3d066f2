package app.kindred.ui.lock;

import app.kindred.persist.SettingKey;
import app.kindred.persist.SettingsStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.logging.Logger;

/**
 * The facilitator PIN: set on first run, checked when the console opens, removed by
 * {@code kindred reset-pin}. Stored by the {@link SettingsStore} as a salted PBKDF2-HMAC-SHA256 hash
 * (never the PIN), compared in constant time. Before every check the PIN lines are read again from
 * the settings file, so a reset run at the machine takes effect in a running kiosk.
 */
public final class PinStore {
    public static final int MIN_LENGTH = 4;
    public static final int MAX_LENGTH = 8;
    private static final Logger LOG = Logger.getLogger(PinStore.class.getName());

    private final SettingsStore settings;

    public PinStore(SettingsStore settings) {
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
        reread();
        return settings.hasPin();
    }

    /** Sets a new PIN and saves the settings file at once. */
    public void set(char[] pin) {
        if (!isAcceptable(pin)) {
            throw new IllegalArgumentException("A PIN is " + MIN_LENGTH + " to " + MAX_LENGTH + " digits");
        }
        settings.setPin(new String(pin));
        save();
        LOG.info("facilitator PIN set");
    }

    /** True only when a PIN is set and {@code pin} matches it. */
    public boolean verify(char[] pin) {
        reread();
        if (!settings.hasPin() || pin == null) {
            return false;
        }
        String text = new String(pin);
        return settings.checkPin(text);
    }

    /** Removes the PIN; the console then asks for a new one as on first run. */
    public void clear() {
        settings.setPin(null);
        save();
        LOG.info("facilitator PIN removed");
    }

    private void save() {
        try {
            settings.save();
        } catch (IOException e) {
            throw new UncheckedIOException("The settings file could not be written: " + settings.file(), e);
        }
    }

    /** Takes the PIN lines from the file when someone changed them there (kindred reset-pin). */
    private void reread() {
        SettingsStore onDisk = SettingsStore.load(settings.file());
        for (SettingKey<String> key : Arrays.asList(SettingsStore.PIN_HASH, SettingsStore.PIN_SALT)) {
            String disk = onDisk.get(key);
            if (!disk.equals(settings.get(key))) {
                settings.set(key, disk);
            }
        }
    }
}
