package app.kindred.ui.lock;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Settings held in a map, for tests that do not need a file. */
final class MapPinSettings implements PinSettings {
    final Map<String, String> values = new HashMap<>();

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @Override
    public void putAll(Map<String, String> entries) {
        entries.forEach((k, v) -> {
            if (v == null) {
                values.remove(k);
            } else {
                values.put(k, v);
            }
        });
    }
}
