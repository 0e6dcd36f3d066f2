package app.kindred.ui;

import java.awt.Toolkit;

/**
 * Whether screens move: the {@code reduceMotion} setting, or the desktop asking for less motion
 * (GNOME's "Animations" switch, which X11 desktops publish as the XSETTING {@code Gtk/EnableAnimations}).
 * When either asks, screen changes are instant and FlatLaf's own animations are off too.
 */
public final class Motion {
    /** The desktop property AWT makes of the XSETTING (AWT prefixes every XSETTING with "gnome."). */
    static final String DESKTOP_ANIMATIONS = "gnome.Gtk/EnableAnimations";

    private static volatile boolean settingReduces;

    private Motion() {
    }

    /** The facilitator's setting ({@code reduceMotion}); applies from the next screen change. */
    public static void setReduced(boolean reduced) {
        settingReduces = reduced;
        // FlatLaf's animated parts (smooth scrolling, tab and check box animations) follow the same
        // choice. The desktop is not asked here: this runs on the start-up path, before the toolkit.
        if (reduced) {
            System.setProperty("flatlaf.animation", "false");
        } else {
            System.clearProperty("flatlaf.animation");
        }
    }

    /** True when screens should change without moving. */
    public static boolean reduced() {
        return settingReduces || desktopAsks();
    }

    /** True when the setting alone asks for it (for the settings panel). */
    public static boolean settingReduces() {
        return settingReduces;
    }

    static boolean desktopAsks() {
        Object v = Toolkit.getDefaultToolkit().getDesktopProperty(DESKTOP_ANIMATIONS);
        return Integer.valueOf(0).equals(v) || Boolean.FALSE.equals(v);
    }
}
