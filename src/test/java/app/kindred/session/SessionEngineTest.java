package app.kindred.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.content.Active;
import app.kindred.content.ContentLibrary;
import app.kindred.session.SessionEvent.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionEngineTest {
    private final FakeClock clock = new FakeClock();
    private final List<SessionEvent> events = new ArrayList<>();

    private SessionEngine floor(Participants people) {
        SessionEngine e = SessionEngine.forExercise(Fixtures.floor(), Fixtures.library(), people, Fixtures.settings(), clock);
        e.addListener(events::add);
        return e;
    }

    private List<Type> types() {
        return events.stream().map(SessionEvent::type).toList();
    }

    @Test
    void beforeStartShowsTheFirstPhaseWithItsFullTime() {
        SessionSnapshot s = floor(null).snapshot();
        assertThat(s.status()).isEqualTo(SessionStatus.READY);
        assertThat(s.phaseTitle()).isEqualTo("Arrive");
        assertThat(s.remaining()).isEqualTo(Duration.ofSeconds(60));
        assertThat(s.stepCount()).isEqualTo(10);
    }

    @Test
    void startRunsTheFirstPhaseAndTheDeadlineEndsIt() {
        SessionEngine e = floor(null);
        assertThat(e.start()).isTrue();
        assertThat(types()).containsExactly(Type.EXERCISE_STARTED, Type.PHASE_STARTED);
        clock.advanceSeconds(20);
        assertThat(e.poll().remaining()).isEqualTo(Duration.ofSeconds(40));
        clock.advanceSeconds(40);
        SessionSnapshot s = e.poll();
        assertThat(s.phaseTitle()).isEqualTo("Speak");
        assertThat(s.remaining()).isEqualTo(Duration.ofSeconds(240));
        assertThat(types()).containsExactly(Type.EXERCISE_STARTED, Type.PHASE_STARTED, Type.WARNING,
                Type.PHASE_ENDED, Type.PHASE_STARTED);
    }

    @Test
    void namesReplaceRolePlaceholdersAndSwapInTheSecondRound() {
        SessionEngine e = floor(Participants.of("Sam", "Alex"));
        e.start();
        clock.advanceSeconds(60);
        SessionSnapshot s = e.poll();
        assertThat(s.instructions()).startsWith("Sam, go first; Alex, listen.");
        assertThat(s.active()).containsExactly(new ActivePerson("Sam", Partner.A, Active.A, "Speaker"));
        clock.advanceSeconds(240 + 120 + 60 + 60);
        s = e.poll();
        assertThat(s.round()).isEqualTo(1);
        assertThat(s.switchRoles()).isTrue();
        assertThat(s.instructions()).startsWith("Alex, go first; Sam, listen.");
        assertThat(types()).contains(Type.SWITCH_ROLES);
    }

    @Test
    void pauseFreezesRemainingExactlyAndResumeContinues() {
        SessionEngine e = floor(null);
        e.start();
        clock.advanceMillis(12_345);
        e.pause();
        clock.advanceSeconds(600);
        assertThat(e.poll().remaining()).isEqualTo(Duration.ofMillis(60_000 - 12_345));
        e.resume();
        clock.advanceMillis(60_000 - 12_345 - 1);
        assertThat(e.poll().phaseTitle()).isEqualTo("Arrive");
        clock.advanceMillis(1);
        assertThat(e.poll().phaseTitle()).isEqualTo("Speak");
    }

    @Test
    void aThrowingListenerIsSkippedAndTheClockGoesOn() {
        SessionEngine e = floor(null);
        e.addListener(ev -> {
            throw new IllegalStateException("boom");
        });
        List<Type> after = new ArrayList<>();
        e.addListener(ev -> after.add(ev.type()));
        e.start();
        clock.advanceSeconds(60);
        assertThat(e.poll().phaseTitle()).isEqualTo("Speak");
        assertThat(after).contains(Type.PHASE_ENDED, Type.PHASE_STARTED);
    }

    @Test
    void aWholeProgrammeRunsToTheEndWithoutDrift() {
        SessionEngine e = new SessionEngine(Fixtures.evening(), Fixtures.library(), null, Fixtures.settings(), clock);
        e.addListener(events::add);
        e.start();
        long begin = clock.nanoTime();
        // Poll late every time: 1.7 s steps never line up with the deadlines.
        while (!e.poll().finished()) {
            clock.advanceMillis(1700);
        }
        SessionEvent end = events.get(events.size() - 1);
        assertThat(end.type()).isEqualTo(Type.PROGRAMME_ENDED);
        assertThat(end.atNanos() - begin).isEqualTo(Duration.ofSeconds(1080 + 300 + 200).toNanos());
        assertThat(e.record().actual()).isEqualTo(Duration.ofSeconds(1580));
    }

    @Test
    void singleExerciseProgrammeComesFromTheLibrary() {
        SessionEngine e = new SessionEngine(ContentLibrary.single(Fixtures.appreciation()), Fixtures.library(), null,
                Fixtures.settings(), clock);
        e.start();
        assertThat(e.snapshot().itemCount()).isEqualTo(1);
        assertThat(e.snapshot().exercise().id()).isEqualTo("appreciation");
    }

    @Test
    void aStepNoLongerThanTheWarningIsWarnedAtAThirdOfItsLength() {
        app.kindred.content.Exercise quick = new app.kindred.content.Exercise("quick", "Quick", "One short step.",
                List.of("5 Steps to Building Emotional Intimacy in Relationships"), app.kindred.content.Roles.PARTNERS,
                false, List.of(), List.of(new app.kindred.content.Phase("Breathe", Duration.ofSeconds(15), Active.BOTH,
                        "Breathe together.", List.of(), null, 0, null)),
                app.kindred.content.SourceFile.builtIn("quick.yaml"));
        SessionSettings thirtySeconds = new SessionSettings(Mode.KIOSK, Duration.ofSeconds(30), Duration.ofMinutes(5), null, 1L);
        ContentLibrary only = new ContentLibrary(java.util.Map.of("quick", quick), java.util.Map.of(), java.util.Map.of(),
                java.util.Map.of());
        SessionEngine e = SessionEngine.forExercise(quick, only, null, thirtySeconds, clock);
        e.addListener(events::add);
        e.start();
        clock.advanceSeconds(9);
        e.poll();
        assertThat(types()).doesNotContain(Type.WARNING);
        clock.advanceSeconds(1); // 5 s left: a third of the 15 s step
        e.poll();
        assertThat(types()).contains(Type.WARNING);
    }
}
