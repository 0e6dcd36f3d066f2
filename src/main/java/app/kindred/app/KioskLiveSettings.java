package app.kindred.app;

import app.kindred.persist.SettingsStore;
import app.kindred.ui.SpdSay;
import app.kindred.ui.SpeechService;
import app.kindred.ui.console.LiveSettings;
import app.kindred.ui.kiosk.KioskApp;

/**
 * The running kiosk behind the facilitator's settings: saving applies sound, speech, single keys
 * and the idle times at once; "Play a chime" plays through the kiosk's chimes. {@code --mute}
 * keeps chimes and speech off whatever is saved.
 */
final class KioskLiveSettings implements LiveSettings {
    private final KioskApp app;
    private final boolean mute;
    /** A voice at a volume (0..100): spd-say in the kiosk, a fake in tests. */
    private final java.util.function.IntFunction<SpeechService> voices;
    private SpeechService voice;
    private int voiceVolume;

    /** @param voice the voice the kiosk started with (null: speech off), at {@code voiceVolume} */
    KioskLiveSettings(KioskApp app, boolean mute, SpeechService voice, int voiceVolume) {
        this(app, mute, voice, voiceVolume, SpdSay::new);
    }

    KioskLiveSettings(KioskApp app, boolean mute, SpeechService voice, int voiceVolume,
            java.util.function.IntFunction<SpeechService> voices) {
        this.app = app;
        this.voices = voices;
        this.mute = mute;
        this.voice = voice;
        this.voiceVolume = voiceVolume;
    }

    @Override
    public void apply(SettingsStore settings) {
        SpeechService speech = null;
        if (settings.get(SettingsStore.SPEECH) && !mute) {
            int v = settings.get(SettingsStore.SPEECH_VOLUME);
            if (voice == null || v != voiceVolume) {
                voice = voices.apply(v);
                voiceVolume = v;
            }
            speech = voice;
        }
        app.applySettings(!mute && settings.get(SettingsStore.SOUND), settings.get(SettingsStore.VOLUME), speech,
                settings.get(SettingsStore.SINGLE_KEY_SHORTCUTS), settings.get(SettingsStore.IDLE_TIMEOUT),
                settings.get(SettingsStore.IDLE_ANSWER));
    }

    @Override
    public void testChime(int volume) {
        app.chimes().tryOut(volume);
    }

    @Override
    public boolean audioMissing() {
        return app.chimes().unavailable();
    }
}
