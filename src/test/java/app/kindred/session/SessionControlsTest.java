package app.kindred.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.session.SessionEvent.Type;
import app.kindred.session.SessionRecord.PhaseOutcome;
import app.kindred.session.SessionRecord.PhaseRun;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every control, alone and in combination, against a fake clock. */
class SessionControlsTest {
    private final FakeClock clock = new FakeClock();
    private final List<SessionEvent> events = new ArrayList<>();
    private SessionEngine e;

    @BeforeEach
    void startTheEvening() {
        e = new SessionEngine(Fixtures.evening(), Fixtures.library(), Participants.of("Sam", "Alex"),
                Fixtures.settings(), clock);
        e.addListener(events::add);
        e.start();
        events.clear();
    }

    private SessionSnapshot after(long seconds) {
        clock.advanceSeconds(seconds);
        return e.poll();
    }

    private List<Type> types() {
        return events.stream().map(SessionEvent::type).toList();
    }

    private List<PhaseRun> runs() {
        return e.record().items().get(0).phases();
    }

    private static Duration s(long seconds) {
        return Duration.ofSeconds(seconds);
    }

    @Test
    void warningComesThirtySecondsBeforeTheEnd() {
        assertThat(after(29).status()).isEqualTo(SessionStatus.RUNNING);
        assertThat(after(1).status()).isEqualTo(SessionStatus.WARNING);
        assertThat(types()).containsExactly(Type.WARNING);
        assertThat(events.get(0).atNanos()).isEqualTo(clock.nanoTime());
    }

    @Test
    void pauseDuringWarningKeepsTheWarningAndFreezesTime() {
        after(40);
        e.pause();
        assertThat(after(300).status()).isEqualTo(SessionStatus.PAUSED);
        assertThat(e.snapshot().remaining()).isEqualTo(s(20));
        e.resume();
        assertThat(e.snapshot().status()).isEqualTo(SessionStatus.WARNING);
        assertThat(types()).containsExactly(Type.WARNING, Type.PAUSED, Type.RESUMED);
        assertThat(after(20).phaseTitle()).isEqualTo("Speak");
    }

    @Test
    void extendAddsExactlyAndReArmsTheWarning() {
        after(45);
        e.extend(Duration.ofMinutes(1));
        SessionSnapshot s = e.snapshot();
        assertThat(s.remaining()).isEqualTo(s(75));
        assertThat(s.total()).isEqualTo(s(120));
        assertThat(s.extension()).isEqualTo(s(60));
        assertThat(s.status()).isEqualTo(SessionStatus.RUNNING);
        after(45);
        assertThat(types()).containsExactly(Type.WARNING, Type.CHANGED, Type.WARNING);
        assertThat(after(30).phaseTitle()).isEqualTo("Speak");
        assertThat(runs().get(0).extended()).isEqualTo(s(60));
        assertThat(runs().get(0).actual()).isEqualTo(s(120));
    }

    @Test
    void extendWhilePausedAddsToTheFrozenTime() {
        after(10);
        e.pause();
        e.extend(s(30));
        after(1000);
        assertThat(e.snapshot().remaining()).isEqualTo(s(80));
    }

    @Test
    void shortenTakesOffExactlyAndCanEndThePhase() {
        after(10);
        e.shorten(s(20));
        assertThat(e.snapshot().remaining()).isEqualTo(s(30));
        assertThat(e.snapshot().status()).isEqualTo(SessionStatus.WARNING);
        e.shorten(s(600));
        assertThat(e.snapshot().phaseTitle()).isEqualTo("Speak");
        PhaseRun arrive = runs().get(0);
        assertThat(arrive.shortened()).isEqualTo(s(50));
        assertThat(arrive.actual()).isEqualTo(s(10));
        assertThat(arrive.outcome()).isEqualTo(PhaseOutcome.COMPLETED);
    }

    @Test
    void skipStartsTheNextPhaseWithItsFullTimeAndRecordsTheSkip() {
        after(12);
        e.skip();
        SessionSnapshot s = e.snapshot();
        assertThat(s.phaseTitle()).isEqualTo("Speak");
        assertThat(s.remaining()).isEqualTo(s(240));
        assertThat(runs().get(0).outcome()).isEqualTo(PhaseOutcome.SKIPPED);
        assertThat(runs().get(0).unused()).isEqualTo(s(48));
        assertThat(types()).containsExactly(Type.PHASE_ENDED, Type.PHASE_STARTED);
    }

    @Test
    void skipWhilePausedStartsTheNextPhasePaused() {
        e.pause();
        e.skip();
        assertThat(after(100).status()).isEqualTo(SessionStatus.PAUSED);
        assertThat(e.snapshot().remaining()).isEqualTo(s(240));
    }

    @Test
    void skippingTheLastPhaseEndsTheProgramme() {
        e.jumpTo(2);
        events.clear();
        e.skip();
        e.skip();
        e.skip();
        SessionSnapshot s = e.snapshot();
        assertThat(s.status()).isEqualTo(SessionStatus.FINISHED);
        assertThat(s.endedEarly()).isFalse();
        assertThat(s.next()).isNull();
        assertThat(types()).endsWith(Type.PHASE_ENDED, Type.EXERCISE_ENDED, Type.PROGRAMME_ENDED);
        assertThat(e.canDo(Command.SKIP)).isFalse();
        assertThat(e.skip()).isFalse();
    }

    @Test
    void backFromTheFirstPhaseRestartsIt() {
        after(20);
        assertThat(e.back()).isTrue();
        SessionSnapshot s = e.snapshot();
        assertThat(s.phaseTitle()).isEqualTo("Arrive");
        assertThat(s.remaining()).isEqualTo(s(60));
        assertThat(runs()).extracting(PhaseRun::outcome).containsExactly(PhaseOutcome.RESTARTED, PhaseOutcome.RUNNING);
    }

    @Test
    void backGoesToThePreviousPhaseWithItsFullTimeAndSamePrompt() {
        after(60);
        var prompt = e.snapshot().prompt();
        after(100);
        e.skip();
        after(5);
        e.back();
        SessionSnapshot s = e.snapshot();
        assertThat(s.phaseTitle()).isEqualTo("Speak");
        assertThat(s.remaining()).isEqualTo(s(240));
        assertThat(s.prompt()).isEqualTo(prompt);
        assertThat(runs()).extracting(PhaseRun::outcome).containsExactly(PhaseOutcome.COMPLETED, PhaseOutcome.SKIPPED,
                PhaseOutcome.WENT_BACK, PhaseOutcome.RUNNING);
    }

    @Test
    void backAcrossAnItemGoesToTheLastStepOfThePreviousItem() {
        e.jumpTo(1);
        events.clear();
        e.back();
        SessionSnapshot s = e.snapshot();
        assertThat(s.itemIndex()).isZero();
        assertThat(s.stepIndex()).isEqualTo(9);
        // The last step is partner B's half of an EACH phase: it begins with "switch".
        assertThat(types()).containsExactly(Type.PHASE_ENDED, Type.BREAK_ENDED, Type.EXERCISE_STARTED,
                Type.SWITCH_ROLES, Type.PHASE_STARTED);
    }

    @Test
    void restartRunsThePhaseAgainFromItsFullTime() {
        after(70);
        e.extend(s(60));
        after(10);
        e.restartPhase();
        SessionSnapshot s = e.snapshot();
        assertThat(s.phaseTitle()).isEqualTo("Speak");
        assertThat(s.remaining()).isEqualTo(s(240));
        assertThat(s.extension()).isZero();
    }

    @Test
    void endEarlyFinishesAndRecordsIt() {
        after(30);
        e.endEarly();
        SessionSnapshot s = e.snapshot();
        assertThat(s.status()).isEqualTo(SessionStatus.FINISHED);
        assertThat(s.endedEarly()).isTrue();
        SessionRecord r = e.record();
        assertThat(r.endedEarly()).isTrue();
        assertThat(r.items().get(0).outcome()).isEqualTo(SessionRecord.ItemOutcome.ENDED_EARLY);
        assertThat(r.items().get(1).outcome()).isEqualTo(SessionRecord.ItemOutcome.NOT_REACHED);
        assertThat(runs().get(0).outcome()).isEqualTo(PhaseOutcome.ENDED_EARLY);
        assertThat(types()).containsExactly(Type.WARNING, Type.PHASE_ENDED, Type.EXERCISE_ENDED, Type.PROGRAMME_ENDED);
    }

    @Test
    void timeOutFreezesThePhaseRunsTheCalmDownAndResumes() {
        after(20);
        e.timeOut();
        SessionSnapshot s = after(100);
        assertThat(s.status()).isEqualTo(SessionStatus.TIME_OUT);
        assertThat(s.remaining()).isEqualTo(s(40));
        assertThat(s.timeOutRemaining()).isEqualTo(s(200));
        s = after(200);
        assertThat(s.timeOutOver()).isTrue();
        assertThat(s.timeOutRemaining()).isZero();
        assertThat(after(1000).remaining()).isEqualTo(s(40));
        e.endTimeOut(true);
        assertThat(e.snapshot().status()).isEqualTo(SessionStatus.RUNNING);
        assertThat(after(40).phaseTitle()).isEqualTo("Speak");
        assertThat(types()).startsWith(Type.TIME_OUT_STARTED, Type.TIME_OUT_ELAPSED, Type.TIME_OUT_ENDED);
        SessionRecord.TimeOutRun t = e.record().timeOuts().get(0);
        assertThat(t.length()).isEqualTo(s(1300));
        assertThat(t.resumed()).isTrue();
    }

    @Test
    void extendDuringATimeOutAddsToThePhaseNotTheCalmDown() {
        after(20);
        e.timeOut();
        after(10);
        e.extend(s(60));
        SessionSnapshot s = e.snapshot();
        assertThat(s.remaining()).isEqualTo(s(100));
        assertThat(s.timeOutRemaining()).isEqualTo(s(290));
        e.endTimeOut(true);
        assertThat(after(100).phaseTitle()).isEqualTo("Speak");
    }

    @Test
    void aTimeOutDuringPauseReturnsToPause() {
        e.pause();
        e.timeOut();
        e.endTimeOut(true);
        assertThat(after(100).status()).isEqualTo(SessionStatus.PAUSED);
    }

    @Test
    void endingATimeOutWithoutResumingEndsTheSessionAndOffersToReschedule() {
        after(20);
        e.timeOut();
        after(30);
        e.endTimeOut(false);
        SessionSnapshot s = e.snapshot();
        assertThat(s.status()).isEqualTo(SessionStatus.FINISHED);
        assertThat(s.offerReschedule()).isTrue();
        assertThat(e.record().timeOuts().get(0).resumed()).isFalse();
        assertThat(runs().get(0).actual()).isEqualTo(s(20));
    }

    @Test
    void duringATimeOutOnlyTimeControlsWork() {
        e.timeOut();
        assertThat(e.canDo(Command.SKIP)).isFalse();
        assertThat(e.canDo(Command.PAUSE)).isFalse();
        assertThat(e.canDo(Command.TIME_OUT)).isFalse();
        assertThat(e.canDo(Command.EXTEND)).isTrue();
        assertThat(e.canDo(Command.END_TIME_OUT)).isTrue();
        assertThat(e.skip()).isFalse();
    }

    @Test
    void noTimeOutDuringABreak() {
        e.jumpTo(1);
        assertThat(e.snapshot().status()).isEqualTo(SessionStatus.BREAK);
        assertThat(e.timeOut()).isFalse();
    }

    @Test
    void jumpToStartsAnItemAndPassedItemsAreNotReached() {
        after(10);
        e.jumpTo(2);
        SessionSnapshot s = e.snapshot();
        assertThat(s.exercise().id()).isEqualTo("appreciation");
        assertThat(s.agenda()).extracting(AgendaItem::state).containsExactly(AgendaItem.State.DONE,
                AgendaItem.State.PASSED, AgendaItem.State.CURRENT);
        assertThat(runs().get(0).outcome()).isEqualTo(PhaseOutcome.JUMPED);
    }

    @Test
    void onlyItemsStillAheadCanBeMovedOrDropped() {
        assertThat(e.moveItem(0, 2)).isFalse();
        assertThat(e.moveItem(2, 1)).isTrue();
        assertThat(e.snapshot().agenda()).extracting(AgendaItem::title)
                .containsExactly("Holding the Floor", "Appreciation Round", "Stretch, water");
        assertThat(e.dropItem(2)).isTrue();
        assertThat(e.dropItem(0)).isFalse();
        SessionSnapshot s = e.snapshot();
        assertThat(s.itemCount()).isEqualTo(2);
        assertThat(s.programmePlanned()).isEqualTo(s(1080 + 200));
        assertThat(e.record().items()).last().satisfies(i -> {
            assertThat(i.outcome()).isEqualTo(SessionRecord.ItemOutcome.DROPPED);
            assertThat(i.position()).isEqualTo(2);
        });
    }

    @Test
    void programmeDurationsScalePhasesInProportion() {
        e.jumpTo(2);
        // appreciation is 30 + 30 + 40 s, given 200 s in the programme: every phase doubles.
        assertThat(e.snapshot().ribbon()).hasSize(3);
        assertThat(e.snapshot().remaining()).isEqualTo(s(60));
        e.skip();
        e.skip();
        assertThat(e.snapshot().remaining()).isEqualTo(s(80));
    }

    @Test
    void eachPhaseRunsOnceForEveryoneAndSaysSwitch() {
        e.jumpTo(0);
        for (int i = 0; i < 3; i++) {
            e.skip();
        }
        SessionSnapshot first = e.snapshot();
        assertThat(first.phaseTitle()).isEqualTo("Each says thanks");
        assertThat(first.active()).extracting(ActivePerson::name).containsExactly("Sam");
        events.clear();
        e.skip();
        SessionSnapshot second = e.snapshot();
        assertThat(second.phaseTitle()).isEqualTo("Each says thanks");
        assertThat(second.active()).extracting(ActivePerson::name).containsExactly("Alex");
        assertThat(second.switchRoles()).isTrue();
        assertThat(types()).containsExactly(Type.PHASE_ENDED, Type.SWITCH_ROLES, Type.PHASE_STARTED);
        assertThat(second.reflectionQuestion()).isEqualTo("What did you hear today?");
    }

    @Test
    void upNextNamesTheNextPhaseAndWho() {
        after(60);
        UpNext next = e.snapshot().next();
        assertThat(next.phaseTitle()).isEqualTo("Reflect back");
        assertThat(next.active()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Alex");
            assertThat(p.roleLabel()).isEqualTo("Listener");
            assertThat(p.partner()).isEqualTo(Partner.B);
        });
    }

    @Test
    void warningOffMeansNoWarningEvent() {
        SessionEngine quiet = SessionEngine.forExercise(Fixtures.appreciation(), Fixtures.library(), null,
                Fixtures.settings().withWarning(Duration.ZERO), clock);
        List<Type> seen = new ArrayList<>();
        quiet.addListener(ev -> seen.add(ev.type()));
        quiet.start();
        clock.advanceSeconds(200);
        quiet.poll();
        assertThat(seen).doesNotContain(Type.WARNING).contains(Type.PROGRAMME_ENDED);
    }

    @Test
    void theRoomPolicyLeavesEverythingButTimeOutToTheFacilitator() {
        ControlPolicy room = ControlPolicy.forMode(Mode.ROOM);
        assertThat(room.permits(Command.SKIP, Actor.PARTICIPANT)).isFalse();
        assertThat(room.permits(Command.TIME_OUT, Actor.PARTICIPANT)).isTrue();
        assertThat(room.permits(Command.SKIP, Actor.FACILITATOR)).isTrue();
        ControlPolicy kiosk = ControlPolicy.forMode(Mode.KIOSK);
        assertThat(kiosk.permits(Command.PAUSE, Actor.PARTICIPANT)).isTrue();
        assertThat(kiosk.needsFacilitator(Command.DROP)).isTrue();
        assertThat(e.allowed(Command.PAUSE, Actor.PARTICIPANT)).isTrue();
        assertThat(e.allowed(Command.JUMP_TO, Actor.PARTICIPANT)).isFalse();
        assertThat(e.allowed(Command.JUMP_TO, Actor.FACILITATOR)).isTrue();
    }

    @Test
    void commandsBeforeStartAreRefusedExceptAgendaChanges() {
        SessionEngine fresh = new SessionEngine(Fixtures.evening(), Fixtures.library(), null, Fixtures.settings(), clock);
        assertThat(fresh.pause()).isFalse();
        assertThat(fresh.skip()).isFalse();
        assertThat(fresh.extend(s(60))).isFalse();
        assertThat(fresh.jumpTo(1)).isTrue();
        fresh.start();
        assertThat(fresh.snapshot().status()).isEqualTo(SessionStatus.BREAK);
        assertThat(fresh.start()).isFalse();
    }
}
