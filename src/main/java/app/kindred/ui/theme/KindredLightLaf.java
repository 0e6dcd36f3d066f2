package app.kindred.ui.theme;

import com.formdev.flatlaf.FlatLightLaf;

/** Kindred's light theme: FlatLaf Light with the colours of {@code KindredLightLaf.properties}. */
public class KindredLightLaf extends FlatLightLaf {
    @Override
    public String getName() {
        return "Kindred Light";
    }
}
