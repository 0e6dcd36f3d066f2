package app.kindred.session;

import app.kindred.content.Active;
import app.kindred.content.Exercise;
import java.util.ArrayList;
import java.util.List;

/** Who holds which role in a step, and text with {A}/{B} replaced by those people's names. */
final class RoleText {
    private RoleText() {
    }

    /**
     * The round whose role holders {A}/{B} name in a step's text. In the second half of an
     * {@code each} phase, partner B's turn, the text's {A} (the one the text speaks to) is the
     * person acting now: the halves are the same words, read first by one person, then the other.
     */
    static int textRound(PlannedStep step) {
        boolean secondHalf = step.phase() != null && step.phase().active() == Active.EACH && step.turn() == Active.B;
        return step.round() + (secondHalf ? 1 : 0);
    }

    static String fill(String text, Participants people, PlannedStep step) {
        return fill(text, people, textRound(step));
    }

    static List<String> fill(List<String> texts, Participants people, PlannedStep step) {
        return fill(texts, people, textRound(step));
    }

    static String fill(String text, Participants people, int round) {
        if (text == null) {
            return null;
        }
        return text.replace("{A}", people.name(PlannedStep.holder(Active.A, round)))
                .replace("{B}", people.name(PlannedStep.holder(Active.B, round)));
    }

    static List<String> fill(List<String> texts, Participants people, int round) {
        return texts.stream().map(t -> fill(t, people, round)).toList();
    }

    /** The people acting in a step, partner A first when both act; empty for a break. */
    static List<ActivePerson> active(PlannedStep step, Exercise exercise, Participants people) {
        List<ActivePerson> out = new ArrayList<>();
        if (step.isBreak() || exercise == null) {
            return out;
        }
        if (step.turn() == Active.BOTH) {
            ActivePerson a = person(Active.A, step.round(), exercise, people);
            ActivePerson b = person(Active.B, step.round(), exercise, people);
            if (a.partner() == Partner.A) {
                out.add(a);
                out.add(b);
            } else {
                out.add(b);
                out.add(a);
            }
        } else if (step.phase().active() == Active.EACH) {
            // Each in turn: whoever acts reads the words written for role A (see textRound).
            out.add(person(Active.A, textRound(step), exercise, people));
        } else {
            out.add(person(step.turn(), step.round(), exercise, people));
        }
        return out;
    }

    private static ActivePerson person(Active role, int round, Exercise exercise, Participants people) {
        Partner p = PlannedStep.holder(role, round);
        return new ActivePerson(people.name(p), p, role, exercise.roles().label(role));
    }
}
