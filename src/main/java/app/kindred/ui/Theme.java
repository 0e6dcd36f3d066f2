package app.kindred.ui;

import app.kindred.ui.theme.KindredDarkLaf;
import app.kindred.ui.theme.KindredHighContrastLaf;
import app.kindred.ui.theme.KindredLightLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.fonts.roboto.FlatRobotoFont;
import java.awt.Color;
import java.util.Locale;
import java.util.function.Supplier;
import javax.swing.UIManager;

/**
 * The three looks of Kindred and the one place that installs them. Colours and fonts are read
 * from the installed theme's properties ({@code Kindred.*} keys); Java code never invents them.
 */
public enum Theme {
    LIGHT(KindredLightLaf::new),
    DARK(KindredDarkLaf::new),
    HIGH_CONTRAST(KindredHighContrastLaf::new);

    /** The reading serif's family name, as the theme's font keys name it (one weight ships: Regular). */
    public static final String SERIF = "Source Serif 4";
    public static final int MIN_SCALE_PERCENT = 100;
    public static final int MAX_SCALE_PERCENT = 300;

    private static boolean fontsInstalled;
    private static boolean lookAndFeelInitialized;

    private final Supplier<FlatLaf> laf;

    Theme(Supplier<FlatLaf> laf) {
        this.laf = laf;
    }

    /** Parses a settings value such as {@code dark} or {@code high-contrast}; unknown means light. */
    public static Theme parse(String text) {
        if (text == null) {
            return LIGHT;
        }
        String t = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Theme theme : values()) {
            if (theme.name().equals(t)) {
                return theme;
            }
        }
        return LIGHT;
    }

    /** The settings value for this theme, e.g. {@code high-contrast}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * FlatLaf's scale factor for a percentage: 150 is "1.50". Not String.format: its first use
     * loads the locale's number formats, ~7 ms of the kiosk's start-up.
     */
    static String scaleFactor(int percent) {
        int hundredths = percent % 100;
        return (percent / 100) + (hundredths < 10 ? ".0" : ".") + hundredths;
    }

    /**
     * Installs this theme at the given UI scale (clamped to 100–300 %). Call on the event thread.
     * Works before the first window (the usual case) and again later to switch a running kiosk:
     * FlatLaf reads {@code flatlaf.uiScale} when a look and feel is installed, so the property is
     * set first and every window is then updated.
     */
    public void install(int scalePercent) {
        Edt.check();
        int scale = clampScale(scalePercent);
        System.setProperty("flatlaf.uiScale", scaleFactor(scale));
        if (!fontsInstalled) {
            if (!FontFolder.serving()) {
                // Lazy: each Roboto style is read from the jar when first used, not all eight at start-up.
                FlatRobotoFont.installLazy();
            }
            FlatLaf.setPreferredFontFamily(FlatRobotoFont.FAMILY);
            FlatLaf.setPreferredLightFontFamily(FlatRobotoFont.FAMILY_LIGHT);
            FlatLaf.setPreferredSemiboldFontFamily(FlatRobotoFont.FAMILY_SEMIBOLD);
            // The reading serif for prompts and headings (Source Serif 4, OFL, fonts/OFL.txt), loaded
            // when a style first names it, like Roboto: no lookup among the system's fonts.
            com.formdev.flatlaf.util.FontUtils.registerFontFamilyLoader(SERIF,
                    () -> com.formdev.flatlaf.util.FontUtils.installFont(Theme.class.getResource("fonts/SourceSerif4-Regular.ttf")));
            FlatLaf.registerCustomDefaultsSource("app.kindred.ui.theme");
            NoMarkup.install();
            fontsInstalled = true;
        }
        FlatLaf next = laf.get();
        if (!lookAndFeelInitialized) {
            // The first install names our class as Swing's default look and feel, so Swing never
            // builds Metal first just to replace it (about a tenth of a second at start-up).
            System.setProperty("swing.defaultlaf", next.getClass().getName());
            lookAndFeelInitialized = true;
            if (UIManager.getLookAndFeel() != null && UIManager.getLookAndFeel().getClass() == next.getClass()) {
                return;
            }
        }
        boolean running = UIManager.getLookAndFeel() instanceof FlatLaf;
        FlatLaf.setup(next);
        if (running) {
            FlatLaf.updateUI();
        }
    }

    /**
     * The UI scale that fits a screen (or window) of this size, for the {@code auto} setting: the
     * screens are laid out for 1280 x 800 at 100 %, so as many times that as fits both ways, in steps
     * of 25 % and within 100–300 %. 1920 x 1080: 125 %; 2560 x 1440: 175 %; 3840 x 2160: 250 %;
     * anything up to 1280 x 800 (or 1366 x 768): 100 %.
     */
    public static int fitScale(java.awt.Dimension screen) {
        double fit = Math.min(screen.width / 1280.0, screen.height / 800.0);
        return clampScale((int) Math.floor(fit * 4 + 1e-9) * 25);
    }

    /**
     * The scale to install: the one chosen (clamped), or with none chosen the one that fits the
     * window, or the default screen when there is no window size. Call on the event thread.
     */
    public static int scaleFor(Integer chosenPercent, java.awt.Dimension window) {
        if (chosenPercent != null) {
            return clampScale(chosenPercent);
        }
        java.awt.Dimension screen = window != null ? window
                : java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                        .getDefaultConfiguration().getBounds().getSize();
        return fitScale(screen);
    }

    public static int clampScale(int percent) {
        return Math.max(MIN_SCALE_PERCENT, Math.min(MAX_SCALE_PERCENT, percent));
    }

    /** A {@code Kindred.*} colour of the installed theme, e.g. {@code color("partnerA")}. */
    public static Color color(String key) {
        Color c = UIManager.getColor("Kindred." + key);
        if (c == null) {
            throw new IllegalStateException("The theme defines no colour Kindred." + key);
        }
        return c;
    }

    /** The UI scale installed now, in per cent (FlatLaf's {@code flatlaf.uiScale}; 100 when unset). */
    public static int currentScalePercent() {
        try {
            return (int) Math.round(Double.parseDouble(System.getProperty("flatlaf.uiScale", "1")) * 100);
        } catch (NumberFormatException e) {
            return 100;
        }
    }

    /** The theme that is installed now, or LIGHT if none of ours is. */
    public static Theme current() {
        Object laf = UIManager.getLookAndFeel();
        if (laf instanceof KindredDarkLaf) {
            return DARK;
        }
        if (laf instanceof KindredHighContrastLaf) {
            return HIGH_CONTRAST;
        }
        return LIGHT;
    }
}
