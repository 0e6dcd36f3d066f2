package app.kindred.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.content.Active;
import app.kindred.content.ContentLibrary;
import app.kindred.content.Exercise;
import app.kindred.content.Phase;
import app.kindred.content.Roles;
import app.kindred.content.SourceFile;
import app.kindred.session.SessionEvent.Type;
import app.kindred.session.SessionRecord.PhaseOutcome;
import app.kindred.session.SessionRecord.PhaseRun;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The real scheduler on the real clock, with one-second phases. Nothing here asserts how late an
 * event is (that is the clock benchmark's job); only that events come by themselves, in order, on
 * exact deadlines, and that commands from another thread never break the session.
 */
class SessionSchedulerTest {
    private static Exercise short3() {
        List<Phase> phases = new ArrayList<>();
        for (String t : List.of("One", "Two", "Three")) {
            phases.add(new Phase(t, Duration.ofSeconds(1), Active.BOTH, "Go.", List.of(), null, 0, null));
        }
        return new Exercise("short", "Short", "Three seconds.", List.of("x"), Roles.PARTNERS, false, List.of(), phases,
                SourceFile.builtIn("short"));
    }

    private static SessionEngine engine(Exercise ex) {
        return SessionEngine.forExercise(ex, new ContentLibrary(Map.of(ex.id(), ex), Map.of(), Map.of(), Map.of()),
                null, SessionSettings.defaults().withWarning(Duration.ZERO).withSeed(1), SystemClock.INSTANCE);
    }

    @Test
    void deadlinesFireByThemselvesOnTheClockThreadChainedExactly() throws Exception {
        SessionEngine e = engine(short3());
        List<SessionEvent> events = Collections.synchronizedList(new ArrayList<>());
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch end = new CountDownLatch(1);
        e.addListener(ev -> {
            events.add(ev);
            if (ev.type() == Type.PHASE_ENDED) {
                threads.add(Thread.currentThread().getName());
            }
            if (ev.type() == Type.PROGRAMME_ENDED) {
                end.countDown();
            }
        });
        try (SessionScheduler s = new SessionScheduler(e).start()) {
            e.start();
            assertThat(end.await(30, TimeUnit.SECONDS)).as("the programme ended without anyone polling").isTrue();
        }
        List<SessionEvent> starts = events.stream().filter(ev -> ev.type() == Type.PHASE_STARTED).toList();
        List<SessionEvent> ends = events.stream().filter(ev -> ev.type() == Type.PHASE_ENDED).toList();
        assertThat(starts).hasSize(3);
        assertThat(ends).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(ends.get(i).atNanos() - starts.get(i).atNanos()).isEqualTo(1_000_000_000L);
            if (i > 0) {
                assertThat(starts.get(i).atNanos()).as("the next phase starts at the deadline, not when noticed")
                        .isEqualTo(ends.get(i - 1).atNanos());
            }
        }
        assertThat(threads).containsOnly("kindred-session-clock");
        assertThat(e.record().actual()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void aCommandMovesTheDeadlineAndTheSchedulerNotices() throws Exception {
        Exercise ex = new Exercise("long", "Long", "One minute.", List.of("x"), Roles.PARTNERS, false, List.of(),
                List.of(new Phase("Long", Duration.ofMinutes(1), Active.A, "Go.", List.of(), null, 0, null)),
                SourceFile.builtIn("long"));
        SessionEngine e = engine(ex);
        CountDownLatch end = new CountDownLatch(1);
        e.addListener(ev -> {
            if (ev.type() == Type.PROGRAMME_ENDED) {
                end.countDown();
            }
        });
        // No periodic checkpoints and no 5-second cap on parking: only the command's wake-up can make
        // the scheduler notice the new deadline before the old one, a minute away.
        try (SessionScheduler s = new SessionScheduler(e, Duration.ZERO, Duration.ofHours(1)).start()) {
            e.start();
            e.shorten(Duration.ofMillis(59_700));
            assertThat(end.await(30, TimeUnit.SECONDS)).as("the programme ended 0.3 s after the command, not "
                    + "at the old deadline a minute away").isTrue();
        }
    }

    @Test
    void commandsFromAnotherThreadWhileTheClockRunsKeepTheRecordWhole() throws Exception {
        SessionEngine e = engine(short3());
        List<SessionEvent> events = Collections.synchronizedList(new ArrayList<>());
        e.addListener(events::add);
        SplittableRandom rnd = new SplittableRandom(7);
        try (SessionScheduler s = new SessionScheduler(e).start()) {
            e.start();
            for (int i = 0; i < 20_000 && !e.snapshot().finished(); i++) {
                switch (rnd.nextInt(6)) {
                    case 0 -> e.pause();
                    case 1 -> e.resume();
                    case 2 -> e.extend(Duration.ofMillis(1 + rnd.nextInt(50)));
                    case 3 -> e.back();
                    case 4 -> e.shorten(Duration.ofMillis(1 + rnd.nextInt(50)));
                    default -> e.snapshot();
                }
            }
            e.endEarly();
        }
        SessionRecord r = e.record();
        List<PhaseRun> runs = r.items().get(0).phases();
        assertThat(runs).isNotEmpty().noneMatch(run -> run.outcome() == PhaseOutcome.RUNNING);
        for (PhaseRun run : runs) {
            assertThat(run.actual().plus(run.unused()))
                    .isEqualTo(run.planned().plus(run.extended()).minus(run.shortened()));
        }
        assertThat(events.stream().filter(ev -> ev.type() == Type.PHASE_STARTED).count()).isEqualTo(runs.size());
        assertThat(events.stream().filter(ev -> ev.type() == Type.PROGRAMME_ENDED).count()).isEqualTo(1);
    }
}
