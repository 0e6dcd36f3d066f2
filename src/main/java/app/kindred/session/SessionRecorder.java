package app.kindred.session;

import app.kindred.content.Prompt;
import app.kindred.session.SessionRecord.ItemOutcome;
import app.kindred.session.SessionRecord.ItemRun;
import app.kindred.session.SessionRecord.PhaseOutcome;
import app.kindred.session.SessionRecord.PhaseRun;
import app.kindred.session.SessionRecord.PromptShown;
import app.kindred.session.SessionRecord.TimeOutRun;
import app.kindred.session.SessionRecord.WrittenWords;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Collects the session record as the engine runs: one {@link PhaseRun} per step run. */
final class SessionRecorder {
    private final Map<Integer, List<PhaseRun>> runs = new HashMap<>();
    private final List<TimeOutRun> timeOuts = new ArrayList<>();
    private final List<WrittenWords> words = new ArrayList<>();
    private int nextWordsId = 1;

    private int currentKey = -1;
    private PhaseRun current;
    private long extendedNanos;
    private long shortenedNanos;

    void begin(PlannedItem item, PlannedStep step, Prompt prompt, boolean ranOut, Instant started) {
        currentKey = item.agendaKey();
        extendedNanos = 0;
        shortenedNanos = 0;
        String acting = step.turn() == app.kindred.content.Active.BOTH ? "both" : step.turn().name();
        PromptShown shown = prompt == null ? null : new PromptShown(prompt.deckId(), prompt.level(), prompt.text());
        String title = step.isBreak() ? item.item().breakText() : step.phase().title();
        current = new PhaseRun(step.phaseIndex() + 1, title, step.round() + 1, acting, step.actingPerson(),
                Duration.ofNanos(step.plannedNanos()), Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO,
                PhaseOutcome.RUNNING, shown, ranOut, started);
    }

    void prompt(Prompt prompt, boolean ranOut) {
        PromptShown shown = prompt == null ? null : new PromptShown(prompt.deckId(), prompt.level(), prompt.text());
        current = new PhaseRun(current.phase(), current.title(), current.round(), current.acting(), current.person(),
                current.planned(), current.extended(), current.shortened(), current.actual(), current.unused(),
                current.outcome(), shown, ranOut, current.started());
    }

    void extended(long nanos) {
        extendedNanos += nanos;
    }

    void shortened(long nanos) {
        shortenedNanos += nanos;
    }

    long extendedNanos() {
        return extendedNanos;
    }

    long shortenedNanos() {
        return shortenedNanos;
    }

    void end(PhaseOutcome outcome, long actualNanos) {
        runs.computeIfAbsent(currentKey, k -> new ArrayList<>()).add(inProgress(outcome, actualNanos));
        current = null;
        currentKey = -1;
    }

    /** The current run as it stands, with the given outcome and time so far. */
    PhaseRun inProgress(PhaseOutcome outcome, long actualNanos) {
        long total = current.planned().toNanos() + extendedNanos - shortenedNanos;
        return new PhaseRun(current.phase(), current.title(), current.round(), current.acting(), current.person(),
                current.planned(), Duration.ofNanos(extendedNanos), Duration.ofNanos(shortenedNanos),
                Duration.ofNanos(actualNanos), Duration.ofNanos(Math.max(0, total - actualNanos)), outcome,
                current.prompt(), current.deckRanOut(), current.started());
    }

    boolean hasCurrent() {
        return current != null;
    }

    List<PhaseRun> runsOf(int agendaKey) {
        return runs.getOrDefault(agendaKey, List.of());
    }

    void timeOutStarted(int agendaKey, String phaseTitle, Instant at) {
        timeOuts.add(new TimeOutRun(agendaKey + 1, phaseTitle, at, null, null));
    }

    void timeOutEnded(long lengthNanos, boolean resumed) {
        TimeOutRun t = timeOuts.remove(timeOuts.size() - 1);
        timeOuts.add(new TimeOutRun(t.item(), t.phaseTitle(), t.started(), Duration.ofNanos(lengthNanos), resumed));
    }

    List<TimeOutRun> timeOuts() {
        return List.copyOf(timeOuts);
    }

    // --- the couple's words ---

    WrittenWords addWords(WrittenWords.Kind kind, Partner author, String exerciseId, String question, String text,
            boolean onSummary) {
        String id = (kind == WrittenWords.Kind.REFLECTION ? "r" : "c") + nextWordsId++;
        WrittenWords w = new WrittenWords(id, kind, author, exerciseId, question, text, onSummary);
        words.add(w);
        return w;
    }

    boolean replaceWords(String id, java.util.function.UnaryOperator<WrittenWords> change) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).id().equals(id)) {
                words.set(i, change.apply(words.get(i)));
                return true;
            }
        }
        return false;
    }

    boolean removeWords(String id) {
        return words.removeIf(w -> w.id().equals(id));
    }

    Optional<WrittenWords> words(String id) {
        return words.stream().filter(w -> w.id().equals(id)).findFirst();
    }

    List<WrittenWords> words() {
        return List.copyOf(words);
    }

    void clearWords() {
        words.clear();
    }

    /** Puts back everything from a journaled record; the current run is re-begun by the engine. */
    void restore(SessionRecord record, PhaseRun running, int runningKey) {
        for (ItemRun item : record.items()) {
            List<PhaseRun> done = new ArrayList<>();
            for (PhaseRun r : item.phases()) {
                if (r.outcome() != PhaseOutcome.RUNNING) {
                    done.add(r);
                }
            }
            if (!done.isEmpty()) {
                runs.put(item.position() - 1, done);
            }
        }
        timeOuts.addAll(record.timeOuts());
        words.addAll(record.words());
        for (WrittenWords w : record.words()) {
            try {
                nextWordsId = Math.max(nextWordsId, Integer.parseInt(w.id().substring(1)) + 1);
            } catch (RuntimeException ignored) {
                // a hand-edited id; new ids still start after the highest number found
            }
        }
        if (running != null) {
            current = running;
            currentKey = runningKey;
            extendedNanos = running.extended().toNanos();
            shortenedNanos = running.shortened().toNanos();
        }
    }

    static ItemOutcome outcome(List<PhaseRun> runs, boolean dropped, boolean current, boolean endedEarlyHere) {
        if (dropped) {
            return ItemOutcome.DROPPED;
        }
        if (current) {
            return endedEarlyHere ? ItemOutcome.ENDED_EARLY : ItemOutcome.RUNNING;
        }
        if (runs.isEmpty()) {
            return ItemOutcome.NOT_REACHED;
        }
        return endedEarlyHere ? ItemOutcome.ENDED_EARLY : ItemOutcome.DONE;
    }
}
