package app.kindred.session;

import app.kindred.content.Active;
import app.kindred.content.Exercise;
import java.util.ArrayList;
import java.util.List;

/** Who holds which role in a step, and text with {A}/{B} replaced by those people's names. */
final class RoleText {
    private RoleText() {
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
