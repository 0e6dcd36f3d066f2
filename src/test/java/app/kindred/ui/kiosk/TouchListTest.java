package app.kindred.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.content.ContentLoader;
import app.kindred.ui.Motion;
import app.kindred.ui.ScrollColumn;
import java.awt.Point;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javax.swing.JButton;
import javax.swing.JScrollPane;
import org.assertj.swing.core.MouseButton;
import org.junit.jupiter.api.Test;

/** The choose list is driven by a finger: a drag scrolls it (and glides on), and starts nothing. */
class TouchListTest extends KioskGuiTest {

    private JScrollPane chooseList() {
        open(CompletableFuture.completedFuture(ContentLoader.load(Path.of(".")).library()));
        window.button("welcome.start").click();
        waitForScreen(WhoScreen.ID);
        window.button("who.next").click();
        waitForScreen(ChooseScreen.ID);
        JScrollPane scroll = window.scrollPane("choose.list.scroll").target();
        assertThat(onEdt(() -> scroll.getVerticalScrollBar().getMaximum()
                > scroll.getVerticalScrollBar().getVisibleAmount())).as("the shipped list is longer than the screen").isTrue();
        return scroll;
    }

    @Test
    void aDragOverACardScrollsTheListAndStartsNothing() {
        JScrollPane scroll = chooseList();
        drag(scroll, 20, 300);
        settled(scroll);
        assertThat(onEdt(() -> scroll.getViewport().getViewPosition().y)).isGreaterThanOrEqualTo(200);
        assertThat(onEdt(() -> app.navigator().current().id())).isEqualTo(ChooseScreen.ID);
        assertThat(app.engine()).isNull();
        // A tap still chooses.
        robot.click(cardInView(scroll));
        waitForScreen(ExerciseScreen.ID);
    }

    @Test
    void aCardReachedWithTheKeyboardIsScrolledIntoView() {
        JScrollPane scroll = chooseList();
        java.util.List<JButton> cards = onEdt(() -> {
            java.util.List<JButton> out = new java.util.ArrayList<>();
            for (java.awt.Component c : ((java.awt.Container) scroll.getViewport().getView()).getComponents()) {
                if (c instanceof JButton b) {
                    out.add(b);
                }
            }
            return out;
        });
        JButton last = cards.get(cards.size() - 1);
        onEdt(() -> {
            last.requestFocusInWindow();
        });
        waitUntil("the last card focused", () -> onEdt(last::isFocusOwner));
        robot.waitForIdle();
        assertThat(onEdt(() -> scroll.getViewport().getViewRect().contains(
                javax.swing.SwingUtilities.convertRectangle(last.getParent(), last.getBounds(), scroll.getViewport().getView()))))
                .as("the focused card is fully in view").isTrue();
    }

    @Test
    void theScrollBarIsWide() {
        JScrollPane scroll = chooseList();
        assertThat(onEdt(() -> scroll.getVerticalScrollBar().getPreferredSize().width))
                .isGreaterThanOrEqualTo(com.formdev.flatlaf.util.UIScale.scale(28));
    }

    /** The card at the middle of what the list shows now. */
    private JButton cardInView(JScrollPane scroll) {
        return onEdt(() -> {
            java.awt.Rectangle view = scroll.getViewport().getViewRect();
            java.awt.Component c = scroll.getViewport().getView().getComponentAt(view.x + view.width / 2, view.y + view.height / 2);
            while (c != null && !(c instanceof JButton)) {
                c = c.getParent();
            }
            if (c == null) { // between two cards: the one just below
                c = scroll.getViewport().getView().getComponentAt(view.x + view.width / 2, view.y + view.height / 2 + 40);
            }
            return (JButton) c;
        });
    }

    /** With reduce motion the list stays where the finger left it: no glide after a flick. */
    @Test
    void withReduceMotionAFlickDoesNotGlide() {
        JScrollPane scroll = chooseList();
        onEdt(() -> Motion.setReduced(true));
        atCleanUp(() -> Motion.setReduced(false));
        drag(scroll, 40, 320);
        ScrollColumn column = (ScrollColumn) scroll.getViewport().getView();
        // The release reaches the event queue through the X server, possibly after waitForIdle
        // (the list was still "dragging" once in a clean-clone CI run): first the lift is handled.
        waitUntil("the finger lifted", () -> onEdt(() -> !column.held()));
        assertThat(onEdt(column::scrolling)).as("still moving after the finger lifted").isFalse();
        assertThat(onEdt(() -> scroll.getViewport().getViewPosition().y)).isGreaterThanOrEqualTo(200);
    }

    /** A finger on a card in view drags the list up by {@code distance} px in {@code step} px moves, then lifts. */
    private void drag(JScrollPane scroll, int step, int distance) {
        JButton card = cardInView(scroll);
        Point start = onEdt(() -> {
            Point p = new Point(card.getWidth() / 2, card.getHeight() / 2);
            javax.swing.SwingUtilities.convertPointToScreen(p, card);
            return p;
        });
        robot.pressMouse(start, MouseButton.LEFT_BUTTON);
        for (int dy = step; dy <= distance; dy += step) {
            robot.moveMouse(new Point(start.x, start.y - dy));
        }
        robot.releaseMouse(MouseButton.LEFT_BUTTON);
        robot.waitForIdle();
    }

    /** Waits for a drag's glide to end. */
    private void settled(JScrollPane scroll) {
        app.kindred.ui.ScrollColumn column = (app.kindred.ui.ScrollColumn) scroll.getViewport().getView();
        waitUntil("the glide to end", () -> onEdt(() -> !column.scrolling()));
    }
}
