package app.kindred.ui.console;

import java.awt.GraphicsConfiguration;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.List;

/** The screens the system has now, as {@link Display}s, and the way back from one to its device. */
public final class Displays {
    private Displays() {
    }

    public static List<Display> current() {
        GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
        GraphicsDevice primary = env.getDefaultScreenDevice();
        List<Display> out = new ArrayList<>();
        for (GraphicsDevice d : env.getScreenDevices()) {
            out.add(new Display(d.getIDstring(), d.getDefaultConfiguration().getBounds(), d == primary));
        }
        return out;
    }

    /**
     * The device a display belongs to; a made-up display (a test splitting one screen in two) falls
     * back to the primary screen.
     */
    public static GraphicsConfiguration config(Display display) {
        GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
        for (GraphicsDevice d : env.getScreenDevices()) {
            if (d.getIDstring().equals(display.id())) {
                return d.getDefaultConfiguration();
            }
        }
        return env.getDefaultScreenDevice().getDefaultConfiguration();
    }
}
