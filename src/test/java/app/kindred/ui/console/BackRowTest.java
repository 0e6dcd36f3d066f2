package app.kindred.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.session.FakeClock;
import app.kindred.session.SessionEngine;
import app.kindred.ui.GuiTest;
import app.kindred.ui.room.RoomView;
import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, item 3: the room view at 1920x1080 read from the back row. Rendered type sizes against
 * the screen's height (body 4 %, prompt 5.5 %, countdown digits 15 % in a regular weight), a progress
 * bar, paused and time-out as full screens of their own, the ready card centred and asking couples
 * to decide who is which mark.
 */
class BackRowTest extends GuiTest {
    private static final int H = 1080;

    @Test
    void theBackRowCanReadEveryState() {
        FakeClock clock = new FakeClock();
        SessionEngine engine = Workshops.engine(clock);
        RoomView view = onEdt(() -> {
            RoomView v = new RoomView(Workshops.WALL);
            Workshops.offScreen((Container) v.component(), 1920, H);
            return v;
        });
        atCleanUp(() -> SwingUtilities.getWindowAncestor(view.component()).dispose());

        draw(view, engine);
        assertThat(onEdt(view::card)).isEqualTo(RoomView.BETWEEN);
        assertThat(named(view, "room.between.decidePanel").isVisible()).isTrue();
        assertThat(centreX(view, "room.between.title")).isCloseTo(960.0, org.assertj.core.data.Offset.offset(3.0));
        assertThat(centreX(view, "room.between.decidePanel")).isCloseTo(960.0, org.assertj.core.data.Offset.offset(3.0));
        assertThat(size(view, "room.between.text")).isGreaterThanOrEqualTo(0.04f * H);

        engine.start();
        clock.advanceSeconds(20);
        draw(view, engine);
        assertThat(onEdt(view::card)).isEqualTo(RoomView.STEP);
        assertThat(size(view, "room.instructions")).isGreaterThanOrEqualTo(0.04f * H);
        assertThat(size(view, "room.turn")).isGreaterThanOrEqualTo(0.04f * H);
        assertThat(size(view, "room.countdown")).isGreaterThanOrEqualTo(0.15f * H);
        assertThat(onEdt(() -> named(view, "room.countdown").getFont().getFontName())).doesNotContainIgnoringCase("light");
        assertThat(onEdt(() -> named(view, "room.progress").isVisible() && named(view, "room.progress").getWidth() > 100)).isTrue();
        int before = onEdt(() -> ((javax.swing.JProgressBar) named(view, "room.progress")).getValue());
        clock.advanceSeconds(30);
        draw(view, engine);
        assertThat(onEdt(() -> ((javax.swing.JProgressBar) named(view, "room.progress")).getValue())).isLessThan(before);

        engine.pause();
        draw(view, engine);
        assertThat(onEdt(view::card)).isEqualTo(RoomView.HOLD);
        assertThat(size(view, "room.hold.countdown")).isGreaterThanOrEqualTo(0.15f * H);
        engine.resume();
        engine.timeOut();
        draw(view, engine);
        assertThat(onEdt(view::card)).isEqualTo(RoomView.HOLD);
        assertThat(size(view, "room.hold.text")).isGreaterThanOrEqualTo(0.04f * H);
        engine.endTimeOut(true);

        // Holding the Floor's speaking step carries a prompt (the third item, after the tea break)
        engine.skip();
        engine.skip();
        draw(view, engine);
        assertThat(onEdt(view::card)).isEqualTo(RoomView.BREAK);
        assertThat(size(view, "room.break.countdown")).isGreaterThanOrEqualTo(0.15f * H);
        engine.skip();
        engine.skip();
        draw(view, engine);
        assertThat(onEdt(() -> named(view, "room.promptCard").isVisible() && named(view, "room.prompt").getHeight() > 0)).isTrue();
        assertThat(size(view, "room.prompt")).isGreaterThanOrEqualTo(0.055f * H);
    }

    private static void draw(RoomView view, SessionEngine engine) {
        onEdt(() -> {
            view.render(engine.snapshot());
            SwingUtilities.getWindowAncestor(view.component()).validate();
        });
    }

    private static float size(RoomView view, String name) {
        return onEdt(() -> named(view, name).getFont().getSize2D());
    }

    private static double centreX(RoomView view, String name) {
        return onEdt(() -> {
            JComponent c = named(view, name);
            Rectangle r = SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), view.component());
            return r.getCenterX();
        });
    }

    private static JComponent named(RoomView view, String name) {
        Component c = RoomScreenshots.find((Container) view.component(), name);
        assertThat(c).as(name).isNotNull();
        return (JComponent) c;
    }
}
