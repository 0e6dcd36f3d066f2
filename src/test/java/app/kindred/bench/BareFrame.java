package app.kindred.bench;

import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;

/** The startup reference: a bare Swing frame with one label, ready marker printed like the kiosk's. */
public final class BareFrame {
    public static void main(String[] args) {
        SwingUtilities.invokeLater(() -> {
            JFrame f = new JFrame("reference");
            f.add(new JLabel("Hello"));
            f.setBounds(0, 0, 1280, 800);
            f.setVisible(true);
            SwingUtilities.invokeLater(() -> SwingUtilities.invokeLater(() -> System.out.println("KINDRED_READY")));
        });
    }
}
