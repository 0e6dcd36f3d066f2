package app.kindred.session;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How a session runs.
 *
 * @param mode          kiosk (couple alone) or room (facilitator); decides the {@link ControlPolicy}
 * @param warning       how long before a phase's end the WARNING event fires; {@link Duration#ZERO} = off
 * @param timeOutLength the calm-down period of a time-out
 * @param deckMemory    prompts drawn today at this kiosk, to avoid across couples; null = per session only
 * @param seed          seed for drawing prompts (tests fix it; the app uses a random one)
 */
public record SessionSettings(Mode mode, Duration warning, Duration timeOutLength, DeckMemory deckMemory, long seed) {
    public static final Duration DEFAULT_WARNING = Duration.ofSeconds(30);
    public static final Duration DEFAULT_TIME_OUT = Duration.ofMinutes(5);

    public SessionSettings {
        if (mode == null) {
            mode = Mode.KIOSK;
        }
        if (warning == null || warning.isNegative()) {
            warning = Duration.ZERO;
        }
        if (timeOutLength == null || timeOutLength.compareTo(Duration.ofSeconds(10)) < 0) {
            timeOutLength = DEFAULT_TIME_OUT;
        }
    }

    public static SessionSettings defaults() {
        return new SessionSettings(Mode.KIOSK, DEFAULT_WARNING, DEFAULT_TIME_OUT, null,
                ThreadLocalRandom.current().nextLong());
    }

    public SessionSettings withMode(Mode m) {
        return new SessionSettings(m, warning, timeOutLength, deckMemory, seed);
    }

    public SessionSettings withWarning(Duration w) {
        return new SessionSettings(mode, w, timeOutLength, deckMemory, seed);
    }

    public SessionSettings withTimeOutLength(Duration t) {
        return new SessionSettings(mode, warning, t, deckMemory, seed);
    }

    public SessionSettings withDeckMemory(DeckMemory m) {
        return new SessionSettings(mode, warning, timeOutLength, m, seed);
    }

    public SessionSettings withSeed(long s) {
        return new SessionSettings(mode, warning, timeOutLength, deckMemory, s);
    }

    public boolean warningOn() {
        return !warning.isZero();
    }
}
