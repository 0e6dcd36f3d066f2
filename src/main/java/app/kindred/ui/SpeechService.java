package app.kindred.ui;

/**
 * The system's speech (speech-dispatcher on Linux): the kiosk's optional built-in voice, for a
 * visitor who cannot read the screen and has brought nothing. Calls return at once; speaking
 * happens elsewhere. A new text interrupts what is still being said: the newest is what matters.
 */
public interface SpeechService {
    /** Says {@code text}, interrupting anything still being said. */
    void say(String text);

    /** Stops speaking (the wipe: nothing of a couple is read out to the next). */
    void stop();
}
