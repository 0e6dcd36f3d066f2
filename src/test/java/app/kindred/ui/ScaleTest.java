package app.kindred.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.util.UIScale;
import javax.swing.JButton;
import javax.swing.AbstractAction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The UI scale setting (100-300 %) enlarges everything, touch targets included; "auto" picks it from
 * the screen's size.
 */
class ScaleTest extends GuiTest {

    @AfterEach
    void backTo100() {
        onEdt(() -> Theme.LIGHT.install(100));
    }

    private static int startButtonHeight() {
        JButton b = Widgets.button("b", "primary", new AbstractAction("Start") {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
            }
        });
        return b.getPreferredSize().height;
    }

    @Test
    void twoHundredPercentDoublesTheControls() {
        int at100 = onEdt(ScaleTest::startButtonHeight);
        int at200 = onEdt(() -> {
            Theme.LIGHT.install(200);
            return startButtonHeight();
        });
        assertThat(onEdt(UIScale::getUserScaleFactor)).isEqualTo(2f);
        assertThat(at100).isGreaterThanOrEqualTo(48);
        assertThat(at200).isBetween((int) (at100 * 1.8), (int) (at100 * 2.2));
    }

    @Test
    void theScaleIsKeptBetween100And300Percent() {
        assertThat(Theme.clampScale(50)).isEqualTo(100);
        assertThat(Theme.clampScale(450)).isEqualTo(300);
        onEdt(() -> Theme.DARK.install(450));
        assertThat(onEdt(UIScale::getUserScaleFactor)).isEqualTo(3f);
    }

    @Test
    void theAutoScaleFitsTheScreenInStepsOf25Percent() {
        assertThat(Theme.fitScale(new java.awt.Dimension(1280, 800))).isEqualTo(100);
        assertThat(Theme.fitScale(new java.awt.Dimension(1366, 768))).isEqualTo(100);
        assertThat(Theme.fitScale(new java.awt.Dimension(1024, 768))).isEqualTo(100);
        assertThat(Theme.fitScale(new java.awt.Dimension(1920, 1080))).isEqualTo(125);
        assertThat(Theme.fitScale(new java.awt.Dimension(1920, 1200))).isEqualTo(150);
        assertThat(Theme.fitScale(new java.awt.Dimension(2560, 1440))).isEqualTo(175);
        assertThat(Theme.fitScale(new java.awt.Dimension(3840, 2160))).isEqualTo(250);
        assertThat(Theme.fitScale(new java.awt.Dimension(7680, 4320))).isEqualTo(300);
    }

    @Test
    void theScaleFactorIsWrittenWithTwoDecimals() {
        assertThat(Theme.scaleFactor(100)).isEqualTo("1.00");
        assertThat(Theme.scaleFactor(105)).isEqualTo("1.05");
        assertThat(Theme.scaleFactor(125)).isEqualTo("1.25");
        assertThat(Theme.scaleFactor(300)).isEqualTo("3.00");
    }
}
