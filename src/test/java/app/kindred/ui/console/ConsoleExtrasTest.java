package app.kindred.ui.console;

import app.kindred.session.SessionStatus;
import app.kindred.ui.ConsoleText;
import app.kindred.persist.PinStore;
import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.persist.DataFolders;
import app.kindred.persist.SettingsStore;
import app.kindred.session.Mode;
import app.kindred.ui.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Settings saved from the console and read back; the group summary saved as a PDF; a new session;
 * the console fits a 1024 x 768 screen (a common projector, mirrored).
 */
class ConsoleExtrasTest extends RoomAppTestBase {

    @BeforeEach
    void openUnlocked() {
        pins.set(PIN.toCharArray());
        open(oneScreen());
        onEdt(() -> {
            app.setSettings(settings);
            app.setSummaryOutput(new DataFolders(home.resolve("data")), settings);
            app.idleLock().setAfter(java.time.Duration.ofDays(1)); // as RoomAppTestBase.open: no lock mid-test
        });
        pressConsoleKey();
        unlock(window);
    }

    @Test
    void theConsoleFitsA1024By768Screen() {
        // Compact, as on a screen of its own; over the room view its 44 px controls scroll (ConsoleTouchTest).
        onEdt(() -> app.consolePanelForTests().setTouch(false));
        java.awt.Dimension min = onEdt(() -> window.panel("console").target().getMinimumSize());

        assertThat(min.width).isLessThanOrEqualTo(1024);
        assertThat(min.height).isLessThanOrEqualTo(768);
    }

    @Test
    void badLinesOfTheSettingsFileAreShownInTheSettingsWithTheDefaultUsed() throws Exception {
        java.nio.file.Path file = home.resolve("other-settings.properties");
        java.nio.file.Files.writeString(file, "warningTime=soon\ntheme=dark\n");
        SettingsStore bad = SettingsStore.load(file);
        onEdt(() -> app.setSettings(bad));
        window.button("console.settings").click();
        expect(() -> window.panel("settings").requireVisible());
        String shown = onEdt(() -> window.textBox("settings.problems").target().getText());
        assertThat(shown).contains("warningTime", "\"soon\"", "Using 30s");
    }

    @Test
    void settingsAreSavedAndReadBackAtTheNextStart() {
        window.button("console.settings").click();
        expect(() -> window.panel("settings").requireVisible());
        window.comboBox("settings.scale").requireSelection("Fit the screen");
        choose(window, "settings.theme", Pattern.compile("Dark"));
        choose(window, "settings.warning", Pattern.compile("45 seconds"));
        choose(window, "settings.paper", Pattern.compile("Letter.*"));
        choose(window, "settings.mode", Pattern.compile("Workshop.*"));
        onEdt(() -> scrollTo(window.toggleButton("settings.decksAllDay").target()));
        // Pressed as the button's own doClick does (robot clicks on these scrolling rows landed on
        // the row below now and then, after the theme change re-laid them out).
        window.toggleButton("settings.decksAllDay").requireSelected();
        onEdt(() -> window.toggleButton("settings.decksAllDay").target().doClick());
        window.toggleButton("settings.decksAllDay").requireNotSelected().requireText("Off");
        onEdt(() -> scrollTo(window.toggleButton("settings.sound").target()));
        window.toggleButton("settings.sound").requireSelected();
        onEdt(() -> window.toggleButton("settings.sound").target().doClick());
        window.toggleButton("settings.sound").requireNotSelected();
        window.toggleButton("settings.hubOn").requireSelected();
        onEdt(() -> window.toggleButton("settings.hubOn").target().doClick());
        window.toggleButton("settings.phoneRemote").requireNotSelected();
        onEdt(() -> window.toggleButton("settings.phoneRemote").target().doClick());
        window.button("settings.save").click();
        expectText("settings.message", ConsoleText.get("settings.saved"));

        SettingsStore reread = SettingsStore.load(home.resolve("settings.properties"));
        assertThat(reread.get(SettingsStore.THEME)).isEqualTo("dark");
        assertThat(reread.get(SettingsStore.WARNING_TIME)).hasSeconds(45);
        assertThat(reread.get(SettingsStore.PAPER)).isEqualTo("letter");
        assertThat(reread.get(SettingsStore.MODE)).isEqualTo(Mode.ROOM);
        assertThat(reread.get(SettingsStore.DECKS_AVOID_REPEATS_ALL_DAY)).isFalse();
        assertThat(reread.get(SettingsStore.SOUND)).isFalse();
        assertThat(reread.get(SettingsStore.HUB_ON)).isFalse();
        assertThat(reread.get(SettingsStore.PHONE_REMOTE)).isTrue();
        assertThat(reread.get(SettingsStore.UI_SCALE)).as("left at Fit the screen: auto").isEmpty();
        assertThat(pins.state()).as("saving settings keeps the PIN").isEqualTo(PinStore.State.SET);
        assertThat(onEdt(() -> Theme.current())).isEqualTo(Theme.DARK);

        window.button("settings.close").click();
        expect(() -> window.panel("console").requireVisible());
    }

    /** The settings' rows scroll; a robot clicks only what is in view. */
    private static void scrollTo(javax.swing.JComponent c) {
        // A theme chosen a moment ago is laid out later (revalidate): lay out first, so the scroll and
        // the click go where the control will be (a click on the day's-prompts toggle missed so).
        javax.swing.SwingUtilities.getWindowAncestor(c).validate();
        c.scrollRectToVisible(new java.awt.Rectangle(0, 0, c.getWidth(), c.getHeight()));
    }

    @Test
    void theGroupSummaryIsSavedAsAPdfWithoutAnyCouplesWords() throws Exception {
        window.button("console.start").click();
        expect(() -> window.button("console.skip").requireEnabled());
        advanceSeconds(30);
        window.button("console.skip").click();
        expect(() -> window.button("console.summary").requireEnabled());
        window.button("console.summary").click();
        expect(() -> window.button("summary.save").requireEnabled());
        window.button("summary.save").click();
        expect(() -> assertThat(window.textBox("summary.status").text()).startsWith("Saved as"));
        try (Stream<Path> files = Files.list(home.resolve("data").resolve("summaries"))) {
            List<Path> pdfs = files.toList();
            assertThat(pdfs).hasSize(1);
            assertThat(new String(Files.readAllBytes(pdfs.get(0)), java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF");
        }
    }

    @Test
    void aNewSessionOfAnotherProgrammeReplacesTheFinishedOne() {
        window.button("console.start").click();
        window.button("console.endEarly").click();
        expect(() -> window.button("console.newSession").requireEnabled());
        choose(window, "console.programme", Pattern.compile("A Quiet Evening.*"));
        window.button("console.newSession").click();
        expectText("room.between.title", "Holding the Floor");
        expectText("console.totals", Pattern.compile("Planned 14 min .*"));
        window.button("console.start").requireEnabled();
    }

    @Test
    void theConsoleKeysWorkWhileTheAgendaTableHasTheFocus() {
        window.button("console.start").click();
        expect(() -> assertThat(onEdt(() -> app.workshop().engine().snapshot().status() != SessionStatus.READY)).isTrue());
        int before = onEdt(() -> app.workshop().engine().snapshot().stepIndex());
        window.table("console.agenda").focus();
        robot.pressAndReleaseKey(java.awt.event.KeyEvent.VK_RIGHT, CTRL);
        expect(() -> assertThat(onEdt(() -> app.workshop().engine().snapshot().stepIndex())).isEqualTo(before + 1));
    }
}
