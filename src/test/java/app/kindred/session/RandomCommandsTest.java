package app.kindred.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.content.Active;
import app.kindred.content.ContentLibrary;
import app.kindred.content.Exercise;
import app.kindred.content.Phase;
import app.kindred.session.SessionEvent.Type;
import app.kindred.session.SessionRecord.PhaseOutcome;
import app.kindred.session.SessionRecord.PhaseRun;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random command sequences (at least 10,000 commands per seed) with the invariants checked
 * after every single command, against a model the test keeps on its own.
 */
class RandomCommandsTest {
    private static final int COMMANDS = 12_000;
    private static final long SEC = 1_000_000_000L;

    private final FakeClock clock = new FakeClock();
    private SplittableRandom rnd;
    private SessionEngine e;
    private final List<SessionEvent> events = new ArrayList<>();
    private String lastCommand;
    private int step;

    // the model
    private long running;
    private long extended;
    private long shortened;
    private long leftUnused;
    private final Map<PhaseOutcome, Integer> leaves = new EnumMap<>(PhaseOutcome.class);
    private int timeOuts;
    private int words;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 20261121, 987654321})
    void invariantsHoldAfterEveryCommand(long seed) {
        rnd = new SplittableRandom(seed);
        newSession();
        int sessions = 1;
        for (step = 0; step < COMMANDS; step++) {
            if (e.snapshot().finished()) {
                newSession();
                sessions++;
            }
            act();
            check();
        }
        assertThat(sessions).as("several sessions ran to their end").isGreaterThan(3);
    }

    private void newSession() {
        ContentLibrary lib = Fixtures.library();
        boolean whole = rnd.nextBoolean();
        SessionSettings settings = SessionSettings.defaults().withSeed(rnd.nextLong())
                .withWarning(Duration.ofSeconds(rnd.nextInt(4) * 15L))
                .withTimeOutLength(Duration.ofSeconds(30 + rnd.nextInt(300)));
        Participants people = rnd.nextBoolean() ? Participants.of("Sam", "Alex") : Participants.defaults();
        e = whole ? new SessionEngine(Fixtures.evening(), lib, people, settings, clock)
                : SessionEngine.forExercise(rnd.nextBoolean() ? Fixtures.floor() : Fixtures.appreciation(), lib, people,
                        settings, clock);
        events.clear();
        e.addListener(events::add);
        running = 0;
        extended = 0;
        shortened = 0;
        leftUnused = 0;
        leaves.clear();
        timeOuts = 0;
        words = 0;
        e.start();
    }

    private void act() {
        int r = rnd.nextInt(100);
        SessionSnapshot before = e.snapshot();
        long remaining = before.remaining().toNanos();
        if (r < 20) {
            advance(rnd.nextLong(5 * SEC));
        } else if (r < 28) {
            advance(rnd.nextLong(300 * SEC));
        } else if (r < 38) {
            long next = e.nextDeadlineNanos();
            advance(next == Long.MAX_VALUE ? SEC : Math.max(0, next - clock.nanoTime()) + rnd.nextInt(2));
        } else if (r < 42) {
            lastCommand = "poll";
            e.poll();
        } else if (r < 48) {
            lastCommand = "pause";
            e.pause();
        } else if (r < 56) {
            lastCommand = "resume";
            e.resume();
        } else if (r < 61) {
            long d = (1 + rnd.nextInt(120)) * SEC;
            lastCommand = "extend " + d;
            if (e.extend(Duration.ofNanos(d))) {
                extended += d;
            }
        } else if (r < 65) {
            long d = (1 + rnd.nextInt(120)) * SEC;
            lastCommand = "shorten " + d;
            if (e.shorten(Duration.ofNanos(d))) {
                shortened += Math.min(d, remaining);
            }
        } else if (r < 71) {
            lastCommand = "skip";
            leave(e.skip(), PhaseOutcome.SKIPPED, remaining);
        } else if (r < 75) {
            lastCommand = "back";
            boolean first = before.itemIndex() == 0 && before.stepIndex() == 0;
            leave(e.back(), first ? PhaseOutcome.RESTARTED : PhaseOutcome.WENT_BACK, remaining);
        } else if (r < 78) {
            lastCommand = "restart";
            leave(e.restartPhase(), PhaseOutcome.RESTARTED, remaining);
        } else if (r < 81) {
            lastCommand = "time-out";
            if (e.timeOut()) {
                timeOuts++;
            }
        } else if (r < 86) {
            boolean resume = rnd.nextInt(10) < 9;
            lastCommand = "end time-out " + resume;
            boolean ok = e.endTimeOut(resume);
            if (!resume) {
                leave(ok, PhaseOutcome.ENDED_EARLY, remaining);
            }
        } else if (r < 88) {
            int to = rnd.nextInt(Math.max(1, before.itemCount()));
            lastCommand = "jump " + to;
            leave(e.jumpTo(to), PhaseOutcome.JUMPED, remaining);
        } else if (r < 90) {
            lastCommand = "move";
            e.moveItem(rnd.nextInt(3), rnd.nextInt(3));
        } else if (r < 91) {
            lastCommand = "drop";
            e.dropItem(rnd.nextInt(3));
        } else if (r < 94) {
            lastCommand = "redraw";
            e.redrawPrompt();
        } else if (r < 96) {
            lastCommand = "words";
            if (rnd.nextBoolean()) {
                e.addReflection(rnd.nextBoolean() ? Partner.A : null, null, "text " + step, rnd.nextBoolean());
            } else {
                e.addCommitment(Partner.B, "promise " + step, true);
            }
            words++;
        } else if (r < 97) {
            lastCommand = "end early";
            leave(e.endEarly(), PhaseOutcome.ENDED_EARLY, remaining);
        } else {
            lastCommand = "snapshot";
            e.snapshot();
        }
    }

    private void advance(long nanos) {
        lastCommand = "advance " + nanos;
        boolean counting = e.counting();
        SessionSnapshot before = e.snapshot();
        long t0 = clock.nanoTime();
        int seen = events.size();
        clock.advanceNanos(nanos);
        SessionSnapshot after = e.poll();
        if (counting) {
            long end = events.subList(seen, events.size()).stream().filter(ev -> ev.type() == Type.PROGRAMME_ENDED)
                    .mapToLong(SessionEvent::atNanos).findFirst().orElse(t0 + nanos);
            running += end - t0;
        } else if (!before.finished()) {
            assertThat(after.remaining()).as(at("a frozen clock does not move")).isEqualTo(before.remaining());
            assertThat(after.phaseTitle()).isEqualTo(before.phaseTitle());
        }
    }

    private void leave(boolean applied, PhaseOutcome outcome, long remaining) {
        if (applied) {
            leftUnused += remaining;
            leaves.merge(outcome, 1, Integer::sum);
        }
    }

    private String at(String what) {
        return what + " (step " + step + ", after " + lastCommand + ")";
    }

    private void check() {
        SessionSnapshot s = e.snapshot();
        SessionRecord rec = e.record();
        List<PhaseRun> runs = rec.items().stream().flatMap(i -> i.phases().stream()).toList();

        // time
        assertThat(s.remaining()).as(at("remaining never negative")).isGreaterThanOrEqualTo(Duration.ZERO);
        assertThat(s.remaining()).as(at("remaining within the step's total")).isLessThanOrEqualTo(s.total());
        long actual = runs.stream().mapToLong(r -> r.actual().toNanos()).sum();
        assertThat(actual).as(at("the record's actual time is the time the clock ran")).isEqualTo(running);
        assertThat(rec.actual().toNanos()).isEqualTo(running);
        long planned = runs.stream().mapToLong(r -> r.planned().toNanos()).sum();
        long ext = runs.stream().mapToLong(r -> r.extended().toNanos()).sum();
        long shr = runs.stream().mapToLong(r -> r.shortened().toNanos()).sum();
        assertThat(ext).as(at("extensions add exactly")).isEqualTo(extended);
        assertThat(shr).as(at("shortening takes exactly")).isEqualTo(shortened);
        long unusedLeftEarly = runs.stream().filter(r -> r.outcome() != PhaseOutcome.RUNNING)
                .mapToLong(r -> r.unused().toNanos()).sum();
        assertThat(unusedLeftEarly).as(at("skipped time is what was left")).isEqualTo(leftUnused);
        long current = s.finished() || runs.stream().noneMatch(r -> r.outcome() == PhaseOutcome.RUNNING)
                ? 0 : s.remaining().toNanos();
        assertThat(actual + current).as(at("elapsed + remaining = planned + extensions − skipped"))
                .isEqualTo(planned + ext - shr - unusedLeftEarly);
        for (PhaseRun r : runs) {
            if (r.outcome() == PhaseOutcome.COMPLETED) {
                assertThat(r.unused()).as(at("a completed step used all its time")).isZero();
            }
        }

        // prompts never repeat across different steps
        Map<String, String> stepOfPrompt = new HashMap<>();
        for (SessionRecord.ItemRun item : rec.items()) {
            for (PhaseRun r : item.phases()) {
                if (r.prompt() != null) {
                    String stepId = item.position() + "/" + r.phase() + "/" + r.round() + "/" + r.acting();
                    String key = r.prompt().deck() + "/" + r.prompt().level() + "/" + r.prompt().text();
                    String previous = stepOfPrompt.putIfAbsent(key, stepId);
                    assertThat(previous == null || previous.equals(stepId)).as(at("prompt " + key + " repeated")).isTrue();
                }
            }
        }

        // roles as scripted
        if (!s.isBreak()) {
            checkRoles(s);
        }

        // the record matches the events
        long started = events.stream().filter(ev -> ev.type() == Type.PHASE_STARTED).count();
        long ended = events.stream().filter(ev -> ev.type() == Type.PHASE_ENDED).count();
        assertThat((long) runs.size()).as(at("one run per PHASE_STARTED")).isEqualTo(started);
        assertThat(runs.stream().filter(r -> r.outcome() != PhaseOutcome.RUNNING).count())
                .as(at("one finished run per PHASE_ENDED")).isEqualTo(ended);
        for (Map.Entry<PhaseOutcome, Integer> en : leaves.entrySet()) {
            assertThat(runs.stream().filter(r -> r.outcome() == en.getKey()).count())
                    .as(at("runs " + en.getKey())).isEqualTo((long) en.getValue());
        }
        assertThat(rec.timeOuts()).as(at("time-outs")).hasSize(timeOuts);
        assertThat(rec.words()).hasSize(words);
        long programmeEnds = events.stream().filter(ev -> ev.type() == Type.PROGRAMME_ENDED).count();
        assertThat(programmeEnds).as(at("PROGRAMME_ENDED once, when finished")).isEqualTo(s.finished() ? 1 : 0);
        if (e.counting()) {
            assertThat(e.nextDeadlineNanos()).as(at("the next deadline lies ahead")).isGreaterThan(clock.nanoTime());
        }
    }

    private void checkRoles(SessionSnapshot s) {
        Exercise ex = s.exercise();
        Phase phase = ex.phases().get(s.phaseIndex());
        RibbonStep here = s.ribbon().get(s.stepIndex());
        if (phase.active() == Active.EACH) {
            RibbonStep prev = s.stepIndex() > 0 ? s.ribbon().get(s.stepIndex() - 1) : null;
            boolean secondHalf = prev != null && prev.title().equals(here.title()) && prev.turn() == Active.A
                    && prev.round() == here.round();
            assertThat(here.turn()).as(at("EACH runs A then B")).isEqualTo(secondHalf ? Active.B : Active.A);
        } else {
            assertThat(here.turn()).as(at("the scripted role acts")).isEqualTo(phase.active());
        }
        boolean swapped = s.round() == 1;
        // In the second half of an "each in turn" phase the same words are read by the other person:
        // {A} and role A's label belong to whoever acts now (issue 15: the right person, always).
        boolean eachSecondHalf = phase.active() == Active.EACH && here.turn() == Active.B;
        if (here.turn() == Active.BOTH) {
            assertThat(s.active()).extracting(ActivePerson::partner).containsExactly(Partner.A, Partner.B);
            assertThat(s.active().get(0).role()).isEqualTo(swapped ? Active.B : Active.A);
        } else {
            Partner expected = (here.turn() == Active.A) != swapped ? Partner.A : Partner.B;
            assertThat(s.active()).as(at("who acts")).singleElement().satisfies(p -> {
                assertThat(p.partner()).isEqualTo(expected);
                assertThat(p.name()).isEqualTo(s.participants().name(expected));
                assertThat(p.roleLabel()).isEqualTo(ex.roles().label(eachSecondHalf ? Active.A : here.turn()));
            });
        }
        String holderOfA = s.participants().name(swapped != eachSecondHalf ? Partner.B : Partner.A);
        assertThat(s.instructions()).as(at("{A} is the holder of role A")).startsWith(holderOfA + ", go first");
    }
}
