package app.kindred.ui;

import com.formdev.flatlaf.util.UIScale;
import java.awt.BasicStroke;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.Shape;
import java.util.List;
import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRole;
import javax.swing.JComponent;

/**
 * The steps of the current exercise as a row of marks joined by a line: filled when done, large
 * and ringed when current, hollow when still to come. Each mark has the shape of the partner who
 * acts in that step (circle, diamond; a rounded square when both act), so the ribbon also says
 * whose turns are coming.
 */
public final class StepRibbon extends JComponent implements javax.accessibility.Accessible {
    public enum State { DONE, CURRENT, UPCOMING }

    /** One mark: who acts (null = both) and its state. */
    public record Step(String title, PartnerLook person, State state) {
    }

    private List<Step> steps = List.of();

    public StepRibbon(String name) {
        setName(name);
        setOpaque(false);
    }

    public void setSteps(List<Step> newSteps, String accessibleText) {
        if (!newSteps.equals(steps)) {
            Integer before = current();
            steps = List.copyOf(newSteps);
            getAccessibleContext().setAccessibleName(accessibleText);
            // Once per step change, not per second: the value is the current step's number.
            getAccessibleContext().firePropertyChange(AccessibleContext.ACCESSIBLE_VALUE_PROPERTY, before, current());
            revalidate();
            repaint();
        }
    }

    public List<Step> steps() {
        return steps;
    }

    /** The current step's number from 1 (0 when none is current). */
    private Integer current() {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).state() == State.CURRENT) {
                return i + 1;
            }
        }
        return 0;
    }

    @Override
    public Dimension getPreferredSize() {
        int n = Math.max(1, steps.size());
        return new Dimension(UIScale.scale(n * 44), UIScale.scale(36));
    }

    @Override
    protected void paintComponent(Graphics g) {
        if (steps.isEmpty()) {
            return;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            double pitch = UIScale.scale(44f);
            double cy = getHeight() / 2.0;
            double small = UIScale.scale(16f);
            double big = UIScale.scale(26f);
            float line = UIScale.scale(2f);
            g2.setStroke(new BasicStroke(line));
            g2.setColor(Theme.color("ribbonTodo"));
            double first = pitch / 2;
            g2.draw(new Line2D.Double(first, cy, first + pitch * (steps.size() - 1), cy));
            for (int i = 0; i < steps.size(); i++) {
                Step s = steps.get(i);
                double cx = first + pitch * i;
                double size = s.state() == State.CURRENT ? big : small;
                Shape mark = shape(s.person(), cx, cy, size);
                g2.setColor(getParent() != null ? getParent().getBackground() : getBackground());
                g2.fill(mark);
                if (s.state() == State.UPCOMING) {
                    g2.setColor(Theme.color("ribbonTodo"));
                    g2.setStroke(new BasicStroke(line));
                    g2.draw(mark);
                } else {
                    g2.setColor(s.person() == null ? Theme.color("ribbonDone") : Theme.color(s.person().colorKey()));
                    g2.fill(mark);
                    if (s.state() == State.CURRENT) {
                        g2.setColor(getForeground());
                        g2.setStroke(new BasicStroke(line * 1.5f));
                        g2.draw(shape(s.person(), cx, cy, size + line * 4));
                    }
                }
            }
        } finally {
            g2.dispose();
        }
    }

    private static Shape shape(PartnerLook person, double cx, double cy, double size) {
        double r = size / 2;
        if (person == null) {
            return new RoundRectangle2D.Double(cx - r, cy - r, size, size, size * 0.45, size * 0.45);
        }
        // The same circle and soft diamond as the partner marks (the room view and the kiosk alike).
        return PartnerMark.outline(person.shape(), cx, cy, person.shape() == PartnerMark.Shape.CIRCLE ? size : size * 1.2 / PartnerMark.TIP);
    }

    @Override
    public AccessibleContext getAccessibleContext() {
        if (accessibleContext == null) {
            accessibleContext = new AccessibleRibbon();
        }
        return accessibleContext;
    }

    /**
     * A progress bar whose value is the current step's number out of the steps' count; its name
     * says "Step 2 of 5: Speak", its description lists the steps with whose turn each is.
     */
    private final class AccessibleRibbon extends AccessibleJComponent implements javax.accessibility.AccessibleValue {
        @Override
        public AccessibleRole getAccessibleRole() {
            return AccessibleRole.PROGRESS_BAR;
        }

        @Override
        public String getAccessibleDescription() {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < steps.size(); i++) {
                Step s = steps.get(i);
                String who = s.person() == null ? Text.get("ribbon.both") : s.person().defaultName();
                b.append(i == 0 ? "" : "; ").append(Text.format("ribbon.step." + s.state().name().toLowerCase(java.util.Locale.ROOT),
                        i + 1, s.title(), who));
            }
            return b.toString();
        }

        @Override
        public javax.accessibility.AccessibleValue getAccessibleValue() {
            return this;
        }

        @Override
        public Number getCurrentAccessibleValue() {
            return current();
        }

        @Override
        public boolean setCurrentAccessibleValue(Number n) {
            return false;
        }

        @Override
        public Number getMinimumAccessibleValue() {
            return steps.isEmpty() ? 0 : 1;
        }

        @Override
        public Number getMaximumAccessibleValue() {
            return steps.size();
        }
    }
}
