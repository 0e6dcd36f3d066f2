package app.kindred.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.ui.PartnerLook;
import java.awt.Toolkit;
import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.StringSelection;
import java.awt.event.KeyEvent;
import org.junit.jupiter.api.Test;

/** Whatever way a couple leaves, the next visitor finds nothing of them: names, words, clipboard. */
class NothingCarriesOverTest extends KioskGuiTest {
    private static final String MARKER = "Wombatqz";
    /** AssertJ Swing's robot reads the old modifier masks. */
    @SuppressWarnings("deprecation")
    private static final int CTRL = java.awt.event.InputEvent.CTRL_MASK;

    @Test
    void backFromTheNamesWipesThemForTheNextVisitor() {
        open();
        window.button("welcome.start").click();
        waitForScreen(WhoScreen.ID);
        type("who.name.a", MARKER);
        type("who.name.b", "Alex");
        window.button("who.back").click();
        waitForScreen(WelcomeScreen.ID);
        window.button("welcome.start").click();
        waitForScreen(WhoScreen.ID);
        window.textBox("who.name.a").requireText("");
        window.textBox("who.name.b").requireText("");
        assertThat(onEdt(() -> app.couple().typedName(PartnerLook.A))).isNull();
    }

    @Test
    void copyIsOffAndTheWipeBlanksTheClipboardAndTheSelectionEvenForWordsNeverSaved() {
        open();
        startExercise("holding-the-floor");
        window.button("exercise.next").click();
        window.button("exercise.next").click();
        waitUntil("step 3", () -> onEdt(() -> app.engine().snapshot().stepIndex()) == 2);
        window.button("exercise.write").click();
        waitForScreen(ReflectionScreen.ID);
        type("reflection.text", "secret " + MARKER);
        onEdt(() -> Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection("before"), null));
        window.textBox("reflection.text").selectAll();
        robot.pressAndReleaseKey(KeyEvent.VK_C, CTRL);
        robot.pressAndReleaseKey(KeyEvent.VK_X, CTRL);
        robot.waitForIdle();
        assertThat(clip(Toolkit.getDefaultToolkit().getSystemClipboard())).as("copy and cut do nothing").isEqualTo("before");
        window.textBox("reflection.text").requireText("secret " + MARKER);

        // Someone copies the words another way (the X selection holds selected text); they skip, and leave.
        onEdt(() -> Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(MARKER), null));
        window.button("reflection.skip").click();
        waitForScreen(ExerciseScreen.ID);
        onEdt(() -> app.wipe());
        assertThat(clip(Toolkit.getDefaultToolkit().getSystemClipboard())).isEmpty();
        Clipboard selection = onEdt(() -> Toolkit.getDefaultToolkit().getSystemSelection());
        if (selection != null) {
            assertThat(clip(selection)).isEmpty();
        }
    }

    private static String clip(Clipboard c) {
        return onEdt(() -> c.isDataFlavorAvailable(DataFlavor.stringFlavor) ? (String) c.getData(DataFlavor.stringFlavor) : "");
    }
}
