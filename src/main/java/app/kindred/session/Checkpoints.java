package app.kindred.session;

import app.kindred.content.Audience;
import app.kindred.content.Programme;
import app.kindred.content.ProgrammeItem;
import app.kindred.content.SourceFile;
import app.kindred.session.SessionCheckpoint.DrawnPrompt;
import app.kindred.session.SessionCheckpoint.Item;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Takes a {@link SessionCheckpoint} of an engine (under its lock) and rebuilds the programme from one. */
final class Checkpoints {
    private Checkpoints() {
    }

    static SessionCheckpoint take(SessionEngine e, long now) {
        List<Item> agenda = e.agenda().stream().map(Checkpoints::item).toList();
        List<Item> dropped = e.droppedItems().stream().map(Checkpoints::item).toList();
        List<DrawnPrompt> prompts = new ArrayList<>();
        for (Map.Entry<String, PromptDrawer.Draw> en : e.prompts().entrySet()) {
            String[] k = en.getKey().split("/");
            prompts.add(new DrawnPrompt(Integer.parseInt(k[0]), Integer.parseInt(k[1]), en.getValue().prompt(),
                    en.getValue().ranOut()));
        }
        prompts.sort(Comparator.comparingInt(DrawnPrompt::itemKey).thenComparingInt(DrawnPrompt::step));
        PhaseClock c = e.phaseClock();
        Programme p = e.programme();
        SessionSettings s = e.settings();
        return new SessionCheckpoint(SessionCheckpoint.VERSION, e.sessionId(), e.sequence(), p.id(), p.title(),
                p.summary(), p.audience(), agenda, dropped, e.participants(), s.mode(), s.warning().toNanos(),
                s.timeOutLength().toNanos(), s.seed(), e.isStarted(), e.isFinished(), e.isEndedEarly(),
                e.isOfferReschedule(), e.itemPos(), e.stepPos(), e.isInStep() ? c.budget() : 0,
                e.isInStep() ? c.used(now) : 0, e.isPaused(), e.isInTimeOut(), e.timeOutUsed(now), e.isWarned(),
                prompts, List.copyOf(e.drawer().drawnKeys()), e.drawer().climbCounts(), e.startedAt(),
                SessionRecords.build(e, now, false));
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
