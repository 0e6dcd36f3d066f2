package app.kindred.bench;

import java.awt.Graphics;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JRootPane;
import javax.swing.SwingUtilities;

/**
 * The start-up reference: a bare Swing frame with one label. It prints the ready marker as the
 * kiosk does: once its content has first been painted, as the next event after that paint
 * (KioskFrame#whenFirstPainted). With the argument {@code shown} it prints it instead two events
 * after {@code setVisible}, which on these machines comes ~100 ms before its label is painted (the
 * definition the benchmark used until 2026-11-22, kept as a row for reading).
 */
public final class BareFrame {
    public static void main(String[] args) {
        boolean atShow = args.length > 0 && args[0].equals("shown");
        SwingUtilities.invokeLater(() -> {
            JFrame f = new JFrame("reference") {
                private boolean painted;

                @Override
                protected JRootPane createRootPane() {
                    JRootPane root = new JRootPane() {
                        @Override
                        public void paint(Graphics g) {
                            super.paint(g);
                            if (!painted && !atShow) {
                                painted = true;
                                SwingUtilities.invokeLater(BareFrame::ready);
                            }
                        }
                    };
                    root.setOpaque(true);
                    return root;
                }
            };
            f.add(new JLabel("Hello"));
            f.setBounds(0, 0, 1280, 800);
            f.setVisible(true);
            if (atShow) {
                SwingUtilities.invokeLater(() -> SwingUtilities.invokeLater(BareFrame::ready));
            }
        });
    }

    private static void ready() {
        System.out.println("KINDRED_READY");
    }
}
