package app.kindred.content;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that need every file: duplicate ids, references between files (exercise to handout and
 * deck, programme to exercise) and programme lengths. A file that fails here is left out of the
 * library like any other file with errors.
 */
final class CrossCheck {
    private final List<ContentLoader.Loaded> loaded;
    private final Set<Kind> scope;
    private final Map<Kind, Map<String, ContentLoader.Loaded>> byId = new EnumMap<>(Kind.class);

    CrossCheck(List<ContentLoader.Loaded> loaded, Set<Kind> scope) {
        this.loaded = loaded;
        this.scope = scope;
    }

    void run() {
        findDuplicates();
        for (ContentLoader.Loaded l : loaded) {
            if (l.kind == Kind.EXERCISE) {
                checkReferences(l);
            }
        }
        for (ContentLoader.Loaded l : loaded) {
            if (l.kind == Kind.PROGRAMME) {
                checkReferences(l);
                settleProgramme(l);
            }
        }
        new LibraryChecks(loaded, scope).run();
    }

    /**
     * The first file to claim an id keeps it. Files read only for context claim first, so a
     * duplicate is always reported on a file the user asked about.
     */
    private void findDuplicates() {
        List<ContentLoader.Loaded> order = new ArrayList<>(loaded);
        order.sort(Comparator.comparing((ContentLoader.Loaded l) -> l.file.report())
                .thenComparing(l -> l.file.display()));
        for (Kind k : Kind.values()) {
            byId.put(k, new LinkedHashMap<>());
        }
        for (ContentLoader.Loaded l : order) {
            if (l.kind == null || l.id == null || l.id.isEmpty()) {
                continue;
            }
            ContentLoader.Loaded first = byId.get(l.kind).putIfAbsent(l.id, l);
            if (first != null) {
                l.findings.error(l.idLine, l.idColumn, "duplicate " + l.kind.word + " id \"" + l.id
                        + "\": also used by " + first.file.display() + "; give one of them another id");
                l.value = null;
            }
        }
    }

    private void checkReferences(ContentLoader.Loaded l) {
        boolean ok = true;
        for (Ref ref : l.refs) {
            if (!scope.contains(ref.target())) {
                continue; // nothing of that kind was read, so nothing can be said
            }
            ContentLoader.Loaded target = byId.get(ref.target()).get(ref.id());
            if (target == null) {
                String near = Suggestions.closest(ref.id(), byId.get(ref.target()).keySet());
                l.findings.error(ref.line(), ref.column(), "no " + ref.target().word + " with id \"" + ref.id() + "\""
                        + (near != null ? Suggestions.didYouMean(ref.id(), near) : " in " + ref.target().folder + "/"));
                ok = false;
            } else if (target.value == null || target.findings.errorCount() > 0) {
                l.findings.error(ref.line(), ref.column(), ref.target().word + " \"" + ref.id() + "\" has errors and"
                        + " was not loaded (see " + target.file.display() + ")");
                ok = false;
            } else if (ref.level() > 0 && target.value instanceof Deck deck && ref.level() > deck.levels().size()) {
                l.findings.error(ref.line(), ref.column(), "level " + ref.level() + " is out of range: deck \""
                        + deck.id() + "\" has " + TextRepair.plural(deck.levels().size(), "level")
                        + " (1-" + deck.levels().size() + ")");
                ok = false;
            }
        }
        if (!ok) {
            l.value = null;
        }
    }

    /**
     * An item's duration scales the exercise's phases in proportion. Squeezing or stretching too far
     * makes phases no one can use, so say so (a warning: the programme still runs).
     */
    private static void checkScaling(ContentLoader.Loaded l, int number, ProgrammeReader.ItemDraft item,
                                     Exercise exercise) {
        long total = exercise.totalDuration().toSeconds();
        long given = item.duration().toSeconds();
        long shortest = exercise.phases().stream().mapToLong(p -> p.duration().toSeconds()).min().orElse(total);
        String start = "item " + number + " gives \"" + exercise.id() + "\" " + Durations.format(item.duration())
                + " instead of its " + Durations.format(exercise.totalDuration());
        if (shortest * given < 10 * total) {
            long needed = (10 * total + shortest - 1) / shortest;
            l.findings.warning(item.at(), start + ": its shortest phase would last only " + shortest * given / total
                    + "s; allow at least " + Durations.format(Duration.ofSeconds(roundUpToMinute(needed))));
        } else if (2 * given < total) {
            l.findings.warning(item.at(), start + ": every phase would be cut by more than half; allow at least "
                    + Durations.format(Duration.ofSeconds(roundUpToMinute((total + 1) / 2))));
        } else if (given > 2 * total) {
            l.findings.warning(item.at(), start + ": every phase would be more than twice as long; allow at most "
                    + Durations.format(Duration.ofSeconds(2 * total / 60 * 60)));
        }
    }

    private static long roundUpToMinute(long seconds) {
        return (seconds + 59) / 60 * 60;
    }

    private void settleProgramme(ContentLoader.Loaded l) {
        if (!(l.value instanceof ProgrammeReader.Draft draft)) {
            l.value = null;
            return;
        }
        List<ProgrammeItem> items = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        Duration sum = Duration.ZERO;
        int number = 0;
        for (ProgrammeReader.ItemDraft item : draft.items()) {
            number++;
            Duration d = item.duration();
            ContentLoader.Loaded ex = item.isBreakItem() ? null : byId.get(Kind.EXERCISE).get(item.exerciseId());
            if (d != null && ex != null && ex.value instanceof Exercise exercise) {
                checkScaling(l, number, item, exercise);
            }
            if (d == null) {
                if (ex == null || !(ex.value instanceof Exercise exercise)) {
                    l.value = null; // reported above, or exercises were not read at all
                    return;
                }
                d = exercise.totalDuration();
            }
            items.add(item.isBreakItem() ? ProgrammeItem.pause(item.breakText(), d)
                    : ProgrammeItem.exercise(item.exerciseId(), d));
            parts.add(Durations.format(d));
            sum = sum.plus(d);
        }
        if (!sum.equals(draft.length())) {
            String arithmetic = parts.size() <= 12 ? " (" + String.join(" + ", parts) + ")" : "";
            YNode at = draft.lengthAt();
            l.findings.error(at.line(), at.column(), "length is " + Durations.format(draft.length())
                    + " but the items add up to " + Durations.format(sum) + arithmetic + "; change length to "
                    + Durations.format(sum) + " or adjust the items");
            l.value = null;
            return;
        }
        l.value = new Programme(draft.id(), draft.title(), draft.summary(), draft.audience(), draft.length(), items,
                draft.origin(), draft.handouts());
    }
}
