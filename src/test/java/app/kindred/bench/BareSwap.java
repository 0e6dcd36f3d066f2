package app.kindred.bench;

import java.awt.CardLayout;
import java.awt.Font;
import java.awt.GridBagLayout;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Toolkit;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;

/**
 * The tap benchmark's reference, in a process of its own: a bare Swing frame filling the screen whose
 * button swaps one panel for the next (CardLayout), three panels, like the kiosk's welcome, names
 * and choice. {@code BareSwap ROUNDS} prints {@code TAP_MS n} for each of two taps a round, timed by
 * the same {@link TapTimer}.
 */
public final class BareSwap {
    private static final String[] CARDS = {"Welcome", "Your names", "Choose"};

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        JFrame[] frame = new JFrame[1];
        CardLayout cards = new CardLayout();
        JLabel[] titles = new JLabel[CARDS.length];
        JButton[] buttons = new JButton[CARDS.length];
        JPanel deck = new JPanel(cards);
        SwingUtilities.invokeAndWait(() -> {
            for (int i = 0; i < CARDS.length; i++) {
                JPanel card = new JPanel(new GridBagLayout());
                JPanel column = new JPanel();
                column.setLayout(new BoxLayout(column, BoxLayout.Y_AXIS));
                titles[i] = new JLabel(CARDS[i]);
                titles[i].setFont(titles[i].getFont().deriveFont(Font.BOLD, 48f));
                column.add(titles[i]);
                column.add(javax.swing.Box.createVerticalStrut(200));
                int next = (i + 1) % CARDS.length;
                buttons[i] = new JButton("Next");
                buttons[i].setFont(buttons[i].getFont().deriveFont(28f));
                buttons[i].addActionListener(e -> cards.show(deck, CARDS[next]));
                column.add(buttons[i]);
                card.add(column);
                deck.add(card, CARDS[i]);
            }
            JFrame f = new JFrame("reference");
            f.setUndecorated(true);
            f.setContentPane(deck);
            f.setBounds(new Rectangle(Toolkit.getDefaultToolkit().getScreenSize()));
            f.setVisible(true);
            frame[0] = f;
        });
        TapTimer timer = new TapTimer();
        int width = Toolkit.getDefaultToolkit().getScreenSize().width;
        for (int r = 0; r < rounds; r++) {
            SwingUtilities.invokeAndWait(() -> cards.show(deck, CARDS[0]));
            Thread.sleep(300); // painted and quiet (a benchmark, not a test)
            for (int i = 0; i < 2; i++) {
                int k = i;
                Point[] at = new Point[1];
                Rectangle[] band = new Rectangle[1];
                SwingUtilities.invokeAndWait(() -> {
                    Point p = buttons[k].getLocationOnScreen();
                    at[0] = new Point(p.x + buttons[k].getWidth() / 2, p.y + buttons[k].getHeight() / 2);
                    Point t = titles[k].getLocationOnScreen();
                    band[0] = TapTimer.bandAcross(new Rectangle(t, titles[k].getSize()), width);
                });
                System.out.println("TAP_MS " + timer.tap(at[0], band[0]));
                Thread.sleep(300);
            }
        }
        System.exit(0);
    }
}
