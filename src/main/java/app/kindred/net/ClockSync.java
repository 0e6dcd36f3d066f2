package app.kindred.net;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Estimates the hub's clock from the kiosk's monotonic clock, as NTP does: a probe leaves at t0, the
 * hub reads its clock h on arrival, the answer is back at t3; if the way there and back take as long,
 * h matches (t0 + t3) / 2, so offset = h − (t0 + t3) / 2, off by at most half the round trip. Of the
 * last {@value #KEPT} probes the one with the shortest round trip wins (the least queueing). Thread-safe.
 */
public final class ClockSync {
    static final int KEPT = 8;

    private record Sample(long offset, long roundTrip) {
    }

    private final Deque<Sample> samples = new ArrayDeque<>();

    public synchronized void add(long t0, long hubNanos, long t3) {
        if (t3 < t0) {
            return;
        }
        samples.addLast(new Sample(hubNanos - (t0 + (t3 - t0) / 2), t3 - t0));
        if (samples.size() > KEPT) {
            samples.removeFirst();
        }
    }

    /** Forgets every probe (a new hub, or the hub came back). */
    public synchronized void reset() {
        samples.clear();
    }

    public synchronized boolean ready() {
        return !samples.isEmpty();
    }

    /** Hub time ≈ local monotonic time + this. */
    public synchronized long offset() {
        return best().offset();
    }

    /** The round trip of the probe the estimate rests on; the estimate is off by at most half. */
    public synchronized long roundTrip() {
        return best().roundTrip();
    }

    private Sample best() {
        if (samples.isEmpty()) {
            throw new IllegalStateException("no probe yet");
        }
        Sample b = samples.getFirst();
        for (Sample s : samples) {
            if (s.roundTrip() < b.roundTrip()) {
                b = s;
            }
        }
        return b;
    }
}
