package app.kindred.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.session.FakeClock;
import app.kindred.session.SessionEngine;
import app.kindred.ui.GuiTest;
import app.kindred.ui.Motion;
import app.kindred.ui.room.RoomView;
import java.awt.Container;
import javax.swing.JFrame;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The room view's states (ready, a step, paused, the break, the end) arrive as the kiosk's screens
 * do, a short fade and rise that ends by itself; with reduce motion they simply appear. A new second
 * or a new step inside the same state moves nothing.
 */
class RoomTransitionTest extends GuiTest {
    @AfterEach
    void motionBack() {
        Motion.setReduced(false);
    }

    private RoomView shown() {
        return onEdt(() -> {
            RoomView v = new RoomView(Workshops.WALL);
            JFrame f = new JFrame();
            f.setContentPane((Container) v.component());
            f.setBounds(0, 0, 960, 540);
            f.setVisible(true);
            atCleanUp(f::dispose);
            return v;
        });
    }

    private final FakeClock clock = new FakeClock();
    private final SessionEngine engine = Workshops.engine(clock);

    /** A shown room view on the ready card, then the session started: the step card is on show. */
    private RoomView startedInAView() {
        RoomView view = shown();
        onEdt(() -> view.render(engine.snapshot()));
        robot.waitForIdle();
        engine.start();
        onEdt(() -> view.render(engine.snapshot()));
        assertThat(onEdt(view::card)).isEqualTo(RoomView.STEP);
        return view;
    }

    @Test
    void aNewStateArrivesAndSettlesAndASecondDoesNot() {
        RoomView view = startedInAView();
        assertThat(onEdt(view::arriving)).as("the step arrives").isTrue();
        Pause.pause(new Condition("the arrival ends by itself") {
            @Override
            public boolean test() {
                return !onEdt(view::arriving);
            }
        }, Timeout.timeout(5_000));

        clock.advanceSeconds(1);
        onEdt(() -> view.render(engine.snapshot()));
        assertThat(onEdt(view::arriving)).as("a second of the same step").isFalse();

        engine.pause();
        onEdt(() -> view.render(engine.snapshot()));
        assertThat(onEdt(view::card)).isEqualTo(RoomView.HOLD);
        assertThat(onEdt(view::arriving)).as("paused: a state of its own").isTrue();
    }

    @Test
    void withReduceMotionAStateSimplyAppears() {
        Motion.setReduced(true);
        RoomView view = startedInAView();
        assertThat(onEdt(view::arriving)).isFalse();
    }
}
