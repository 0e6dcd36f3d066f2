package app.kindred.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.ui.room.RoomStyles;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import javax.swing.JButton;
import javax.swing.JPanel;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 15, item 7: a grey console button must look clearly inactive in every theme, not merely a
 * shade off. Paints the same button enabled and disabled on the page and measures the pixels:
 * a disabled button has no fill of its own (its inside is the page) and its text stands out from
 * its ground at most half as much as the enabled button's does.
 */
class DisabledButtonTest extends GuiTest {

    record Look(Color page, Color fill, double textContrast) {
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void aDisabledButtonLooksClearlyInactive(Theme theme) {
        Look[] looks = GuiActionRunner.execute(() -> {
            RoomStyles.register();
            theme.install(100);
            return new Look[] {paint(true, "console"), paint(false, "console"), paint(true, "touch"), paint(false, "touch")};
        });
        for (int i = 0; i < looks.length; i += 2) {
            Look on = looks[i];
            Look off = looks[i + 1];
            String what = theme + (i == 0 ? " console" : " touch") + " button: enabled " + on + ", disabled " + off;
            assertThat(contrast(off.fill(), off.page())).as(what + " (disabled fill against the page)").isLessThan(1.05);
            assertThat(on.textContrast() / off.textContrast()).as(what + " (text contrast, enabled over disabled)")
                    .isGreaterThanOrEqualTo(2.0);
            // Still legible: the words say what the button would do once it wakes.
            assertThat(off.textContrast()).as(what + " (disabled text still legible)").isGreaterThanOrEqualTo(2.0);
        }
    }

    /** The page colour, the colour just inside the button's edge, and its strongest text-to-fill contrast. */
    private static Look paint(boolean enabled, String style) {
        JPanel page = new JPanel(null);
        JButton b = Widgets.named(new JButton("Skip"), "probe", style);
        b.setEnabled(enabled);
        Dimension d = b.getPreferredSize();
        page.setSize(d.width + 40, d.height + 40);
        b.setBounds(20, 20, d.width, d.height);
        page.add(b);
        BufferedImage img = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        page.paint(g);
        g.dispose();
        Color pageColour = new Color(img.getRGB(5, 5));
        // Inside the border and the focus ring, left of the centred text.
        int inset = Math.max(12, d.height / 3);
        Color fill = new Color(img.getRGB(20 + inset, 20 + d.height / 2));
        double text = 1;
        for (int y = 20 + d.height / 4; y < 20 + d.height * 3 / 4; y++) {
            for (int x = 20 + d.width / 4; x < 20 + d.width * 3 / 4; x++) {
                text = Math.max(text, contrast(new Color(img.getRGB(x, y)), fill));
            }
        }
        return new Look(pageColour, fill, text);
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int v) {
        double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
