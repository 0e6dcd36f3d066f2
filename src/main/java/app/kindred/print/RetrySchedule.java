package app.kindred.print;

import app.kindred.content.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How long a waiting job rests before the next attempt: the n-th failure waits {@code delays[n-1]},
 * and every later one the last delay. Default 30 s, 1 min, 2 min, 5 min, then every 5 min.
 */
public record RetrySchedule(List<Duration> delays) {
    public static final RetrySchedule DEFAULT = parse("30s,1m,2m,5m");

    public RetrySchedule {
        if (delays.isEmpty()) {
            throw new IllegalArgumentException("a retry schedule needs at least one delay");
        }
        delays = List.copyOf(delays);
    }

    /** "30s,1m,2m,5m"; throws IllegalArgumentException naming the bad part. */
    public static RetrySchedule parse(String text) {
        List<Duration> list = new ArrayList<>();
        for (String part : text.split(",")) {
            Duration d = Durations.parse(part.strip());
            if (d == null || d.isZero()) {
                throw new IllegalArgumentException("not a delay: \"" + part.strip() + "\" (use e.g. 30s, 5m)");
            }
            list.add(d);
        }
        return new RetrySchedule(list);
    }

    /** The pause after a job has failed {@code failures} times (1 = first failure). */
    public Duration delayAfter(int failures) {
        return delays.get(Math.min(Math.max(failures, 1), delays.size()) - 1);
    }
}
