package app.kindred.ui.theme;

import com.formdev.flatlaf.FlatDarkLaf;

/**
 * High contrast: near-black ground, white text, yellow focus, thick borders
 * ({@code KindredHighContrastLaf.properties}). FlatLaf core ships no high-contrast theme, so we
 * derive one from FlatLaf Dark; every colour pair is checked by {@code ThemeContrastTest}.
 */
public class KindredHighContrastLaf extends FlatDarkLaf {
    @Override
    public String getName() {
        return "Kindred High Contrast";
    }
}
