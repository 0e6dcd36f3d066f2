package app.kindred.handout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TableWidthsTest {
    private static float sum(float[] w) {
        float s = 0;
        for (float x : w) {
            s += x;
        }
        return s;
    }

    @Test
    void narrowTablesFillTheMeasureAndShortColumnsKeepTheirSize() {
        float[] w = TableComposer.widths(new float[] {120, 20}, new float[] {60, 20}, 480, 10);
        assertThat(sum(w)).isCloseTo(480f, org.assertj.core.data.Offset.offset(0.01f));
        assertThat(w[1]).isEqualTo(56f);
    }

    @Test
    void tooWideTablesShareTheMeasureAndNoColumnGetsLessThanItsFloor() {
        float[] w = TableComposer.widths(new float[] {30, 180, 8, 8, 230, 40}, new float[] {30, 140, 8, 8, 40, 40}, 479, 10);
        assertThat(sum(w)).isCloseTo(479f, org.assertj.core.data.Offset.offset(0.01f));
        for (float x : w) {
            assertThat(x).isGreaterThanOrEqualTo(56f - 0.01f);
        }
        assertThat(w[4]).isGreaterThan(w[1]).isGreaterThan(w[0]);
    }

    @Test
    void manyColumnsSplitEvenly() {
        float[] natural = new float[12];
        java.util.Arrays.fill(natural, 100);
        float[] w = TableComposer.widths(natural, natural, 479, 10);
        assertThat(sum(w)).isCloseTo(479f, org.assertj.core.data.Offset.offset(0.01f));
        for (float x : w) {
            assertThat(x).isCloseTo(479f / 12, org.assertj.core.data.Offset.offset(0.01f));
        }
    }
}
