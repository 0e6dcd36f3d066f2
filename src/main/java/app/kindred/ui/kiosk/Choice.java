package app.kindred.ui.kiosk;

import app.kindred.content.Audience;
import app.kindred.content.ContentLibrary;
import app.kindred.content.Durations;
import app.kindred.content.Exercise;
import app.kindred.content.Programme;
import java.util.ArrayList;
import java.util.List;

/**
 * One thing a couple can choose: a short programme or a single exercise (run as a one-item
 * programme, so the engine treats both alike).
 */
public record Choice(String id, String title, String summary, long minutes, boolean isProgramme, Programme programme) {

    /** Programmes meant for a kiosk first (room-only ones are left out), then every exercise. */
    public static List<Choice> from(ContentLibrary library) {
        List<Choice> list = new ArrayList<>();
        for (Programme p : library.programmes().values()) {
            if (p.audience() != Audience.ROOM) {
                list.add(new Choice("programme." + p.id(), p.title(), p.summary(),
                        Durations.roundMinutes(p.length()), true, p));
            }
        }
        for (Exercise e : library.exercises().values()) {
            Programme single = ContentLibrary.single(e);
            list.add(new Choice("exercise." + e.id(), e.title(), e.summary(),
                    Durations.roundMinutes(single.length()), false, single));
        }
        return list;
    }

    public boolean fits(LengthFilter filter) {
        return filter.maxMinutes() == 0 || minutes <= filter.maxMinutes();
    }

    /** The length filter chips of the choose screen. */
    public enum LengthFilter {
        UP_TO_10(10), UP_TO_20(20), ANY(0);

        private final int maxMinutes;

        LengthFilter(int maxMinutes) {
            this.maxMinutes = maxMinutes;
        }

        /** 0 means no limit. */
        public int maxMinutes() {
            return maxMinutes;
        }
    }
}
