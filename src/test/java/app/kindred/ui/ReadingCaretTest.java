package app.kindred.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.KeyboardFocusManager;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.Test;

/**
 * A step's instructions take the first focus (for a screen reader); on a touch screen no caret may
 * stand in them as if they were a field. A keyboard user who Tabs onto them sees where they are.
 */
class ReadingCaretTest extends GuiTest {
    private JButton before;
    private JTextArea paragraph;

    private void open() {
        onEdt(() -> {
            JFrame frame = new JFrame();
            JPanel panel = new JPanel();
            before = Widgets.button("before", "touch", new javax.swing.AbstractAction("Before") {
                @Override
                public void actionPerformed(java.awt.event.ActionEvent e) {
                }
            });
            paragraph = Widgets.paragraph("paragraph", null, "Sit facing each other and put your phones out of reach.");
            Widgets.readable(paragraph);
            panel.add(before);
            panel.add(paragraph);
            frame.setContentPane(panel);
            frame.setBounds(0, 0, 400, 300);
            frame.setVisible(true);
            atCleanUp(frame::dispose);
        });
    }

    private void waitForFocus(java.awt.Component c) {
        Pause.pause(new Condition("focus on " + c.getName()) {
            @Override
            public boolean test() {
                return onEdt(() -> KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner() == c);
            }
        }, Timeout.timeout(10_000));
        robot.waitForIdle();
    }

    @Test
    void theScreensFirstFocusShowsNoCaretAndTabDoes() {
        open();
        onEdt(() -> {
            paragraph.requestFocusInWindow();
        });
        waitForFocus(paragraph);
        assertThat(onEdt(() -> paragraph.getCaret().isVisible())).as("caret after the screen's own focus").isFalse();

        onEdt(() -> {
            before.requestFocusInWindow();
        });
        waitForFocus(before);
        onEdt(() -> KeyboardFocusManager.getCurrentKeyboardFocusManager().focusNextComponent(before));
        waitForFocus(paragraph);
        assertThat(onEdt(() -> paragraph.getCaret().isVisible())).as("caret after Tab").isTrue();
        assertThat(onEdt(() -> paragraph.getCaret().getBlinkRate())).as("steady").isZero();
    }

    @Test
    void aNewLookKeepsTheReadingCaret() {
        open();
        onEdt(() -> {
            Theme.DARK.install(100);
            SwingUtilities.updateComponentTreeUI(SwingUtilities.getWindowAncestor(paragraph));
        });
        assertThat(onEdt(() -> paragraph.getCaret())).isInstanceOf(Widgets.ReadingCaret.class);
        onEdt(() -> {
            paragraph.requestFocusInWindow();
        });
        waitForFocus(paragraph);
        assertThat(onEdt(() -> paragraph.getCaret().isVisible())).isFalse();
    }
}
