package app.kindred.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.content.ContentLibrary;
import app.kindred.content.Deck;
import app.kindred.content.DeckLevel;
import app.kindred.content.Prompt;
import app.kindred.content.SourceFile;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PromptDecksTest {
    private final FakeClock clock = new FakeClock();

    private PromptDrawer drawer(DeckMemory memory, long seed) {
        return new PromptDrawer(Fixtures.library(), memory, seed);
    }

    @Test
    void climbingDrawsGoFromLightToDeeperWithoutRepeats() {
        PromptDrawer d = drawer(null, 1);
        List<Prompt> drawn = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            drawn.add(d.draw("ladder", 0).prompt());
        }
        assertThat(drawn).extracting(Prompt::level).containsExactly(1, 2, 3, 3, 3, 2, 1);
        assertThat(new HashSet<>(drawn)).hasSize(7);
    }

    @Test
    void aDeckThatRunsOutSaysSoInsteadOfRepeating() {
        PromptDrawer d = drawer(null, 2);
        for (int i = 0; i < 7; i++) {
            assertThat(d.draw("ladder", 0).ranOut()).isFalse();
        }
        PromptDrawer.Draw last = d.draw("ladder", 0);
        assertThat(last.ranOut()).isTrue();
        assertThat(last.prompt()).isNull();
    }

    @Test
    void climbingNeverEntersAnOptInLevelButNamingItDoes() {
        Deck tender = new Deck("tender", "Tender", List.of("src"), List.of(
                new DeckLevel("Gentle", List.of("G1")),
                new DeckLevel("Closer", List.of("C1")),
                new DeckLevel("Tender", List.of("T1", "T2"), "Old hurts; choose them only if you both want to.")),
                SourceFile.builtIn("tender"));
        ContentLibrary library = new ContentLibrary(Map.of(), Map.of("tender", tender), Map.of(), Map.of());
        PromptDrawer d = new PromptDrawer(library, null, 5);
        assertThat(d.draw("tender", 0).prompt().text()).isEqualTo("G1");
        assertThat(d.draw("tender", 0).prompt().text()).isEqualTo("C1");
        PromptDrawer.Draw third = d.draw("tender", 0);
        assertThat(third.ranOut()).isTrue();
        assertThat(d.draw("tender", 3).prompt().level()).isEqualTo(3);
    }

    @Test
    void aFixedLevelDrawsOnlyFromThatLevel() {
        PromptDrawer d = drawer(null, 3);
        assertThat(d.draw("ladder", 2).prompt().level()).isEqualTo(2);
        assertThat(d.draw("ladder", 2).prompt().level()).isEqualTo(2);
        assertThat(d.draw("ladder", 2).ranOut()).isTrue();
    }

    @Test
    void theKioskMemoryAvoidsOtherCouplesPromptsUntilTheDeckIsUsedUp() {
        DeckMemory memory = new DeckMemory();
        Set<String> first = new HashSet<>();
        PromptDrawer couple1 = drawer(memory, 4);
        first.add(couple1.draw("ladder", 1).prompt().key());
        PromptDrawer couple2 = drawer(memory, 4);
        Prompt p = couple2.draw("ladder", 1).prompt();
        assertThat(first).doesNotContain(p.key());
        // Level 1 has two prompts; both were drawn today, so couple 3 gets one again rather than nothing.
        assertThat(drawer(memory, 5).draw("ladder", 1).prompt()).isNotNull();
    }

    @Test
    void theKioskMemoryForgetsAtMidnight() {
        Clock[] now = {Clock.fixed(Instant.parse("2026-11-21T23:59:00Z"), ZoneOffset.UTC)};
        DeckMemory memory = new DeckMemory(new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0].instant();
            }
        });
        memory.remember(new Prompt("ladder", 1, 0, "L1a"));
        assertThat(memory.size()).isEqualTo(1);
        now[0] = Clock.fixed(Instant.parse("2026-11-22T00:01:00Z"), ZoneOffset.UTC);
        assertThat(memory.size()).isZero();
    }

    @Test
    void theSnapshotSaysWhenTheDeckRanOut() {
        SessionEngine e = SessionEngine.forExercise(Fixtures.appreciation(), Fixtures.library(), null,
                Fixtures.settings(), clock);
        e.start();
        e.skip();
        e.skip();
        // "A deeper question" draws from level 3 (three prompts): redraw twice, then it has run out.
        assertThat(e.snapshot().prompt().level()).isEqualTo(3);
        assertThat(e.redrawPrompt()).isTrue();
        assertThat(e.redrawPrompt()).isTrue();
        assertThat(e.snapshot().deckRanOut()).isFalse();
        Prompt lastShown = e.snapshot().prompt();
        e.redrawPrompt();
        assertThat(e.snapshot().deckRanOut()).isTrue();
        assertThat(e.snapshot().prompt()).isEqualTo(lastShown);
    }
}
