package app.kindred.ui;

import javax.swing.JComponent;
import javax.swing.JPanel;

/** A screen whose panel is built on first use, on the event thread, and kept. */
public abstract class PanelScreen implements Screen {
    /** The built panel; null until the screen is first needed. */
    protected JPanel panel;

    @Override
    public final JComponent component() {
        if (panel == null) {
            panel = build();
        }
        return panel;
    }

    /** Builds the screen's panel; called once. */
    protected abstract JPanel build();
}
