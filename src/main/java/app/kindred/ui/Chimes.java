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

    public Chimes(boolean muted) {
        this.muted = muted;
    }

    public void setMuted(boolean muted) {
        this.muted = muted;
    }

    public boolean muted() {
        return muted;
    }

    /** True after the first attempt found no audio device. */
    public boolean unavailable() {
        return unavailable;
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

    private void sound(Cue cue) {
        AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
        byte[] pcm = synthesise(cue);
        try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
            line.open(format);
            line.start();
            line.write(pcm, 0, pcm.length);
            line.drain();
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            unavailable = true;
            log().log(Level.WARNING, "No audio device, chimes are off: {0}", e.getMessage());
        }
    }
}
