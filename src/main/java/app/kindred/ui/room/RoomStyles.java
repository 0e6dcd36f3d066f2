package app.kindred.ui.room;

import com.formdev.flatlaf.FlatLaf;

/**
 * Registers the room view's and console's FlatLaf styles ({@code app/kindred/ui/room/FlatLaf.properties}).
 * Call before the theme is installed; a theme installed afterwards (a switch in the settings)
 * picks them up by itself.
 */
public final class RoomStyles {
    private static boolean registered;

    private RoomStyles() {
    }

    public static synchronized void register() {
        if (!registered) {
            FlatLaf.registerCustomDefaultsSource("app.kindred.ui.room");
            registered = true;
        }
    }
}
