package app.kindred.ui.theme;

import com.formdev.flatlaf.FlatDarkLaf;

/** Kindred's dark theme for dim rooms: FlatLaf Dark with {@code KindredDarkLaf.properties}. */
public class KindredDarkLaf extends FlatDarkLaf {
    @Override
    public String getName() {
        return "Kindred Dark";
    }
}
