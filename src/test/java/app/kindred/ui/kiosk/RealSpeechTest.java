package app.kindred.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.ui.PrivateSpeechDispatcher;
import app.kindred.ui.SpdSay;
import app.kindred.ui.SpeechService;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The speech mode against a real speech-dispatcher (a private one, see {@link PrivateSpeechDispatcher}):
 * the kiosk's own voice, {@link SpdSay}, speaks a step; the service receives the text and its
 * espeak-ng voice speaks it to the end.
 */
class RealSpeechTest extends KioskGuiTest {
    @TempDir
    Path speechFolder;
    private PrivateSpeechDispatcher dispatcher;

    /** SpdSay as the kiosk uses it, noting what it was asked to say. */
    private static final class Noted implements SpeechService {
        final List<String> said = new CopyOnWriteArrayList<>();
        final SpeechService voice;

        Noted(SpeechService voice) {
            this.voice = voice;
        }

        @Override
        public void say(String text) {
            said.add(text);
            voice.say(text);
        }

        @Override
        public void stop() {
            voice.stop();
        }
    }

    /** What SpdSay logged (a failing spd-say says why), shown when the test fails. */
    private final List<String> spdSayLog = new CopyOnWriteArrayList<>();
    private final java.util.logging.Handler spdSayHandler = new java.util.logging.Handler() {
        @Override
        public void publish(java.util.logging.LogRecord r) {
            spdSayLog.add(new java.util.logging.SimpleFormatter().formatMessage(r));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @org.junit.jupiter.api.BeforeEach
    void listenToSpdSay() {
        java.util.logging.Logger.getLogger(SpdSay.class.getName()).addHandler(spdSayHandler);
    }

    @AfterEach
    void stopTheService() throws InterruptedException {
        java.util.logging.Logger.getLogger(SpdSay.class.getName()).removeHandler(spdSayHandler);
        if (dispatcher != null) {
            dispatcher.close();
        }
    }

    @Test
    void aStepIsSpokenByTheSystemsSpeechService() throws Exception {
        dispatcher = new PrivateSpeechDispatcher(speechFolder);
        Noted speech = new Noted(new SpdSay("spd-say", 60, dispatcher.environment()));
        harness = new KioskHarness(home);
        harness.access = new KioskAccess(true, speech);
        openWith(harness);
        startExercise("holding-the-floor", "Sam");
        waitUntil("step 1 spoken", () -> !speech.said.isEmpty());
        assertSpokenToTheEnd(speech.said.get(0), "Step 1 of");

        window.button("exercise.next").click();
        waitUntil("step 2 spoken", () -> speech.said.size() >= 2);
        assertSpokenToTheEnd(speech.said.get(speech.said.size() - 1), "Step 2 of");
    }

    /** The service queued this text (as its first line shows in the log) and its voice reported the end. */
    private void assertSpokenToTheEnd(String text, String start) {
        assertThat(text).startsWith(start);
        String firstLine = text.lines().findFirst().orElseThrow();
        String queued = "Queueing message |" + firstLine;
        try {
            dispatcher.waitForLog("\"" + firstLine + "\" queued", log -> log.contains(queued));
        } catch (AssertionError e) {
            throw new AssertionError("SpdSay logged: " + spdSayLog, e);
        }
        // spd-say was told the priority Kindred asks for, and the espeak-ng voice spoke the text to
        // its end (event 702), which it reports after the last of the audio went to the sound device.
        dispatcher.waitForLog("\"" + firstLine + "\" spoken to the end",
                log -> log.indexOf("702 END", log.lastIndexOf(queued)) > 0);
        assertThat(dispatcher.log()).contains("SET SELF PRIORITY IMPORTANT");
    }
}
