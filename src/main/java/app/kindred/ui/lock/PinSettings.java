package app.kindred.ui.lock;

import java.util.Map;
import java.util.Optional;

/**
 * The few settings keys the PIN needs. Kept this small so the PIN logic does not depend on how the
 * settings file is written; the app adapts the real settings store to it.
 */
public interface PinSettings {
    Optional<String> get(String key);

    /** Writes all entries at once; a null value removes the key. */
    void putAll(Map<String, String> entries);
}
