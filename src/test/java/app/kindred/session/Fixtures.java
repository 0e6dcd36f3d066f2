package app.kindred.session;

import app.kindred.content.Active;
import app.kindred.content.Audience;
import app.kindred.content.ContentLibrary;
import app.kindred.content.Deck;
import app.kindred.content.DeckLevel;
import app.kindred.content.Exercise;
import app.kindred.content.Phase;
import app.kindred.content.Programme;
import app.kindred.content.ProgrammeItem;
import app.kindred.content.Roles;
import app.kindred.content.SourceFile;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Content built in code for engine tests: small, with every kind of phase. */
public final class Fixtures {
    private Fixtures() {
    }

    static final Duration S = Duration.ofSeconds(1);

    static Phase phase(String title, int seconds, Active active, String deck, int level, String reflection) {
        return new Phase(title, Duration.ofSeconds(seconds), active, "{A}, go first; {B}, listen. (" + title + ")",
                List.of("I feel … when …", "{B}, what I hear is …"), deck, level, reflection);
    }

    /** Speaker/listener with swap: both 60 s, A 240 s with a prompt, B 120 s, each 60 s + reflection. */
    public static Exercise floor() {
        return new Exercise("floor", "Holding the Floor", "Speak and reflect.", List.of("src"),
                new Roles("Speaker", "Listener"), true, List.of(),
                List.of(phase("Arrive", 60, Active.BOTH, null, 0, null),
                        phase("Speak", 240, Active.A, "ladder", 0, null),
                        phase("Reflect back", 120, Active.B, null, 0, null),
                        phase("Each says thanks", 60, Active.EACH, null, 0, "What did you hear today?")),
                SourceFile.builtIn("floor"));
    }

    /** No swap: A 30 s, B 30 s, both 40 s with a level-3 prompt. */
    public static Exercise appreciation() {
        return new Exercise("appreciation", "Appreciation Round", "Take turns to thank.", List.of("src"),
                Roles.PARTNERS, false, List.of(),
                List.of(phase("First thanks", 30, Active.A, null, 0, null),
                        phase("Second thanks", 30, Active.B, null, 0, null),
                        phase("A deeper question", 40, Active.BOTH, "ladder", 3, "One thing to remember")),
                SourceFile.builtIn("appreciation"));
    }

    public static Deck ladder() {
        return new Deck("ladder", "Ladder", List.of("src"), List.of(
                new DeckLevel("Light", List.of("L1a", "L1b")),
                new DeckLevel("Warmer", List.of("L2a", "L2b")),
                new DeckLevel("Deeper", List.of("L3a", "L3b", "L3c"))), SourceFile.builtIn("ladder"));
    }

    /** floor (natural 18 min: EACH runs twice, all of it twice) · 5 min break · appreciation scaled 100 s → 200 s. */
    public static Programme evening() {
        return new Programme("evening", "An Evening", "Three items.", Audience.ANY, Duration.ofSeconds(1080 + 300 + 200),
                List.of(ProgrammeItem.exercise("floor", Duration.ofSeconds(1080)),
                        ProgrammeItem.pause("Stretch, water", Duration.ofMinutes(5)),
                        ProgrammeItem.exercise("appreciation", Duration.ofSeconds(200))),
                SourceFile.builtIn("evening"));
    }

    public static ContentLibrary library() {
        return new ContentLibrary(Map.of("floor", floor(), "appreciation", appreciation()),
                Map.of("ladder", ladder()), Map.of("evening", evening()), Map.of());
    }

    static SessionSettings settings() {
        return SessionSettings.defaults().withSeed(42);
    }
}
