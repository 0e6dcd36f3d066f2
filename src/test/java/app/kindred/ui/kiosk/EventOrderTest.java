package app.kindred.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The clock's thread and a couple's taps both move the session. An event from the clock's thread
 * reaches the screen queued; if a tap moved the session on before it arrives, the screen must still
 * show where the session is now, not where the event found it.
 */
class EventOrderTest extends KioskGuiTest {
    @Test
    void aClockEventQueuedBehindATapNeverPaintsAnOlderStep() throws Exception {
        open();
        startExercise("holding-the-floor");
        for (int round = 0; round < 4; round++) {
            onEdt(() -> {
                // A phase ends on the clock's thread while the event thread is busy: its event is queued...
                Thread clockThread = new Thread(() -> app.engine().skip(), "pretend-scheduler");
                clockThread.start();
                try {
                    clockThread.join();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                // ...and before it is drawn, the couple taps Next.
                window.button("exercise.next").target().doClick();
            });
            robot.waitForIdle();
            String shown = onEdt(() -> window.label("exercise.phase").target().getText());
            String now = onEdt(() -> app.engine().snapshot().phaseTitle());
            int stepShown = stepShown();
            assertThat(shown).as("round %d", round).isEqualTo(now);
            assertThat(stepShown).as("round %d", round).isEqualTo(onEdt(() -> app.engine().snapshot().stepIndex()) + 1);
            if (onEdt(() -> app.engine().snapshot().stepIndex()) >= 4) {
                break;
            }
        }
    }

    private int stepShown() {
        String text = onEdt(() -> window.label("exercise.stepOf").target().getText());
        return Integer.parseInt(text.replaceAll("^Step (\\d+).*", "$1"));
    }
}
