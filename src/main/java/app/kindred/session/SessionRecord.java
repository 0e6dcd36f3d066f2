package app.kindred.session;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What happened in a session: the input of the take-home and group summaries. Written and read by
 * {@code app.kindred.persist.SessionRecordFile} in the format of {@code docs/SESSION-RECORD.md}.
 *
 * @param format         file format version, {@link #FORMAT}
 * @param partnerA       the name partner A typed, or "Partner A"
 * @param started        wall-clock time of START, null if never started
 * @param ended          wall-clock time the programme ended, null while running
 * @param planned        planned length of the agenda as it finally stood (dropped items excluded)
 * @param actual         time all steps actually ran (pauses and time-outs excluded)
 * @param items          every agenda item in its final order, dropped ones last
 * @param words          the couple's reflections and commitments: private, see {@link #withoutPrivateWords()}
 */
public record SessionRecord(
        int format,
        String sessionId,
        String programmeId,
        String programmeTitle,
        Mode mode,
        String partnerA,
        String partnerB,
        Instant started,
        Instant ended,
        boolean endedEarly,
        Duration planned,
        Duration actual,
        List<ItemRun> items,
        List<TimeOutRun> timeOuts,
        List<WrittenWords> words) {

    public static final int FORMAT = 1;

    public SessionRecord {
        items = items == null ? List.of() : List.copyOf(items);
        timeOuts = timeOuts == null ? List.of() : List.copyOf(timeOuts);
        words = words == null ? List.of() : List.copyOf(words);
    }

    /** For the group summary and any file kept after the couple's turn: no names, no words. */
    public SessionRecord withoutPrivateWords() {
        return new SessionRecord(format, sessionId, programmeId, programmeTitle, mode,
                Participants.DEFAULT_A, Participants.DEFAULT_B, started, ended, endedEarly, planned, actual,
                items, timeOuts, List.of());
    }

    /** The words the couple chose for their take-home summary. */
    public List<WrittenWords> wordsOnSummary() {
        return words.stream().filter(WrittenWords::onSummary).toList();
    }

    public Duration extended() {
        return items.stream().flatMap(i -> i.phases().stream()).map(PhaseRun::extended)
                .reduce(Duration.ZERO, Duration::plus);
    }

    /** How one agenda item went. {@code position} is 1-based in the programme as written. */
    public record ItemRun(int position, String exerciseId, String title, boolean isBreak, Duration planned,
            Duration actual, ItemOutcome outcome, List<PhaseRun> phases) {
        public ItemRun {
            phases = phases == null ? List.of() : List.copyOf(phases);
        }
    }

    public enum ItemOutcome {
        /** Reached and ran to its end (some phases may have been skipped: see the phases). */
        DONE,
        /** The session ended while this item ran. */
        ENDED_EARLY,
        /** The session ended (or was jumped past) before this item began. */
        NOT_REACHED,
        /** The facilitator took it off the agenda. */
        DROPPED,
        /** It is running now (only in a journal or a record taken mid-session). */
        RUNNING
    }

    /**
     * One run of one step. A phase that was restarted or gone back to has several runs.
     *
     * @param phase     1-based phase number within the exercise; 0 for a break
     * @param round     1, or 2 for the repeat with roles swapped
     * @param acting    which role acts: "A", "B" or "both"
     * @param person    the person acting ("A" or "B"), null when both
     * @param extended  time added by extend
     * @param shortened time taken off by shorten
     * @param actual    time the step ran, pauses and time-outs excluded
     * @param unused    time left when the step was left early (planned + extended − shortened − actual)
     * @param prompt    the prompt shown, or null
     * @param deckRanOut the phase had a deck, but no prompt was left
     */
    public record PhaseRun(int phase, String title, int round, String acting, Partner person,
            Duration planned, Duration extended, Duration shortened, Duration actual, Duration unused,
            PhaseOutcome outcome, PromptShown prompt, boolean deckRanOut, Instant started) {
    }

    public enum PhaseOutcome {
        COMPLETED, SKIPPED, RESTARTED, WENT_BACK, JUMPED, ENDED_EARLY, RUNNING
    }

    /** A prompt as shown; {@code level} is 1-based. */
    public record PromptShown(String deck, int level, String text) {
    }

    /**
     * A time-out. {@code item} is the 1-based position in the programme as written; length is null
     * while it lasts.
     */
    public record TimeOutRun(int item, String phaseTitle, Instant started, Duration length, Boolean resumed) {
    }

    /**
     * A reflection or commitment the couple wrote.
     *
     * @param id       stable within the session ("r1", "c2")
     * @param author   who wrote it, null when written together
     * @param question the reflection question answered, null for a commitment
     * @param onSummary the couple chose to put it on their take-home summary
     */
    public record WrittenWords(String id, Kind kind, Partner author, String exerciseId, String question,
            String text, boolean onSummary) {
        public enum Kind { REFLECTION, COMMITMENT }

        public WrittenWords withText(String t) {
            return new WrittenWords(id, kind, author, exerciseId, question, t, onSummary);
        }

        public WrittenWords withOnSummary(boolean b) {
            return new WrittenWords(id, kind, author, exerciseId, question, text, b);
        }
    }
}
