package app.kindred.session;

import app.kindred.content.Prompt;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Prompts already drawn today at this kiosk, across all couples. The app keeps one instance and
 * passes it in {@link SessionSettings} when the "avoid repeats all day" setting is on. It forgets
 * everything when the local date changes. Avoiding other couples' prompts is a preference: when a
 * deck has no prompt left that nobody drew today, a prompt from another couple may come again, but
 * never one already drawn in the same session.
 */
public final class DeckMemory {
    private final Clock wall;
    private final Set<String> keys = new HashSet<>();
    private LocalDate day;

    public DeckMemory() {
        this(Clock.systemDefaultZone());
    }

    public DeckMemory(Clock wall) {
        this.wall = wall;
        this.day = LocalDate.now(wall);
    }

    public synchronized boolean seenToday(Prompt prompt) {
        roll();
        return keys.contains(prompt.key());
    }

    public synchronized void remember(Prompt prompt) {
        roll();
        keys.add(prompt.key());
    }

    public synchronized int size() {
        roll();
        return keys.size();
    }

    public synchronized void clear() {
        keys.clear();
    }

    private void roll() {
        LocalDate today = LocalDate.now(wall);
        if (!today.equals(day)) {
            keys.clear();
            day = today;
        }
    }
}
