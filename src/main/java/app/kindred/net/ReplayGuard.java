package app.kindred.net;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Drops a sealed message seen before: per sender, numbers only go up within one run (epoch) of the
 * sender, and once a new run is seen, the runs before it are closed. Not thread-safe; one per sender.
 */
final class ReplayGuard {
    private static final int REMEMBERED_RUNS = 32;
    private long epoch;
    private long seq = Long.MIN_VALUE;
    private boolean any;
    private final Deque<Long> retired = new ArrayDeque<>();

    synchronized boolean accept(long msgEpoch, long msgSeq) {
        if (any && msgEpoch == epoch) {
            if (msgSeq <= seq) {
                return false;
            }
            seq = msgSeq;
            return true;
        }
        if (retired.contains(msgEpoch)) {
            return false;
        }
        if (any) {
            retired.addLast(epoch);
            if (retired.size() > REMEMBERED_RUNS) {
                retired.removeFirst();
            }
        }
        any = true;
        epoch = msgEpoch;
        seq = msgSeq;
        return true;
    }
}
