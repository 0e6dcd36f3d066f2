package app.kindred.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.persist.PinStore;
import app.kindred.persist.SettingsStore;
import app.kindred.ui.ConsoleText;
import app.kindred.ui.GuiTest;
import app.kindred.ui.SingleKeys;
import app.kindred.ui.SpeechService;
import app.kindred.ui.Theme;
import app.kindred.ui.console.KioskConsole;
import app.kindred.ui.kiosk.KioskApp;
import app.kindred.ui.kiosk.KioskHarness;
import app.kindred.ui.room.RoomStyles;
import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JSlider;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facilitator's settings at the couple's kiosk: volume (with a chime to try), speech and its
 * volume, the screen reader, single keys and the answer time, in words and big enough for a
 * finger; saving writes the file and changes the running kiosk.
 */
class LiveSettingsTest extends GuiTest {
    @SuppressWarnings("deprecation")
    private static final int CTRL_SHIFT = InputEvent.CTRL_MASK | InputEvent.SHIFT_MASK;
    private static final String PIN = "246813";

    @TempDir
    Path home;
    private KioskApp app;
    private KioskConsole console;
    private final List<Integer> voices = new CopyOnWriteArrayList<>();
    private final SpeechService fakeVoice = new SpeechService() {
        @Override
        public void say(String text) {
        }

        @Override
        public void stop() {
        }
    };

    /** The focusable button or slider pressed last (see {@link #inView}). */
    private volatile java.awt.Component lastPressed;
    private final java.awt.event.AWTEventListener pressWatch = e -> {
        if (e.getID() == java.awt.event.MouseEvent.MOUSE_PRESSED && e.getSource() instanceof javax.swing.JComponent c
                && (c instanceof javax.swing.AbstractButton || c instanceof javax.swing.JSlider)
                && c.isFocusable() && c.isRequestFocusEnabled()) {
            lastPressed = c;
        }
    };

    @org.junit.jupiter.api.BeforeEach
    void watchPresses() {
        java.awt.Toolkit.getDefaultToolkit().addAWTEventListener(pressWatch, java.awt.AWTEvent.MOUSE_EVENT_MASK);
    }

    @AfterEach
    void closeTheKiosk() {
        java.awt.Toolkit.getDefaultToolkit().removeAWTEventListener(pressWatch);
        if (console != null) {
            onEdt(() -> console.detach());
        }
        if (app != null) {
            onEdt(app::close);
        }
        SingleKeys.setEnabled(true);
    }

    private void waitUntil(String what, java.util.function.BooleanSupplier test) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return onEdt(() -> test.getAsBoolean());
            }
        }, Timeout.timeout(10_000));
    }

    private SettingsStore openSettings() {
        KioskHarness harness = new KioskHarness(home);
        SettingsStore settings = SettingsStore.load(home.resolve("settings.properties"));
        PinStore.beside(settings).set(PIN.toCharArray());
        app = onEdt(() -> {
            RoomStyles.register();
            Theme.LIGHT.install(100);
            KioskApp a = KioskApp.create(harness.options());
            console = KioskConsole.attach(a.frame(), settings, harness.clock, () -> { });
            console.setLive(new KioskLiveSettings(a, false, null, 60, v -> {
                voices.add(v);
                return fakeVoice;
            }));
            a.show(GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice(), null);
            return a;
        });
        window = new FrameFixture(robot, app.frame().frame());
        window.focus();
        robot.pressAndReleaseKey(KeyEvent.VK_K, CTRL_SHIFT);
        waitUntil("PIN pad", () -> app.frame().overlayShowing());
        for (char c : PIN.toCharArray()) {
            window.button("pin.key." + c).click();
        }
        window.button("pin.ok").click();
        waitUntil("facilitator menu", () -> showing("kioskConsole.settings"));
        window.button("kioskConsole.settings").click();
        waitUntil("settings", () -> showing("settings"));
        return settings;
    }

    private boolean showing(String name) {
        return !robot.finder().findAll(c -> name.equals(c.getName()) && c.isShowing()).isEmpty();
    }

    /** The settings' rows scroll; a robot clicks only what is in view. */
    private void inView(String name) {
        // A press moves the focus a moment later, and the panel brings the focus owner into view
        // (for Tab): scrolling before that focus arrives lets it scroll back under the next click
        // (a toggle missed its click now and then). So first the last pressed control has the focus.
        waitUntil("the focus on the control pressed last", () -> {
            java.awt.Component c = lastPressed;
            return c == null || !c.isShowing() || c.isFocusOwner();
        });
        onEdt(() -> {
            // A toggle's note shown or hidden is laid out later (revalidate): lay out now, so the
            // scroll and the click go where the control will be (a click once landed on the row below).
            app.frame().frame().validate();
            javax.swing.JComponent c = (javax.swing.JComponent) robot.finder().findByName(name, false);
            c.scrollRectToVisible(new java.awt.Rectangle(0, 0, c.getWidth(), c.getHeight()));
        });
        robot.waitForIdle();
    }

    /** Selects the choice shown with these words, as picking it from the list does (no popup to miss). */
    private void choose(String name, String shown) {
        onEdt(() -> {
            JComboBox<?> box = (JComboBox<?>) robot.finder().findByName(name, false);
            for (int i = 0; i < box.getItemCount(); i++) {
                if (String.valueOf(box.getItemAt(i)).equals(shown)) {
                    box.setSelectedIndex(i);
                    return null;
                }
            }
            throw new AssertionError("no choice \"" + shown + "\" in " + name);
        });
        robot.waitForIdle();
    }

    private void press(String name) {
        onEdt(() -> ((AbstractButton) robot.finder().findByName(name, false)).doClick());
        robot.waitForIdle();
    }

    private void set(String name, int value) {
        onEdt(() -> ((JSlider) robot.finder().findByName(name, false)).setValue(value));
        robot.waitForIdle();
    }

    private static List<Component> all(Container c) {
        List<Component> out = new ArrayList<>();
        for (Component child : c.getComponents()) {
            out.add(child);
            if (child instanceof Container inner && !(child instanceof JComboBox) && !(child instanceof AbstractButton)
                    && !(child instanceof javax.swing.JScrollBar)) {
                out.addAll(all(inner));
            }
        }
        return out;
    }

    @Test
    void everyChoiceIsInWordsAndBigEnoughForAFinger() {
        openSettings();
        List<String> words = new ArrayList<>();
        List<String> small = new ArrayList<>();
        onEdt(() -> {
            Container panel = (Container) robot.finder().findByName("settings", false);
            for (Component c : all(panel)) {
                if (c instanceof JComboBox<?> box) {
                    for (int i = 0; i < box.getItemCount(); i++) {
                        words.add(String.valueOf(box.getItemAt(i)));
                    }
                } else if (c instanceof JLabel l) {
                    words.add(l.getText());
                } else if (c instanceof AbstractButton b) {
                    words.add(b.getText());
                }
                if ((c instanceof JComboBox || c instanceof AbstractButton || c instanceof JSlider)
                        && c.isShowing() && c.getHeight() < 44) {
                    small.add(c.getName() + " " + c.getHeight() + " px");
                }
            }
        });
        assertThat(words).as("no raw setting values").doesNotContain("light", "dark", "high-contrast", "a4", "letter",
                "kiosk", "room", "true", "false", "0");
        assertThat(words).noneMatch(w -> w != null && (w.contains("(s,") || w.contains("(min)") || w.contains("0 = off")));
        assertThat(words).contains("Light", "A4 (most of the world)", "Off", "On", "1 minute", "3 minutes",
                "45 seconds", "The system\u2019s default printer");
        assertThat(small).as("controls under 44 px at 100 %").isEmpty();
        // A control that cannot be used says why: reading aloud is off, so its volume is.
        window.slider("settings.speechVolume").requireDisabled();
        window.label("settings.speechVolume.why").requireVisible().requireText(ConsoleText.get("settings.why.speechOff"));
        inView("settings.speech");
        window.toggleButton("settings.speech").click();
        window.slider("settings.speechVolume").requireEnabled();
        assertThat(showing("settings.speechVolume.why")).as("the reason gone with the reason").isFalse();
    }

    @Test
    void savedSettingsChangeTheFileAndTheRunningKiosk() {
        // What is tested here is saving and applying: the controls are pressed as a button's own
        // doClick does it, not by a robot's pointer. The rows scroll and re-lay out as notes come
        // and go, and robot clicks landed on the row below now and then (seen in a press log);
        // the size of every control for a finger is everyChoiceIsInWordsAndBigEnoughForAFinger's.
        openSettings();
        inView("settings.volume");
        set("settings.volume", 40);
        inView("settings.testChime");
        press("settings.testChime");
        waitUntil("a chime at 40 %", () -> app.chimes().lastTryOutVolume() == 40);
        inView("settings.speech");
        window.toggleButton("settings.speech").requireText("Off");
        press("settings.speech");
        window.toggleButton("settings.speech").requireText("On");
        inView("settings.speechVolume");
        set("settings.speechVolume", 70);
        inView("settings.screenReader");
        press("settings.screenReader");
        inView("settings.singleKeys");
        window.toggleButton("settings.singleKeys").requireSelected();
        press("settings.singleKeys");
        inView("settings.idleAnswer");
        choose("settings.idleAnswer", "2 minutes");
        inView("settings.sound");
        press("settings.sound");
        window.slider("settings.volume").requireDisabled();
        window.button("settings.testChime").requireDisabled();
        window.label("settings.volume.why").requireVisible().requireText(ConsoleText.get("settings.why.chimesOff"));
        window.button("settings.save").click();
        waitUntil("saved", () -> ((JLabel) robot.finder().findByName("settings.message", false)).getText()
                .equals(ConsoleText.get("settings.saved")));

        SettingsStore reread = SettingsStore.load(home.resolve("settings.properties"));
        assertThat(reread.get(SettingsStore.VOLUME)).isEqualTo(40);
        assertThat(reread.get(SettingsStore.SOUND)).isFalse();
        assertThat(reread.get(SettingsStore.SPEECH)).isTrue();
        assertThat(reread.get(SettingsStore.SPEECH_VOLUME)).isEqualTo(70);
        assertThat(reread.get(SettingsStore.SCREEN_READER)).isTrue();
        assertThat(reread.get(SettingsStore.SINGLE_KEY_SHORTCUTS)).isFalse();
        assertThat(reread.get(SettingsStore.IDLE_ANSWER)).isEqualTo(Duration.ofMinutes(2));

        // The running kiosk, at once.
        assertThat(app.chimes().muted()).isTrue();
        assertThat(app.chimes().volume()).isEqualTo(40);
        assertThat(onEdt(() -> app.speech())).isSameAs(fakeVoice);
        assertThat(voices).containsExactly(70);
        assertThat(SingleKeys.enabled()).isFalse();
        assertThat(onEdt(() -> app.idleGuard().answerWithin())).isEqualTo(Duration.ofMinutes(2));
    }
}
