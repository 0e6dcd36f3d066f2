package app.kindred.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * Soft chimes synthesised on the fly (no sound files): a single bell for the warning, a falling
 * pair for the end of a step, a rising pair for "switch roles". Played on a daemon thread so the
 * screen never waits. No audio device is a logged warning, once; the kiosk carries on in silence.
 */
public final class Chimes {
    public enum Cue { WARNING, END, SWITCH }

    /** Not a static field: java.util.logging starts off the start-up path (see app.Logging). */
    private static Logger log() {
        return Logger.getLogger(Chimes.class.getName());
    }
    private static final float RATE = 44_100f;

    private final ExecutorService player = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kindred-chimes");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean muted;
    private volatile boolean unavailable;
    private volatile Cue lastCue;
    /** Loudness, 0..100 per cent of the synthesised level. */
    private volatile int volume = 80;
    private volatile int lastTryOutVolume = -1;

    public Chimes(boolean muted) {
        this.muted = muted;
    }

    public void setMuted(boolean muted) {
        this.muted = muted;
    }

    public boolean muted() {
        return muted;
    }

    /** True after the first attempt (or {@link #probe()}) found no audio device. */
    public boolean unavailable() {
        return unavailable;
    }

    /** Loudness in per cent (0 is silent; the {@code volume} setting). */
    public void setVolume(int percent) {
        volume = Math.max(0, Math.min(100, percent));
    }

    public int volume() {
        return volume;
    }

    /**
     * Asks the sound system, off the event thread, whether a line for the chimes exists, so a
     * missing device is known (and shown to the facilitator) before the first chime is due.
     */
    public void probe() {
        player.execute(() -> {
            AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
            boolean ok;
            try {
                ok = AudioSystem.isLineSupported(new javax.sound.sampled.DataLine.Info(SourceDataLine.class, format))
                        && AudioSystem.getMixerInfo().length > 0;
            } catch (RuntimeException e) {
                ok = false;
            }
            if (!ok) {
                noDevice("no line for 16-bit mono PCM");
            }
        });
    }

    private void noDevice(String why) {
        if (!unavailable) {
            unavailable = true;
            log().log(Level.WARNING, "No audio device, chimes are off: {0}", why);
        }
    }

    /** The last cue asked for, muted or not (tests check cues without a sound card). */
    public Cue lastCue() {
        return lastCue;
    }

    public void play(Cue cue) {
        lastCue = cue;
        if (muted || unavailable) {
            return;
        }
        player.execute(() -> sound(cue));
    }

    /** The samples of a cue: 16-bit mono PCM, little-endian. */
    static byte[] synthesise(Cue cue) {
        return switch (cue) {
            case WARNING -> tones(new double[] {659.25}, 0.9, 0.18);
            case END -> tones(new double[] {783.99, 523.25}, 0.8, 0.22);
            case SWITCH -> tones(new double[] {523.25, 659.25, 783.99}, 0.55, 0.2);
        };
    }

    /**
     * The samples at {@code percent} loudness, on a perceptual curve (the square: half the slider is
     * about a quarter of the amplitude, which sounds about half as loud).
     */
    static byte[] scaled(byte[] pcm, int percent) {
        double gain = Math.pow(percent / 100.0, 2);
        byte[] out = new byte[pcm.length];
        for (int i = 0; i + 1 < pcm.length; i += 2) {
            int v = (short) ((pcm[i] & 0xff) | (pcm[i + 1] << 8));
            int w = (int) Math.round(v * gain);
            out[i] = (byte) w;
            out[i + 1] = (byte) (w >> 8);
        }
        return out;
    }

    /** Bell-like notes one after another: a sine with a soft overtone, quick attack, long decay. */
    private static byte[] tones(double[] freqs, double noteSeconds, double volume) {
        int perNote = (int) (RATE * noteSeconds);
        int overlap = perNote / 3;
        int total = perNote + (freqs.length - 1) * (perNote - overlap);
        double[] mix = new double[total];
        for (int n = 0; n < freqs.length; n++) {
            int start = n * (perNote - overlap);
            for (int i = 0; i < perNote; i++) {
                double t = i / RATE;
                double attack = Math.min(1, t / 0.012);
                double env = attack * Math.exp(-t * 4.2);
                double s = Math.sin(2 * Math.PI * freqs[n] * t) + 0.25 * Math.sin(2 * Math.PI * freqs[n] * 2.01 * t);
                mix[start + i] += s * env * volume;
            }
        }
        byte[] out = new byte[total * 2];
        for (int i = 0; i < total; i++) {
            int v = (int) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, mix[i] * Short.MAX_VALUE));
            out[2 * i] = (byte) v;
            out[2 * i + 1] = (byte) (v >> 8);
        }
        return out;
    }

    /**
     * The settings' "Play a chime": the warning chime at this volume, even while the chimes are
     * off (the facilitator is choosing whether to turn them on).
     */
    public void tryOut(int percent) {
        lastCue = Cue.WARNING;
        lastTryOutVolume = Math.max(0, Math.min(100, percent));
        if (!unavailable) {
            int v = lastTryOutVolume;
            player.execute(() -> sound(Cue.WARNING, v));
        }
    }

    /** The volume of the last {@link #tryOut} (tests; -1 before any). */
    public int lastTryOutVolume() {
        return lastTryOutVolume;
    }

    private void sound(Cue cue) {
        sound(cue, volume);
    }

    private void sound(Cue cue, int percent) {
        AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
        byte[] pcm = scaled(synthesise(cue), percent);
        try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
            line.open(format);
            line.start();
            line.write(pcm, 0, pcm.length);
            line.drain();
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            noDevice(e.getMessage());
        }
    }
}
