package app.kindred.session;

import app.kindred.content.Audience;
import app.kindred.content.Programme;
import app.kindred.content.ProgrammeItem;
import app.kindred.content.SourceFile;
import app.kindred.session.SessionCheckpoint.DrawnPrompt;
import app.kindred.session.SessionCheckpoint.Item;
import app.kindred.session.SessionRecord.ItemRun;
import app.kindred.session.SessionRecord.PhaseOutcome;
import app.kindred.session.SessionRecord.PhaseRun;
import app.kindred.session.SessionRecord.WrittenWords;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Takes a {@link SessionCheckpoint} of an engine (under its lock) and rebuilds the programme from one. */
final class Checkpoints {
    private Checkpoints() {
    }

    static SessionCheckpoint take(SessionState e, long now) {
        List<Item> agenda = e.agenda.stream().map(Checkpoints::item).toList();
        List<Item> dropped = e.dropped.stream().map(Checkpoints::item).toList();
        List<DrawnPrompt> prompts = new ArrayList<>();
        for (Map.Entry<String, PromptDrawer.Draw> en : e.prompts.entrySet()) {
            String[] k = en.getKey().split("/");
            prompts.add(new DrawnPrompt(Integer.parseInt(k[0]), Integer.parseInt(k[1]), en.getValue().prompt(),
                    en.getValue().ranOut()));
        }
        prompts.sort(Comparator.comparingInt(DrawnPrompt::itemKey).thenComparingInt(DrawnPrompt::step));
        PhaseClock c = e.phase;
        Programme p = e.programme;
        SessionSettings s = e.settings;
        return new SessionCheckpoint(SessionCheckpoint.VERSION, e.sessionId, e.sequence, p.id(), p.title(),
                p.summary(), p.audience(), agenda, dropped, e.participants, s.mode(), s.warning().toNanos(),
                s.timeOutLength().toNanos(), s.seed(), e.started(), e.finished(), e.endedEarly,
                e.offerReschedule, e.itemPos, e.stepPos, e.inStep ? c.budget() : 0,
                e.inStep ? c.used(now) : 0, e.paused(), e.inTimeOut(), e.timeOutUsed(now), e.warned,
                prompts, List.copyOf(e.drawer.drawnKeys()), e.drawer.climbCounts(), e.startedAt,
                SessionRecords.build(e, now, false));
    }

    /**
     * Puts a checkpoint back into a freshly built state: agenda order, position, time (frozen:
     * paused), prompts, record. A time-out that was running is closed as not resumed.
     *
     * @throws IllegalStateException if the checkpoint does not fit the content the state was built from
     */
    static void restore(SessionState st, SessionCheckpoint cp, List<WrittenWords> words, long now) {
        Map<Integer, PlannedItem> byKey = new HashMap<>();
        st.agenda.forEach(it -> byKey.put(it.agendaKey(), it));
        st.agenda.clear();
        cp.agenda().forEach(it -> st.agenda.add(byKey.get(it.key())));
        cp.dropped().forEach(it -> st.dropped.add(byKey.get(it.key())));
        st.stage = cp.finished() ? SessionState.Stage.FINISHED
                : cp.started() ? SessionState.Stage.RUNNING : SessionState.Stage.READY;
        st.endedEarly = cp.endedEarly();
        st.offerReschedule = cp.offerReschedule();
        st.itemPos = cp.itemPos();
        st.stepPos = cp.stepPos();
        if (!st.agenda.isEmpty() && (st.itemPos < 0 || st.itemPos >= st.agenda.size() || st.stepPos < 0
                || st.stepPos >= st.currentItem().steps().size())) {
            throw new IllegalStateException("the journal points at step " + (st.stepPos + 1) + " of item "
                    + (st.itemPos + 1) + ", which the current content does not have");
        }
        st.startedAt = cp.startedAt();
        st.endedAt = cp.record() == null ? null : cp.record().ended();
        for (DrawnPrompt d : cp.prompts()) {
            st.prompts.put(d.itemKey() + "/" + d.step(), new PromptDrawer.Draw(d.prompt(), d.ranOut()));
        }
        st.drawer.restore(cp.drawnKeys(), cp.climbs());
        SessionRecord rec = cp.record();
        PhaseRun running = null;
        int runningKey = -1;
        if (rec != null) {
            for (ItemRun it : rec.items()) {
                for (PhaseRun r : it.phases()) {
                    if (r.outcome() == PhaseOutcome.RUNNING) {
                        running = r;
                        runningKey = it.position() - 1;
                    }
                }
            }
            st.recorder.restore(new SessionRecord(rec.format(), rec.sessionId(), rec.programmeId(),
                    rec.programmeTitle(), rec.mode(), rec.partnerA(), rec.partnerB(), rec.started(), rec.ended(),
                    rec.endedEarly(), rec.planned(), rec.actual(), rec.items(), rec.timeOuts(), words),
                    running, runningKey);
        }
        if (st.started() && !st.finished() && !st.agenda.isEmpty()) {
            if (running == null) {
                throw new IllegalStateException("the journal has no running step");
            }
            st.phase.restoreFrozen(cp.budgetNanos(), cp.usedNanos());
            st.inStep = true;
            st.lastEnteredItem = st.currentItem();
            st.stage = SessionState.Stage.PAUSED;
            st.warned = cp.warned();
            if (cp.inTimeOut()) {
                st.recorder.timeOutEnded(cp.timeOutUsedNanos(), false);
            }
        } else if (st.finished() && !st.agenda.isEmpty()) {
            st.lastEnteredItem = st.currentItem();
        }
        st.sequence = cp.sequence();
    }

    private static Item item(PlannedItem it) {
        ProgrammeItem pi = it.item();
        return new Item(it.agendaKey(), pi.exerciseId(), pi.breakText(),
                pi.duration() == null ? -1 : pi.duration().toNanos());
    }

    /** The programme as written (items in their original order), rebuilt from a checkpoint. */
    static Programme programme(SessionCheckpoint cp) {
        List<Item> all = new ArrayList<>(cp.agenda());
        all.addAll(cp.dropped());
        all.sort(Comparator.comparingInt(Item::key));
        List<ProgrammeItem> items = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < all.size(); i++) {
            Item it = all.get(i);
            if (it.key() != i) {
                throw new IllegalStateException("the journal's agenda has a gap at item " + (i + 1));
            }
            Duration d = it.durationNanos() < 0 ? null : Duration.ofNanos(it.durationNanos());
            items.add(new ProgrammeItem(it.exerciseId(), it.breakText(), d));
            total += Math.max(0, it.durationNanos());
        }
        Audience audience = cp.audience() == null ? Audience.ANY : cp.audience();
        return new Programme(cp.programmeId(), cp.programmeTitle(), cp.programmeSummary(), audience,
                Duration.ofNanos(total), items, SourceFile.builtIn("journal"));
    }
}
