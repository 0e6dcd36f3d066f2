package app.kindred.ui;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of every AssertJ Swing test (AssertJ Swing has no JUnit 5 extension): a fresh robot per
 * test, any Swing call off the event thread fails the test, everything is cleaned up afterwards.
 *
 * <p>Runs on a real X server (CI: {@code xvfb-run -a mvn -B verify}) and, with no display at all,
 * on Caciocavallo's in-memory screen: the {@code no-display} Maven profile sets
 * {@code awt.toolkit} to Cacio's toolkit, and loading {@code CacioExtension} below installs it
 * (JDK 17 no longer reads {@code awt.toolkit} itself, so Cacio patches AWT when that class loads).
 */
public abstract class GuiTest {
    private static final String CACIO_TOOLKIT = "com.github.caciocavallosilano.cacio.ctc.CTCToolkit";

    static {
        useCacioWithoutDisplay();
    }

    /**
     * In the no-display profile, installs Caciocavallo's toolkit (once; loading its JUnit extension
     * patches AWT); elsewhere does nothing. For any test that starts AWT, GUI or not.
     */
    public static void useCacioWithoutDisplay() {
        if (CACIO_TOOLKIT.equals(System.getProperty("awt.toolkit"))) {
            try {
                Class.forName("com.github.caciocavallosilano.cacio.ctc.junit.CacioExtension", true,
                        GuiTest.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    protected Robot robot;
    protected FrameFixture window;
    private final java.util.List<Runnable> cleanUps = new java.util.ArrayList<>();

    @BeforeAll
    static void failOnThreadViolation() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    final void newRobot() {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(10);
        robot.settings().eventPostingDelay(20);
        GuiActionRunner.execute(() -> Theme.LIGHT.install(100));
    }

    /** Runs on the event thread after the test, before the robot is cleaned up (timers, listeners). */
    protected void atCleanUp(Runnable onEdt) {
        cleanUps.add(onEdt);
    }

    @AfterEach
    final void cleanUpRobot() {
        for (Runnable r : cleanUps) {
            onEdt(r);
        }
        cleanUps.clear();
        if (window != null) {
            window.cleanUp();
            window = null;
        }
        if (robot != null) {
            robot.cleanUp();
            robot = null;
        }
    }

    /** Runs on the event thread and returns the result. */
    protected static <T> T onEdt(java.util.concurrent.Callable<T> task) {
        return GuiActionRunner.execute(task);
    }

    protected static void onEdt(Runnable task) {
        GuiActionRunner.execute(task::run);
    }
}
