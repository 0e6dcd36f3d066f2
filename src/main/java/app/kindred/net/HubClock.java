package app.kindred.net;

import app.kindred.session.MonotonicClock;
import java.time.Instant;

/**
 * The hub's clock, which every kiosk estimates: nanoseconds since the epoch, read from the wall
 * clock once and carried on by the monotonic clock, so it never jumps while the hub runs (a
 * wall-clock step by NTP does not move it) and a restarted hub continues close to where it was.
 */
public final class HubClock {
    private final MonotonicClock mono;
    private final long originNanos;
    private final long monoAtOrigin;

    public HubClock(MonotonicClock mono) {
        this.mono = mono;
        Instant now = Instant.now();
        this.monoAtOrigin = mono.nanoTime();
        this.originNanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /** Hub time now, in nanoseconds since 1970. */
    public long now() {
        return originNanos + (mono.nanoTime() - monoAtOrigin);
    }

    /** The hub time of a monotonic reading. */
    public long toHub(long monoNanos) {
        return originNanos + (monoNanos - monoAtOrigin);
    }

    /** The monotonic reading that corresponds to a hub time. */
    public long toMono(long hubNanos) {
        return monoAtOrigin + (hubNanos - originNanos);
    }
}
