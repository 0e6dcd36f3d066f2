package app.kindred.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JRadioButton;
import javax.swing.JTabbedPane;
import javax.swing.JToggleButton;
import javax.swing.JToolTip;
import javax.swing.table.DefaultTableCellRenderer;
import org.junit.jupiter.api.Test;

/** No component Kindred can build renders text as HTML, whenever and however the text is set. */
class NoMarkupTest extends GuiTest {
    private static final String HTML = "<html><b>bold</b><input type=file>";

    @Test
    void textGivenAtConstructionIsPlain() {
        List<JComponent> all = onEdt(() -> List.of(new JLabel(HTML), new JButton(HTML), new JToggleButton(HTML),
                new JCheckBox(HTML), new JRadioButton(HTML)));
        for (JComponent c : all) {
            assertThat(onEdt(() -> NoMarkup.rendersHtml(c))).as(c.getClass().getSimpleName()).isFalse();
        }
    }

    @Test
    void textSetLaterAndRenderersAndToolTipsArePlain() {
        boolean any = onEdt(() -> {
            JLabel label = new JLabel("plain");
            label.setText(HTML);
            JToolTip tip = new JToolTip();
            tip.setTipText(HTML);
            JLabel listCell = (JLabel) new DefaultListCellRenderer()
                    .getListCellRendererComponent(new JList<String>(), HTML, 0, false, false);
            JLabel tableCell = (JLabel) new DefaultTableCellRenderer()
                    .getTableCellRendererComponent(null, HTML, false, false, 0, 0);
            JTabbedPane tabs = new JTabbedPane();
            tabs.addTab(HTML, new JLabel());
            return NoMarkup.rendersHtml(label) || NoMarkup.rendersHtml(tip) || NoMarkup.rendersHtml(listCell)
                    || NoMarkup.rendersHtml(tableCell) || NoMarkup.rendersHtml(tabs);
        });
        assertThat(any).isFalse();
    }

    @Test
    void switchingThemesKeepsItOff() {
        boolean html = onEdt(() -> {
            JLabel label = new JLabel(HTML);
            Theme.DARK.install(100);
            label.updateUI();
            label.setText(HTML + "!");
            Theme.LIGHT.install(100);
            return NoMarkup.rendersHtml(label);
        });
        assertThat(html).isFalse();
    }
}
