package app.kindred.ui;

import app.kindred.content.Active;
import app.kindred.content.Audience;
import app.kindred.content.ContentLibrary;
import app.kindred.content.Deck;
import app.kindred.content.DeckLevel;
import app.kindred.content.Exercise;
import app.kindred.content.Handout;
import app.kindred.content.Phase;
import app.kindred.content.Programme;
import app.kindred.content.ProgrammeItem;
import app.kindred.content.Roles;
import app.kindred.content.SourceFile;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small content library built in code, so UI tests do not depend on the shipped files. */
public final class Fixtures {
    public static final String SOURCE = "Building Emotional Intimacy: Connecting on a Deeper Level";

    private Fixtures() {
    }

    /** Holding the floor: arrive (both), speak (A, with deck and stems), reflect back (B), jot (reflection); swapped. */
    public static Exercise floor() {
        return new Exercise("holding-the-floor", "Holding the Floor",
                "One of you speaks in short \"I\" sentences, the other reflects back. Then you swap.",
                List.of(SOURCE), new Roles("Speaker", "Listener"), true, List.of("i-statements"),
                List.of(
                        new Phase("Arrive", Duration.ofMinutes(1), Active.BOTH,
                                "Sit facing each other. Put phones face down and take three slow breaths together.",
                                List.of(), null, 0, null),
                        new Phase("Speak and reflect", Duration.ofMinutes(3), Active.A,
                                "{A}, talk about the prompt in short \"I\" sentences. {B}, after every few sentences, "
                                        + "say back what you heard, without adding advice.",
                                List.of("I feel \u2026 when \u2026 because \u2026", "What I hear you saying is \u2026"),
                                "question-ladder", 0, null),
                        new Phase("Jot it down", Duration.ofMinutes(1), Active.BOTH,
                                "On your own, note one thing you want to remember.",
                                List.of(), null, 0, "What did you understand about your partner today?")),
                SourceFile.builtIn("holding-the-floor.yaml"));
    }

    public static Exercise appreciation() {
        return new Exercise("appreciation-round", "Appreciation Round",
                "Take turns naming three things you appreciate about each other.",
                List.of(SOURCE), Roles.PARTNERS, false, List.of(),
                List.of(new Phase("Appreciate", Duration.ofMinutes(2), Active.EACH,
                        "{A}, tell {B} three things you appreciated this week. Be specific.",
                        List.of("I really appreciated it when you \u2026"), null, 0, null)),
                SourceFile.builtIn("appreciation-round.yaml"));
    }

    public static Exercise longTalk() {
        return new Exercise("values-talk", "Values and Dreams",
                "A longer, deeper conversation about what matters most to each of you.",
                List.of(SOURCE), Roles.PARTNERS, true, List.of(),
                List.of(new Phase("Share", Duration.ofMinutes(12), Active.A,
                        "{A}, share a hope for the next five years. {B}, listen and ask one open question.",
                        List.of(), "question-ladder", 3, null)),
                SourceFile.builtIn("values-talk.yaml"));
    }

    public static Deck ladder() {
        return new Deck("question-ladder", "The Question Ladder", List.of(SOURCE), List.of(
                new DeckLevel("Light", List.of("What small thing made you smile this week?",
                        "What is a place you would love to visit together?")),
                new DeckLevel("Warmer", List.of("When do you feel most at home with me?")),
                new DeckLevel("Deeper", List.of("What hope for our future do you rarely say out loud?"))),
                SourceFile.builtIn("question-ladder.yaml"));
    }

    public static ContentLibrary library() {
        Map<String, Exercise> ex = new LinkedHashMap<>();
        for (Exercise e : List.of(floor(), appreciation(), longTalk())) {
            ex.put(e.id(), e);
        }
        Programme evening = new Programme("quiet-evening", "A Quiet Evening",
                "Arrive, listen to each other, and end with thanks.", Audience.KIOSK, Duration.ofMinutes(14),
                List.of(ProgrammeItem.exercise("holding-the-floor", Duration.ofMinutes(10)),
                        ProgrammeItem.exercise("appreciation-round", Duration.ofMinutes(4))),
                SourceFile.builtIn("quiet-evening.yaml"));
        Programme room = new Programme("room-only", "Workshop Evening", "For a room with a facilitator.",
                Audience.ROOM, Duration.ofMinutes(60), List.of(ProgrammeItem.exercise("values-talk", Duration.ofMinutes(60))),
                SourceFile.builtIn("room-only.yaml"));
        Handout handout = new Handout("i-statements", "Saying It with \"I\"", "couples", List.of(SOURCE),
                "# Saying It with \"I\"\n\n> I feel \u2026 when \u2026 because \u2026\n", 6, SourceFile.builtIn("i-statements.md"));
        return new ContentLibrary(ex, Map.of("question-ladder", ladder()),
                Map.of(evening.id(), evening, room.id(), room), Map.of(handout.id(), handout));
    }
}
