package app.kindred.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The chimes' volume scales the samples: 0 is silence, 100 the synthesised level, half is quieter. */
class ChimesVolumeTest {
    private static int peak(byte[] pcm) {
        int max = 0;
        for (int i = 0; i + 1 < pcm.length; i += 2) {
            max = Math.max(max, Math.abs((short) ((pcm[i] & 0xff) | (pcm[i + 1] << 8))));
        }
        return max;
    }

    @Test
    void volumeScalesTheChime() {
        byte[] full = Chimes.synthesise(Chimes.Cue.WARNING);
        assertThat(peak(Chimes.scaled(full, 100))).isEqualTo(peak(full));
        assertThat(peak(Chimes.scaled(full, 0))).isZero();
        assertThat(peak(Chimes.scaled(full, 50))).isBetween(peak(full) / 5, peak(full) / 3);
    }
}
