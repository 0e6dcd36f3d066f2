package app.kindred.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import javax.swing.UIManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * WCAG 2.x contrast of every text/ground pair the screens use, computed from the installed
 * theme's own colours: body text at least 4.5:1, large text and meaningful graphics at least 3:1.
 */
class ThemeContrastTest extends GuiTest {

    record Pair(String what, String fg, String bg, double min) {
    }

    static final List<Pair> PAIRS = List.of(
            new Pair("body text", "Label.foreground", "Panel.background", 4.5),
            new Pair("body text on a card", "Label.foreground", "Kindred.card", 4.5),
            new Pair("secondary text", "Kindred.secondaryForeground", "Panel.background", 4.5),
            new Pair("secondary text on a card", "Kindred.secondaryForeground", "Kindred.card", 4.5),
            new Pair("minutes on a card", "Kindred.accentText", "Kindred.card", 4.5),
            new Pair("primary button text", "Kindred.onAccent", "Kindred.accent", 4.5),
            new Pair("the prompt on its card", "Label.foreground", "Kindred.promptCard", 4.5),
            new Pair("secondary text on the prompt card", "Kindred.secondaryForeground", "Kindred.promptCard", 4.5),
            new Pair("a sentence starter on its chip", "Label.foreground", "Kindred.chip", 4.5),
            new Pair("the time-out button's text", "Kindred.calmText", "Kindred.calm", 4.5),
            new Pair("the time-out button's edge", "Kindred.calmBorder", "Panel.background", 1.25),
            new Pair("button text", "Button.foreground", "Button.background", 4.5),
            new Pair("typed text", "TextField.foreground", "TextField.background", 4.5),
            new Pair("typed reflection", "TextArea.foreground", "TextArea.background", 4.5),
            new Pair("placeholder", "TextField.placeholderForeground", "TextField.background", 4.5),
            new Pair("warning text (large, semibold)", "Kindred.warning", "Panel.background", 4.5),
            new Pair("countdown digits (large)", "Label.foreground", "Panel.background", 3.0),
            new Pair("partner A mark", "Kindred.partnerA", "Panel.background", 3.0),
            new Pair("partner B mark", "Kindred.partnerB", "Panel.background", 3.0),
            new Pair("partner A mark on a card", "Kindred.partnerA", "Kindred.card", 3.0),
            new Pair("partner B mark on a card", "Kindred.partnerB", "Kindred.card", 3.0),
            new Pair("countdown ring", "Kindred.accent", "Panel.background", 3.0),
            new Pair("countdown ring in warning", "Kindred.warning", "Panel.background", 3.0),
            new Pair("ribbon steps to come", "Kindred.ribbonTodo", "Panel.background", 3.0),
            new Pair("keyboard focus ring", "Component.focusColor", "Panel.background", 3.0),
            new Pair("list scroll thumb on its track", "Kindred.scrollThumb", "Kindred.scrollTrack", 3.0),
            new Pair("list scroll thumb on the page", "Kindred.scrollThumb", "Panel.background", 3.0),
            // A card's text names it, so WCAG 1.4.11 asks no 3:1 of its outline; it must still be seen as a
            // card, by its edge or its fill ("A|B": the better of the two). 1.25:1 is about the smallest
            // step a projector still shows; the themes measure 1.29 (light), 1.56 (dark), 21 (high contrast).
            new Pair("card edge or fill", "Kindred.cardBorder|Kindred.card", "Panel.background", 1.25));

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyTextAndMarkIsReadableInEveryTheme(Theme theme) {
        List<String> failures = GuiActionRunner.execute(() -> {
            theme.install(100);
            List<String> bad = new ArrayList<>();
            for (Pair p : PAIRS) {
                Color bg = opaque(UIManager.getColor(p.bg()), Color.WHITE);
                double ratio = 0;
                for (String fgKey : p.fg().split("\\|")) {
                    ratio = Math.max(ratio, contrast(opaque(UIManager.getColor(fgKey), bg), bg));
                }
                if (ratio < p.min()) {
                    bad.add(String.format("%s: %s on %s is %.2f:1, needs %.2f:1", p.what(), p.fg(), p.bg(), ratio, p.min()));
                }
            }
            return bad;
        });
        assertThat(failures).as(theme.name()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void bodyTextReachesTheAaaLevel(Theme theme) {
        double ratio = GuiActionRunner.execute(() -> {
            theme.install(100);
            return contrast(UIManager.getColor("Label.foreground"), UIManager.getColor("Panel.background"));
        });
        assertThat(ratio).isGreaterThanOrEqualTo(7.0);
    }

    static Color opaque(Color c, Color ground) {
        assertThat(c).as("colour defined by the theme").isNotNull();
        double a = c.getAlpha() / 255.0;
        return new Color(
                (int) Math.round(c.getRed() * a + ground.getRed() * (1 - a)),
                (int) Math.round(c.getGreen() * a + ground.getGreen() * (1 - a)),
                (int) Math.round(c.getBlue() * a + ground.getBlue() * (1 - a)));
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int v) {
        double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
