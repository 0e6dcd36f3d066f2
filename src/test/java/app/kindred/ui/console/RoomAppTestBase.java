package app.kindred.ui.console;

import app.kindred.persist.SettingsStore;
import app.kindred.session.FakeClock;
import app.kindred.session.SessionEngine;
import app.kindred.ui.GuiTest;
import app.kindred.ui.Theme;
import app.kindred.persist.PinStore;
import app.kindred.ui.room.RoomStyles;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Opens room mode on a fake clock with a PIN already set; subclasses drive it like a facilitator. */
public abstract class RoomAppTestBase extends GuiTest {
    protected static final String PIN = "246813";
    // AssertJ Swing's robot takes the old modifier masks (it maps them to the keys it presses).
    @SuppressWarnings("deprecation")
    protected static final int CTRL = InputEvent.CTRL_MASK;
    @SuppressWarnings("deprecation")
    protected static final int ALT = InputEvent.ALT_MASK;
    @SuppressWarnings("deprecation")
    protected static final int SHIFT = InputEvent.SHIFT_MASK;

    protected final FakeClock clock = new FakeClock();
    @TempDir
    protected Path home;
    protected SettingsStore settings;
    protected PinStore pins;
    protected SessionEngine engine;
    protected RoomApp app;
    protected boolean quitCalled;

    @BeforeEach
    final void settingsInTempFolder() {
        settings = SettingsStore.load(home.resolve("settings.properties"));
        pins = new PinStore(new app.kindred.persist.DataFolders(home));
    }

    protected RoomApp open(Supplier<List<Display>> screens) {
        engine = Workshops.engine(clock);
        app = onEdt(() -> {
            // A tooltip popping up under the pointer can swallow the robot's next click.
            javax.swing.ToolTipManager.sharedInstance().setEnabled(false);
            RoomStyles.register();
            Theme.LIGHT.install(100);
            RoomApp a = new RoomApp(Workshops.sessions(clock), engine, pins, clock, Workshops.WALL, screens, () -> quitCalled = true);
            a.show();
            return a;
        });
        // The console's idle lock runs on the fake clock, checked by a one-second Swing timer: a test
        // that moves the clock by minutes would find the console locked or not depending on whether
        // that timer ran in between. Tests of the lock itself set it back (LockdownTest).
        onEdt(() -> app.idleLock().setAfter(java.time.Duration.ofDays(1)));
        window = new FrameFixture(robot, app.windows().roomFrame());
        return app;
    }

    protected static Supplier<List<Display>> oneScreen() {
        return Displays::current;
    }

    @AfterEach
    final void closeApp() {
        if (app != null) {
            onEdt(() -> app.close());
        }
    }

    /** Lets the engine see the fake clock's time and every view redraw. */
    protected void refresh() {
        onEdt(() -> app.workshop().refresh());
    }

    protected void advanceSeconds(long s) {
        clock.advanceSeconds(s);
        refresh();
    }

    protected void pressConsoleKey() {
        window.focus();
        robot.pressAndReleaseKey(KeyEvent.VK_K, CTRL | SHIFT);
        expect(() -> org.assertj.core.api.Assertions.assertThat(onEdt(() -> app.windows().consoleVisible())).isTrue());
    }

    protected void ctrl(int key) {
        robot.pressAndReleaseKey(key, CTRL);
        robot.waitForIdle();
    }

    protected void typePin(FrameFixture where, String pin) {
        for (char c : pin.toCharArray()) {
            where.button("pin.key." + c).click();
        }
        where.button("pin.ok").click();
    }

    /**
     * Picks the item whose shown text matches, through the combo box itself (as a keyboard pick
     * does: the same selection and action events), not by clicking its popup list: a robot's click
     * on an open list was lost now and then under a loaded X server, and re-picking after a lost
     * click would be a rerun hidden in a helper. The tests that use this are about what the console
     * does with the choice.
     */
    protected void choose(FrameFixture where, String combo, java.util.regex.Pattern item) {
        where.comboBox(combo).requireEnabled();
        String[] shown = where.comboBox(combo).contents();
        int index = -1;
        for (int i = 0; i < shown.length && index < 0; i++) {
            if (item.matcher(shown[i]).matches()) {
                index = i;
            }
        }
        if (index < 0) {
            throw new AssertionError(combo + " has no item matching " + item + ": " + java.util.Arrays.toString(shown));
        }
        javax.swing.JComboBox<?> box = where.comboBox(combo).target();
        int chosen = index;
        onEdt(() -> box.setSelectedIndex(chosen));
        robot.waitForIdle();
        where.comboBox(combo).requireSelection(chosen);
    }

    protected void waitFor(String description, Supplier<Boolean> test) {
        Pause.pause(new Condition(description) {
            @Override
            public boolean test() {
                return onEdt(test::get);
            }
        }, Timeout.timeout(10_000));
    }

    /**
     * Retries an assertion for up to five seconds: the robot's events reach the event queue a
     * little after the robot returns (more so on the headless toolkit), so check the outcome, not the timing.
     */
    protected void expect(Runnable assertion) {
        long end = System.nanoTime() + 5_000_000_000L;
        while (true) {
            try {
                robot.waitForIdle();
                assertion.run();
                return;
            } catch (AssertionError | org.assertj.swing.exception.ComponentLookupException e) {
                if (System.nanoTime() > end) {
                    throw e;
                }
                Pause.pause(50);
            }
        }
    }

    protected void expectText(String label, String text) {
        expect(() -> window.label(label).requireText(text));
    }

    protected void expectText(String label, java.util.regex.Pattern text) {
        expect(() -> window.label(label).requireText(text));
    }

    protected void unlock(FrameFixture where) {
        typePin(where, PIN);
        waitFor("console unlocked", () -> app.isUnlocked());
        robot.waitForIdle();
    }
}
