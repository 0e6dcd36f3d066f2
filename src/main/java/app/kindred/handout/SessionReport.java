package app.kindred.handout;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the summaries need from one session, as the engine recorded it. It holds the couple's
 * private words (names, reflections, commitments): the take-home summary shows those they chose to
 * include; the group summary reads only {@link #programmeTitle}, {@link #date}, {@link #couples} and
 * {@link #activities}, and so can never print them.
 *
 * @param couples    how many couples took part (group sessions), 0 if unknown
 * @param names      first names as typed, possibly empty
 * @param activities the agenda as it actually ran, in order
 * @param handoutIds worksheets that go with what was done
 * @param started    when the session started, or null
 * @param ended      when it ended, or null
 */
public record SessionReport(
        String programmeTitle,
        LocalDate date,
        int couples,
        List<String> names,
        List<Activity> activities,
        List<Reflection> reflections,
        List<Commitment> commitments,
        List<String> handoutIds,
        Instant started,
        Instant ended) {

    /** A report without clock times (started and ended unknown). */
    public SessionReport(String programmeTitle, LocalDate date, int couples, List<String> names, List<Activity> activities,
                         List<Reflection> reflections, List<Commitment> commitments, List<String> handoutIds) {
        this(programmeTitle, date, couples, names, activities, reflections, commitments, handoutIds, null, null);
    }

    public SessionReport {
        programmeTitle = programmeTitle == null ? "" : programmeTitle;
        date = date == null ? LocalDate.now() : date;
        names = names == null ? List.of() : List.copyOf(names);
        activities = activities == null ? List.of() : List.copyOf(activities);
        reflections = reflections == null ? List.of() : List.copyOf(reflections);
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
        handoutIds = handoutIds == null ? List.of() : List.copyOf(handoutIds);
    }

    /**
     * One agenda item as run.
     *
     * @param planned    planned length; zero for an item added on the day
     * @param actual     time it really took, pauses excluded
     * @param extensions how many times "+1 min" (or similar) was pressed
     * @param extendedBy total time added by extensions
     * @param timeOuts   how many time-outs were called
     * @param skipped    skipped before it finished
     */
    public record Activity(String title, boolean isBreak, Duration planned, Duration actual, int extensions,
                           Duration extendedBy, int timeOuts, boolean skipped) {
        public Activity {
            title = title == null ? "" : title;
            planned = planned == null ? Duration.ZERO : planned;
            actual = actual == null ? Duration.ZERO : actual;
            extendedBy = extendedBy == null ? Duration.ZERO : extendedBy;
        }
    }

    /** A private written answer; {@code include} is the couple's choice to print it. */
    public record Reflection(String question, String answer, boolean include) {
    }

    /** Something the couple means to do this week; {@code include} is their choice to print it. */
    public record Commitment(String text, boolean include) {
    }
}
