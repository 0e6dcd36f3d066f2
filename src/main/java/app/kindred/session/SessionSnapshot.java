package app.kindred.session;

import app.kindred.content.Exercise;
import app.kindred.content.Prompt;
import java.time.Duration;
import java.util.List;

/**
 * Everything a screen needs to draw the session at one instant; immutable. Text has {A} and {B}
 * replaced by the names of the people who hold those roles right now.
 *
 * @param atNanos            the monotonic time this snapshot describes
 * @param itemIndex          0-based position of the current item in the agenda; itemCount items
 * @param exercise           the current exercise, null during a break
 * @param breakText          the break's text, null during an exercise
 * @param phaseIndex         0-based index into the exercise's phases (EACH halves share it); -1 in a break
 * @param round              0, or 1 in the repeat with roles swapped ({@code swapped})
 * @param stepIndex          0-based position in the ribbon; stepCount steps
 * @param active             who acts now, with name, partner (colour/shape) and role label; empty in a break
 * @param switchRoles        this step began with the partners switching roles
 * @param reflectionQuestion the phase's private written question, or null
 * @param prompt             the prompt drawn for this step, or null
 * @param deckRanOut         the phase has a deck but every prompt was already drawn this session
 * @param remaining          time left in this step (frozen while paused or in a time-out), never negative
 * @param planned            the step's planned length before any extension
 * @param extension          net extension (shortening counts negative): the total is planned + extension
 * @param timeOutRemaining   calm-down time left while in a time-out, else null
 * @param timeOutOver        the calm-down period has run out; the couple chooses to resume or end
 * @param next               what comes next, or null at the last step
 * @param programmePlanned   planned length of the whole (current) agenda
 * @param programmeUsed      time the programme's steps have run so far
 * @param offerReschedule    the session ended from a time-out: offer to book another time
 */
public record SessionSnapshot(
        SessionStatus status,
        long atNanos,
        String programmeTitle,
        int itemIndex,
        int itemCount,
        Exercise exercise,
        String breakText,
        int phaseIndex,
        int phaseCount,
        int round,
        boolean swapped,
        int stepIndex,
        int stepCount,
        List<RibbonStep> ribbon,
        String phaseTitle,
        List<ActivePerson> active,
        boolean switchRoles,
        String instructions,
        List<String> stems,
        String reflectionQuestion,
        Prompt prompt,
        boolean deckRanOut,
        Duration remaining,
        Duration planned,
        Duration extension,
        Duration timeOutRemaining,
        boolean timeOutOver,
        UpNext next,
        Duration programmePlanned,
        Duration programmeUsed,
        List<AgendaItem> agenda,
        Participants participants,
        boolean endedEarly,
        boolean offerReschedule) {

    public SessionSnapshot {
        ribbon = List.copyOf(ribbon);
        active = List.copyOf(active);
        stems = List.copyOf(stems);
        agenda = List.copyOf(agenda);
    }

    public boolean isBreak() {
        return exercise == null;
    }

    public boolean paused() {
        return status == SessionStatus.PAUSED;
    }

    public boolean finished() {
        return status == SessionStatus.FINISHED;
    }

    /** The step's length including extensions. */
    public Duration total() {
        return planned.plus(extension);
    }

    /**
     * Whole seconds to show on a countdown: rounded up, so a fresh 45 s phase shows 0:45 and 0:00
     * appears only when the time is really over.
     */
    public long displaySeconds() {
        long n = remaining.toNanos();
        return n / 1_000_000_000L + (n % 1_000_000_000L > 0 ? 1 : 0);
    }

    /** Time this step has run. */
    public Duration elapsed() {
        return total().minus(remaining);
    }
}
