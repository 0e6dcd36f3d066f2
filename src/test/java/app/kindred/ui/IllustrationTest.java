package app.kindred.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.ui.kiosk.GoodbyeScreen;
import app.kindred.ui.kiosk.KioskApp;
import app.kindred.ui.kiosk.KioskHarness;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The welcome and goodbye picture: from the hand-drawn SVG, themed, crisp at every scale, never crowding. */
class IllustrationTest extends GuiTest {
    /** A point of the drawing (in the SVG's 200 x 120 units) inside partner A's bubble only. */
    private static final double[] IN_A = {95, 35};

    @AfterEach
    void backTo100() {
        onEdt(() -> Theme.LIGHT.install(100));
    }

    @Test
    void itIsDrawnFromTheSvgInThePartnersColours() {
        List<String> classes = onEdt(() -> Illustration.layers().stream().map(Illustration.Layer::colour).toList());
        assertThat(classes).containsExactly("shade", "a", "b", "ground");
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void itTakesTheColoursOfTheTheme(Theme theme) {
        int[] seenAndWanted = onEdt(() -> {
            theme.install(100);
            BufferedImage img = draw(new Illustration(200));
            Color ground = UIManager.getColor("Panel.background");
            Color a = Theme.color("partnerA");
            float opacity = Illustration.layers().get(1).opacity();
            Color wanted = new Color(mix(a.getRed(), ground.getRed(), opacity), mix(a.getGreen(), ground.getGreen(), opacity),
                    mix(a.getBlue(), ground.getBlue(), opacity));
            return new int[] {img.getRGB((int) IN_A[0], (int) IN_A[1]), wanted.getRGB()};
        });
        Color seen = new Color(seenAndWanted[0]);
        Color wanted = new Color(seenAndWanted[1]);
        assertThat(Math.abs(seen.getRed() - wanted.getRed()) + Math.abs(seen.getGreen() - wanted.getGreen())
                + Math.abs(seen.getBlue() - wanted.getBlue())).as("%s: partner A's bubble, %s against %s", theme, seen, wanted)
                .isLessThanOrEqualTo(6);
    }

    /** Vector paths: the bubble's upright edge has at most one part-covered pixel at 100, 200 and 300 % (an enlarged bitmap: three). */
    @ParameterizedTest
    @CsvSource({"100", "200", "300"})
    void itStaysCrispAtEveryScale(int scale) {
        int[] edge = onEdt(() -> {
            Theme.LIGHT.install(scale);
            Illustration picture = new Illustration(200);
            BufferedImage img = new BufferedImage(picture.getIconWidth(), picture.getIconHeight(), BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = img.createGraphics();
            picture.paintIcon(null, g, 0, 0);
            g.dispose();
            int y = (int) Math.round(56.0 / 120 * img.getHeight()); // the middle of partner A's bubble
            int first = 0;
            while ((img.getRGB(first, y) >>> 24) == 0) {
                first++;
            }
            int full = first;
            while ((img.getRGB(full, y) >>> 24) < 225) {
                full++;
            }
            return new int[] {picture.getIconWidth(), full - first};
        });
        assertThat(edge[0]).as("width at %d %%", scale).isEqualTo(200 * scale / 100);
        assertThat(edge[1]).as("pixels from the page to the bubble's full colour at %d %%", scale).isLessThanOrEqualTo(1);
    }

    /** On 1280x800 at 100 % (and 1920x1080 at the fitted scale) the welcome and goodbye fit, the picture apart from the words. */
    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1280, 800", "1920, 1080"})
    void itNeverCrowdsTheWelcomeOrTheGoodbye(int width, int height) throws Exception {
        onEdt(() -> Theme.LIGHT.install(Theme.fitScale(new Dimension(width, height))));
        KioskHarness harness = new KioskHarness(Files.createTempDirectory("kindred-picture"));
        KioskApp app = onEdt(() -> {
            KioskApp a = KioskApp.create(harness.options());
            a.show(GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice(), new Dimension(width, height));
            return a;
        });
        atCleanUp(app::close);
        robot.waitForIdle();
        checkRoom(app, "welcome", "welcome.title", "welcome.safety.fear");
        onEdt(() -> app.navigator().show(GoodbyeScreen.ID));
        robot.waitForIdle();
        checkRoom(app, "goodbye", "goodbye.title", "goodbye.again");
    }

    private void checkRoom(KioskApp app, String screen, String title, String last) {
        Rectangle[] r = onEdt(() -> {
            javax.swing.JRootPane root = app.frame().frame().getRootPane();
            root.validate();
            return new Rectangle[] {bounds(root, screen + ".illustration"), bounds(root, title), bounds(root, last),
                    new Rectangle(root.getSize())};
        });
        assertThat(r[0].intersects(r[1])).as("%s: the picture overlaps the title", screen).isFalse();
        assertThat(r[1].y - (r[0].y + r[0].height)).as("%s: room between picture and title", screen).isPositive();
        assertThat(r[3].contains(r[0])).as("%s: the picture is on the screen", screen).isTrue();
        assertThat(r[3].contains(r[2])).as("%s: its last line is on the screen, not scrolled away", screen).isTrue();
        assertThat(r[0].height).as("%s: the picture takes under a fifth of the height", screen).isLessThan(r[3].height / 5);
    }

    private static Rectangle bounds(javax.swing.JRootPane root, String name) {
        Component c = find(root, name);
        assertThat(c).as(name).isNotNull();
        return SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), root);
    }

    private static Component find(java.awt.Container c, String name) {
        for (Component k : c.getComponents()) {
            if (name.equals(k.getName()) && k.isShowing()) {
                return k;
            }
            if (k instanceof java.awt.Container inner) {
                Component f = find(inner, name);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private static BufferedImage draw(Illustration picture) {
        JLabel label = new JLabel();
        BufferedImage img = new BufferedImage(picture.getIconWidth(), picture.getIconHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(UIManager.getColor("Panel.background"));
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        picture.paintIcon(label, g, 0, 0);
        g.dispose();
        return img;
    }

    private static int mix(int fg, int bg, float alpha) {
        return Math.round(fg * alpha + bg * (1 - alpha));
    }
}
