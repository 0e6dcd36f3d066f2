package app.kindred.ui.kiosk;

import app.kindred.content.ContentLibrary;
import app.kindred.persist.Recovery;
import app.kindred.session.SessionEngine;
import app.kindred.session.SessionSnapshot;
import app.kindred.session.SessionStatus;
import app.kindred.ui.CommandAction;
import app.kindred.ui.KioskFrame;
import java.util.logging.Logger;

/**
 * After a crash: the session found in the journal is put back on screen, paused, under the "Kindred
 * restarted" card with Carry on and Start over, until the couple answers (or resumes some other way).
 * See docs/UI.md, "After a crash".
 */
final class RecoveryFlow {
    private static final Logger LOG = Logger.getLogger(RecoveryFlow.class.getName());

    private final KioskApp kiosk;
    private final KioskFrame frame;
    private RecoveryPrompt prompt;
    /** A session came back and the couple has not yet said "Carry on" or "Start over". */
    private boolean pending;

    RecoveryFlow(KioskApp kiosk, KioskFrame frame) {
        this.kiosk = kiosk;
        this.frame = frame;
    }

    boolean pending() {
        return pending;
    }

    /** On the event thread: puts a recovered session on screen, paused, with the recovery card over it. */
    void adopt(Recovery r, ContentLibrary library) {
        if (r.outcome() != Recovery.Outcome.RECOVERED) {
            return;
        }
        SessionEngine recovered = r.engine();
        if (kiosk.engine() != null) {
            // A couple started a new session while the journal was being read: theirs wins.
            LOG.warning("start-up: a new session began before the recovered one could be shown; it is dropped");
            recovered.wipeWords();
            return;
        }
        SessionSnapshot s = recovered.snapshot();
        kiosk.couple().recall(s.participants(), choiceFor(library, recovered.record().programmeId(), s.programmeTitle()));
        kiosk.takeOver(recovered);
        pending = true;
        show();
    }

    /** The kiosk choice the recovered session was started from (for the review's title and worksheets). */
    private static Choice choiceFor(ContentLibrary library, String programmeId, String title) {
        if (library == null) {
            return null;
        }
        Choice sameId = null;
        for (Choice c : Choice.from(library)) {
            if (c.programme().id().equals(programmeId)) {
                if (c.title().equals(title)) {
                    return c;
                }
                sameId = sameId == null ? c : sameId;
            }
        }
        return sameId;
    }

    void show() {
        if (prompt == null) {
            prompt = new RecoveryPrompt(kiosk.controls().action("carryOn", e -> carryOn(), s -> true),
                    CommandAction.of("startOver", kiosk::startOver));
        }
        SessionEngine e = kiosk.engine();
        prompt.update(e != null && e.snapshot().finished());
        frame.showOverlay(prompt.panel(), prompt.focus());
    }

    /** "Carry on": the clock starts again where it stopped (or the review simply stays). */
    private void carryOn() {
        dismiss();
        SessionEngine e = kiosk.engine();
        if (e != null && !e.snapshot().finished()) {
            e.resume();
        }
    }

    void dismiss() {
        pending = false;
        if (prompt != null && prompt.showing()) {
            frame.hideOverlay();
        }
    }

    /** Resumed some other way (the P key, a time-out): they are clearly back. */
    void seen(SessionSnapshot s) {
        if (pending && s.status() != SessionStatus.PAUSED && !s.finished()) {
            dismiss();
        }
    }

    /** The wipe forgets it too. */
    void forget() {
        pending = false;
    }
}
