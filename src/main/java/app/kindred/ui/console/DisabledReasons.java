package app.kindred.ui.console;

import app.kindred.session.SessionSnapshot;
import app.kindred.session.SessionStatus;
import app.kindred.ui.ConsoleText;

/**
 * Why a console control is grey, in the facilitator's words ("available once the session has
 * started"). Follows the engine's {@code canDo} rules from the outside: the most general reason
 * first (not started, ended, time-out), then the control's own.
 */
final class DisabledReasons {
    private DisabledReasons() {
    }

    /** The reason for action {@code id} being disabled in state {@code s}; null if none applies. */
    static String why(String id, ConsoleState s) {
        String key = key(id, s);
        return key == null ? null : ConsoleText.get("why." + key);
    }

    /** Whether the reason is news to the facilitator, so worth a line of its own beside the controls. */
    static boolean worthSaying(String id, ConsoleState s) {
        String key = key(id, s);
        return key != null && java.util.Set.of("timeOut", "inBreak", "noTimeLeft", "noPrompt").contains(key);
    }

    private static String key(String id, ConsoleState s) {
        SessionSnapshot snap = s.session();
        boolean notStarted = snap.status() == SessionStatus.READY;
        boolean timeOut = snap.status() == SessionStatus.TIME_OUT;
        switch (id) {
            case "start":
                return snap.finished() ? "ended" : "underWay";
            case "showNote", "settings", "lock", "quit":
                return null;
            case "clearNote":
                return "noNote";
            case "swap":
                return "oneScreen";
            case "summary":
                return "notStarted";
            case "jump", "moveUp", "moveDown", "drop":
                if (snap.finished()) {
                    return "ended";
                }
                if (timeOut && id.equals("jump")) {
                    return "timeOut";
                }
                if (s.selectedItem() == null) {
                    return "chooseItem";
                }
                if (id.equals("jump")) {
                    return "chooseOther";
                }
                return id.equals("moveUp") && s.selectedUpcoming() ? "firstToCome"
                        : id.equals("moveDown") && s.selectedUpcoming() ? "lastItem" : "chooseUpcoming";
            default:
                break;
        }
        if (notStarted) {
            return "notStarted";
        }
        if (snap.finished()) {
            return "ended";
        }
        return switch (id) {
            case "pause" -> timeOut ? "timeOut" : "alreadyPaused";
            case "resume" -> timeOut ? "timeOut" : "notPaused";
            case "shorten" -> "noTimeLeft";
            case "endTimeOut" -> "noTimeOut";
            case "timeOut" -> timeOut ? "inTimeOut" : "inBreak";
            case "redraw" -> timeOut ? "timeOut" : snap.isBreak() ? "inBreak" : "noPrompt";
            default -> timeOut ? "timeOut" : null;
        };
    }
}
