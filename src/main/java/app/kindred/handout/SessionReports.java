package app.kindred.handout;

import app.kindred.content.ContentLibrary;
import app.kindred.content.Exercise;
import app.kindred.session.Participants;
import app.kindred.session.SessionRecord;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns the engine's {@link SessionRecord} into what the summaries print. */
public final class SessionReports {
    private SessionReports() {
    }

    /** For the couple's take-home summary: names and the words they chose to include. */
    public static SessionReport forCouple(SessionRecord record, ContentLibrary library) {
        return convert(record, library);
    }

    /** For the group summary: built from the record with every private word removed first. */
    public static SessionReport forGroup(SessionRecord record) {
        SessionReport r = convert(record.withoutPrivateWords(), ContentLibrary.empty());
        return new SessionReport(r.programmeTitle(), r.date(), r.couples(), List.of(), r.activities(), List.of(), List.of(),
                List.of(), r.started(), r.ended());
    }

    private static SessionReport convert(SessionRecord record, ContentLibrary library) {
        LocalDate date = record.started() == null ? LocalDate.now() : LocalDate.ofInstant(record.started(), ZoneId.systemDefault());
        List<String> names = new ArrayList<>();
        String a = name(record.partnerA(), Participants.DEFAULT_A);
        String b = name(record.partnerB(), Participants.DEFAULT_B);
        if (a != null || b != null) {
            names.add(a == null ? Participants.DEFAULT_A : a);
            names.add(b == null ? Participants.DEFAULT_B : b);
        }
        List<SessionReport.Activity> activities = new ArrayList<>();
        Set<String> handouts = new LinkedHashSet<>();
        for (SessionRecord.ItemRun item : record.items()) {
            int extensions = 0;
            Duration extendedBy = Duration.ZERO;
            for (SessionRecord.PhaseRun phase : item.phases()) {
                if (phase.extended() != null && !phase.extended().isZero() && !phase.extended().isNegative()) {
                    extensions++;
                    extendedBy = extendedBy.plus(phase.extended());
                }
            }
            int timeOuts = (int) record.timeOuts().stream().filter(t -> t.item() == item.position()).count();
            boolean skipped = item.outcome() == SessionRecord.ItemOutcome.DROPPED
                    || item.outcome() == SessionRecord.ItemOutcome.NOT_REACHED;
            activities.add(new SessionReport.Activity(item.title(), item.isBreak(), item.planned(), item.actual(),
                    extensions, extendedBy, timeOuts, skipped));
            if (!skipped && item.exerciseId() != null) {
                library.exercise(item.exerciseId()).map(Exercise::handouts).ifPresent(handouts::addAll);
            }
        }
        List<SessionReport.Reflection> reflections = new ArrayList<>();
        List<SessionReport.Commitment> commitments = new ArrayList<>();
        for (SessionRecord.WrittenWords w : record.words()) {
            if (w.kind() == SessionRecord.WrittenWords.Kind.COMMITMENT) {
                commitments.add(new SessionReport.Commitment(w.text(), w.onSummary()));
            } else {
                String who = w.author() == null ? null : w.author() == app.kindred.session.Partner.A ? a : b;
                String question = w.question() == null ? "" : w.question();
                if (who != null) {
                    question = question.isBlank() ? who : question + " (" + who + ")";
                }
                reflections.add(new SessionReport.Reflection(question, w.text(), w.onSummary()));
            }
        }
        return new SessionReport(record.programmeTitle(), date, 0, names, activities, reflections, commitments,
                List.copyOf(handouts), record.started(), record.ended());
    }

    private static String name(String typed, String fallback) {
        return typed == null || typed.isBlank() || typed.strip().equals(fallback) ? null : typed.strip();
    }
}
