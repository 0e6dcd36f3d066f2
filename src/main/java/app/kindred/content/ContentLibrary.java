package app.kindred.content;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything that loaded cleanly; maps keep the order files were read in (sorted by file name). */
public record ContentLibrary(
        Map<String, Exercise> exercises,
        Map<String, Deck> decks,
        Map<String, Programme> programmes,
        Map<String, Handout> handouts) {

    public ContentLibrary {
        exercises = unmodifiable(exercises);
        decks = unmodifiable(decks);
        programmes = unmodifiable(programmes);
        handouts = unmodifiable(handouts);
    }

    public static ContentLibrary empty() {
        return new ContentLibrary(Map.of(), Map.of(), Map.of(), Map.of());
    }

    public Optional<Exercise> exercise(String id) {
        return Optional.ofNullable(exercises.get(id));
    }

    public Optional<Deck> deck(String id) {
        return Optional.ofNullable(decks.get(id));
    }

    public Optional<Programme> programme(String id) {
        return Optional.ofNullable(programmes.get(id));
    }

    public Optional<Handout> handout(String id) {
        return Optional.ofNullable(handouts.get(id));
    }

    /**
     * The handouts that go home with a programme, in order and without repeats: the exercises'
     * own handouts, item by item, then the programme's own {@code handouts:} (e.g. the FAQ with
     * the kiosk taster). Ids with no loaded handout are left out.
     */
    public List<Handout> takeHomeHandouts(Programme programme) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        for (ProgrammeItem item : programme.items()) {
            if (!item.isBreak()) {
                exercise(item.exerciseId()).ifPresent(e -> ids.addAll(e.handouts()));
            }
        }
        ids.addAll(programme.handouts());
        return ids.stream().map(this::handout).flatMap(Optional::stream).toList();
    }

    /** A single exercise as a one-item programme, so the engine runs everything the same way. */
    public static Programme single(Exercise exercise) {
        Duration length = exercise.totalDuration();
        return new Programme(exercise.id(), exercise.title(), exercise.summary(), Audience.ANY, length,
                List.of(ProgrammeItem.exercise(exercise.id(), length)), exercise.origin());
    }

    private static <V> Map<String, V> unmodifiable(Map<String, V> map) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
