package app.kindred.ui.console;

import app.kindred.persist.SettingsStore;

/**
 * What saved settings change in the running kiosk at once (volume, chimes, speech, single keys,
 * the answer time of "Still there?"), and the settings' "Play a chime". The room console has none.
 */
public interface LiveSettings {
    /** The settings were saved; apply what applies now. On the event thread. */
    void apply(SettingsStore settings);

    /** One chime at this volume (0..100 %), whatever the saved volume. */
    void testChime(int volume);

    /** True when there is no audio device: nothing can play. */
    boolean audioMissing();
}
