package app.kindred.ui.kiosk;

import app.kindred.ui.SpeechService;

/**
 * The kiosk's built-in accessibility choices (settings; see {@code SettingsStore}).
 *
 * @param singleKeyShortcuts P, N, T, B and + on the exercise screen (never while typing)
 * @param speech             the speech mode's voice, or null when it is off (the default)
 */
public record KioskAccess(boolean singleKeyShortcuts, SpeechService speech) {
    public static KioskAccess defaults() {
        return new KioskAccess(true, null);
    }
}
