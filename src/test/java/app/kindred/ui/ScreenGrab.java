package app.kindred.ui;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.io.File;
import javax.imageio.ImageIO;

/** Saves the whole X screen as a PNG: {@code ScreenGrab out.png} (for trying the kiosk by hand under Xvfb). */
public final class ScreenGrab {
    public static void main(String[] args) throws Exception {
        Rectangle r = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                .getDefaultConfiguration().getBounds();
        ImageIO.write(new Robot().createScreenCapture(r), "png", new File(args[0]));
    }
}
