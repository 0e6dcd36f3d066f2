package app.kindred.session;

import app.kindred.content.Audience;
import app.kindred.content.Prompt;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything needed to bring a session back after a crash, taken after every state change (and
 * regularly while a phase runs). It holds no written words (those go to the private file) and no
 * monotonic clock readings (they mean nothing in another process): the current step's time is
 * stored as budget and time used. {@link SessionEngine#restore} turns it back into a paused engine.
 *
 * @param sequence increases with every change; a journal never replaces a newer checkpoint by an older
 * @param record   the session record so far, without words
 */
public record SessionCheckpoint(
        int version,
        String sessionId,
        long sequence,
        String programmeId,
        String programmeTitle,
        String programmeSummary,
        Audience audience,
        List<Item> agenda,
        List<Item> dropped,
        Participants participants,
        Mode mode,
        long warningNanos,
        long timeOutNanos,
        long seed,
        boolean started,
        boolean finished,
        boolean endedEarly,
        boolean offerReschedule,
        int itemPos,
        int stepPos,
        long budgetNanos,
        long usedNanos,
        boolean paused,
        boolean inTimeOut,
        long timeOutUsedNanos,
        boolean warned,
        List<DrawnPrompt> prompts,
        List<String> drawnKeys,
        Map<String, Integer> climbs,
        Instant startedAt,
        SessionRecord record) {

    public static final int VERSION = 1;

    public SessionCheckpoint {
        agenda = List.copyOf(agenda);
        dropped = List.copyOf(dropped);
        prompts = List.copyOf(prompts);
        drawnKeys = List.copyOf(drawnKeys);
        climbs = Map.copyOf(climbs);
    }

    /** A programme item as it stands in the agenda; {@code key} is its position as written. */
    public record Item(int key, String exerciseId, String breakText, long durationNanos) {
    }

    /** The prompt drawn for one step (or the deck having run out there). */
    public record DrawnPrompt(int itemKey, int step, Prompt prompt, boolean ranOut) {
    }
}
