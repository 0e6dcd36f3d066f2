package app.kindred.ui.console;

import app.kindred.ui.ConsoleText;
import javax.swing.JToggleButton;

/**
 * An on/off setting as one large button that says its state in words ("On", "Off"): a finger hits
 * it where a check box's 15 px square would be missed, and nobody has to read a tick.
 */
final class Toggle extends JToggleButton {
    Toggle() {
        app.kindred.ui.Widgets.style(this, "choice");
        addItemListener(e -> sayState());
        sayState();
    }

    private void sayState() {
        setText(ConsoleText.get(isSelected() ? "settings.on" : "settings.off"));
    }

    @Override
    public void setSelected(boolean b) {
        super.setSelected(b);
        sayState();
    }
}
