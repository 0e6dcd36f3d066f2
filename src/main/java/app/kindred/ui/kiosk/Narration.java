package app.kindred.ui.kiosk;

import app.kindred.content.Durations;
import app.kindred.session.SessionSnapshot;
import app.kindred.session.SessionStatus;
import app.kindred.ui.Announcer;
import app.kindred.ui.SpeechService;
import app.kindred.ui.Text;

/**
 * What the kiosk says out loud, to a screen reader (through the {@link Announcer}) and, in the
 * optional speech mode, through the system's speech: milestones only. A new step (its number,
 * title and whose turn; the speech adds the instruction and the prompt), one minute and 30
 * seconds left, the end, the print result, "Still there?". Never the countdown's every second.
 * On the event thread.
 */
final class Narration {
    private final Announcer announcer;
    /** Null while the speech mode is off; the facilitator's settings switch it while the kiosk runs. */
    private SpeechService speech;
    private String stepKey;
    /** The seconds left when last looked at in this step, to notice a milestone being passed. */
    private long lastLeft = Long.MAX_VALUE;

    /** @param speech null when the speech mode is off */
    Narration(Announcer announcer, SpeechService speech) {
        this.announcer = announcer;
        this.speech = speech;
    }

    /** The speech mode switched on (a voice), off (null) or to another volume; the old voice falls silent. */
    void setSpeech(SpeechService voice) {
        if (speech != null && speech != voice) {
            speech.stop();
        }
        speech = voice;
    }

    SpeechService speech() {
        return speech;
    }

    /** Looks at the session now: a new step is said once; a passed milestone once. */
    void look(SessionSnapshot s, String turn) {
        if (s.finished() || s.status() == SessionStatus.READY) {
            return;
        }
        String key = s.itemIndex() + "/" + s.stepIndex();
        long left = Durations.countdownSeconds(s.remaining());
        if (!key.equals(stepKey)) {
            stepKey = key;
            lastLeft = left;
            String said = Text.format("announce.step", s.stepIndex() + 1, s.stepCount(), s.phaseTitle(), turn);
            announcer.announce(said);
            if (speech != null) {
                StringBuilder b = new StringBuilder(said);
                String what = s.isBreak() ? s.breakText() : s.instructions();
                if (what != null && !what.isBlank()) {
                    b.append(' ').append(what);
                }
                if (s.prompt() != null) {
                    b.append(' ').append(s.prompt().text());
                }
                speech.say(b.toString());
            }
            return;
        }
        if (s.paused() || s.status() == SessionStatus.TIME_OUT) {
            lastLeft = left;
            return;
        }
        if (lastLeft > 60 && left <= 60 && left > 30) {
            say(Text.get("announce.minute"));
        } else if (lastLeft > 30 && left <= 30 && left > 0) {
            say(Text.get("announce.halfMinute"));
        }
        lastLeft = left;
    }

    void ended() {
        say(Text.get("announce.end"));
    }

    void say(String text) {
        announcer.announce(text);
        if (speech != null) {
            speech.say(text);
        }
    }

    /** The wipe: the next couple starts with nothing said. */
    void forget() {
        stepKey = null;
        lastLeft = Long.MAX_VALUE;
        announcer.forget();
        if (speech != null) {
            speech.stop();
        }
    }
}
