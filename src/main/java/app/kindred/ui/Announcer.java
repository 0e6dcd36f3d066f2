package app.kindred.ui;

import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRole;
import javax.accessibility.AccessibleState;
import javax.accessibility.AccessibleStateSet;
import javax.swing.JComponent;
import javax.swing.JLayeredPane;

/**
 * The kiosk's live region: a screen reader hears what it says, nobody sees it. Only milestones are
 * said (a step change, 1 minute and 30 seconds left, the end, the print result, "Still there?"),
 * never the countdown's every second.
 *
 * <p>An announcement changes the region's accessible name and fires a visible-data change (what
 * the ATK bridge forwards to AT-SPI as {@code object:property-change:accessible-name} and
 * {@code object:visible-data-changed}); the region's role is {@link AccessibleRole#ALERT} (ATK's
 * alert role), so a screen reader knows it is news and not a control. Listeners (the built-in
 * speech) get the same text. On the event thread.
 */
public final class Announcer {
    /** The most recent announcements, for tests and the console. */
    private static final int KEEP = 20;

    private final Region region = new Region();
    private final List<String> said = new ArrayList<>();
    private final List<Consumer<String>> listeners = new ArrayList<>();

    public Announcer() {
        region.setName("announcer");
    }

    /** Puts the region into a window's layered pane: showing (so it is in the tree), one pixel, painted by nobody. */
    public void install(JLayeredPane layers) {
        region.setBounds(0, 0, 1, 1);
        layers.add(region, JLayeredPane.DRAG_LAYER);
    }

    public JComponent component() {
        return region;
    }

    /** Says {@code text} once. Saying the same thing twice in a row is said twice: both are news. */
    public void announce(String text) {
        Edt.check();
        if (text == null || text.isBlank()) {
            return;
        }
        said.add(text);
        if (said.size() > KEEP) {
            said.remove(0);
        }
        AccessibleContext ac = region.getAccessibleContext();
        String old = region.text;
        region.text = text;
        ac.firePropertyChange(AccessibleContext.ACCESSIBLE_NAME_PROPERTY, old, text);
        ac.firePropertyChange(AccessibleContext.ACCESSIBLE_VISIBLE_DATA_PROPERTY, old, text);
        for (Consumer<String> l : List.copyOf(listeners)) {
            l.accept(text);
        }
    }

    /** Gets every announcement after it is made (on the event thread). */
    public void addListener(Consumer<String> listener) {
        listeners.add(listener);
    }

    /** The last announcements, oldest first. */
    public List<String> said() {
        return List.copyOf(said);
    }

    /** The last announcement, or empty. */
    public String last() {
        return said.isEmpty() ? "" : said.get(said.size() - 1);
    }

    /** Forgets what was said (the wipe: announcements may hold a couple's names). */
    public void forget() {
        said.clear();
        region.text = "";
    }

    private static final class Region extends JComponent implements javax.accessibility.Accessible {
        private String text = "";

        Region() {
            setOpaque(false);
            setFocusable(false);
        }

        @Override
        public Dimension getPreferredSize() {
            return new Dimension(1, 1);
        }

        @Override
        public AccessibleContext getAccessibleContext() {
            if (accessibleContext == null) {
                accessibleContext = new AccessibleJComponent() {
                    @Override
                    public AccessibleRole getAccessibleRole() {
                        return AccessibleRole.ALERT;
                    }

                    @Override
                    public String getAccessibleName() {
                        return text;
                    }

                    @Override
                    public AccessibleStateSet getAccessibleStateSet() {
                        AccessibleStateSet states = super.getAccessibleStateSet();
                        states.remove(AccessibleState.FOCUSABLE);
                        return states;
                    }
                };
            }
            return accessibleContext;
        }
    }
}
