package app.kindred.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.content.ContentLibrary;
import app.kindred.content.ContentLoader;
import app.kindred.content.Exercise;
import app.kindred.content.Programme;
import app.kindred.session.SessionEvent.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every shipped programme and exercise runs from start to end in the engine, on time, without repeats. */
class ShippedContentRunsTest {
    private final ContentLibrary library = ContentLoader.load(Path.of(".")).library();

    @Test
    void everyShippedProgrammeRunsExactlyItsLength() {
        assertThat(library.programmes()).isNotEmpty();
        for (Programme p : library.programmes().values()) {
            SessionRecord r = runToEnd(p, Participants.of("Sam", "Alex"));
            assertThat(r.actual()).as(p.id()).isEqualTo(p.length());
        }
    }

    @Test
    void everyShippedExerciseRunsWithNamesFilledInAndNoPromptRepeated() {
        assertThat(library.exercises()).isNotEmpty();
        for (Exercise ex : library.exercises().values()) {
            SessionRecord r = runToEnd(ContentLibrary.single(ex), Participants.of("Sam", "Alex"));
            assertThat(r.actual()).as(ex.id()).isEqualTo(ex.totalDuration());
        }
    }

    private SessionRecord runToEnd(Programme p, Participants people) {
        FakeClock clock = new FakeClock();
        SessionEngine e = new SessionEngine(p, library, people, SessionSettings.defaults().withSeed(5), clock);
        List<SessionSnapshot> seen = new ArrayList<>();
        e.addListener(ev -> {
            if (ev.type() == Type.PHASE_STARTED) {
                seen.add(ev.snapshot());
            }
        });
        e.start();
        while (!e.poll().finished()) {
            long next = e.nextDeadlineNanos();
            clock.advanceNanos(next - clock.nanoTime());
        }
        Set<String> prompts = new HashSet<>();
        for (SessionSnapshot s : seen) {
            String text = String.join(" ", s.instructions() == null ? "" : s.instructions(), String.join(" ", s.stems()));
            assertThat(text).as(p.id() + " / " + s.phaseTitle()).doesNotContain("{A}", "{B}");
            if (s.prompt() != null) {
                assertThat(prompts.add(s.prompt().key())).as(p.id() + ": prompt repeated " + s.prompt()).isTrue();
            }
            if (s.phaseIndex() >= 0 && s.exercise().phases().get(s.phaseIndex()).deck() != null) {
                assertThat(s.prompt() != null || s.deckRanOut()).isTrue();
            }
        }
        return e.record();
    }
}
