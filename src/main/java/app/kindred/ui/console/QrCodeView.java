package app.kindred.ui.console;

import io.nayuki.qrcodegen.QrCode;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.util.Objects;
import javax.swing.JComponent;

/**
 * A QR code drawn square and sharp at any size: dark modules on white with the standard quiet zone
 * of four modules (a phone's or a kiosk's camera needs the white border, also in the dark theme).
 */
final class QrCodeView extends JComponent {
    private static final int QUIET = 4;
    private String text;
    private QrCode code;

    QrCodeView(int sideLogical) {
        int side = com.formdev.flatlaf.util.UIScale.scale(sideLogical);
        setPreferredSize(new Dimension(side, side));
        setMinimumSize(getPreferredSize());
        setName("kioskList.qr");
    }

    /** What the code holds; null or empty draws nothing. */
    void setText(String next) {
        if (Objects.equals(next, text)) {
            return;
        }
        text = next;
        code = next == null || next.isEmpty() ? null : QrCode.encodeText(next, QrCode.Ecc.MEDIUM);
        getAccessibleContext().setAccessibleDescription(next);
        repaint();
    }

    /** Read by a screen reader as an image with what it holds, not left out (a bare JComponent has none). */
    @Override
    public javax.accessibility.AccessibleContext getAccessibleContext() {
        if (accessibleContext == null) {
            accessibleContext = new AccessibleJComponent() {
                private static final long serialVersionUID = 1L;

                @Override
                public javax.accessibility.AccessibleRole getAccessibleRole() {
                    return javax.accessibility.AccessibleRole.ICON;
                }
            };
            accessibleContext.setAccessibleName(KioskTableModel.TEXT.get("kiosks.qr"));
        }
        return accessibleContext;
    }

    String text() {
        return text;
    }

    /** The modules, for tests: true is dark. */
    boolean[][] modules() {
        if (code == null) {
            return new boolean[0][0];
        }
        boolean[][] m = new boolean[code.size][code.size];
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                m[y][x] = code.getModule(x, y);
            }
        }
        return m;
    }

    @Override
    protected void paintComponent(Graphics g) {
        if (code == null) {
            return;
        }
        int n = code.size + 2 * QUIET;
        int cell = Math.max(1, Math.min(getWidth(), getHeight()) / n);
        int x0 = (getWidth() - cell * n) / 2;
        int y0 = (getHeight() - cell * n) / 2;
        g.setColor(Color.WHITE);
        g.fillRect(x0, y0, cell * n, cell * n);
        g.setColor(Color.BLACK);
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                if (code.getModule(x, y)) {
                    g.fillRect(x0 + (x + QUIET) * cell, y0 + (y + QUIET) * cell, cell, cell);
                }
            }
        }
    }
}
