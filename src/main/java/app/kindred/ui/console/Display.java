package app.kindred.ui.console;

import java.awt.Rectangle;

/**
 * One screen as the layout logic sees it: a stable id (the graphics device id), its bounds in the
 * virtual desktop, and whether the system calls it the primary screen.
 */
public record Display(String id, Rectangle bounds, boolean primary) {
    public Display {
        bounds = new Rectangle(bounds);
    }

    @Override
    public Rectangle bounds() {
        return new Rectangle(bounds);
    }

    long area() {
        return (long) bounds.width * bounds.height;
    }
}
