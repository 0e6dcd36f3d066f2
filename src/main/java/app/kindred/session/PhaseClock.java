package app.kindred.session;

/**
 * The time arithmetic of one countdown, as a deadline on the monotonic clock. Nothing here counts
 * ticks: remaining = deadline − now while running; pausing stores the used time exactly and resuming
 * sets a new deadline from it, so a pause freezes the remaining time to the nanosecond and an
 * extension adds exactly what it says.
 */
final class PhaseClock {
    private long budget;
    private long usedBefore;
    private long segmentStart;
    private boolean running;

    /** Starts a countdown of {@code budget} ns at clock time {@code at}, running or frozen. */
    void start(long at, long budgetNanos, boolean run) {
        budget = budgetNanos;
        usedBefore = 0;
        segmentStart = at;
        running = run;
    }

    /** Restores a frozen countdown (crash recovery). */
    void restoreFrozen(long budgetNanos, long usedNanos) {
        budget = budgetNanos;
        usedBefore = Math.min(usedNanos, budgetNanos);
        running = false;
    }

    void freeze(long now) {
        if (running) {
            usedBefore = Math.min(budget, usedBefore + (now - segmentStart));
            running = false;
        }
    }

    void unfreeze(long now) {
        if (!running) {
            segmentStart = now;
            running = true;
        }
    }

    boolean running() {
        return running;
    }

    long budget() {
        return budget;
    }

    /** Time this countdown has run, never more than its budget. */
    long used(long now) {
        long u = running ? usedBefore + (now - segmentStart) : usedBefore;
        return Math.min(u, budget);
    }

    long remaining(long now) {
        return budget - used(now);
    }

    /** The clock time the countdown reaches zero; meaningful only while running. */
    long deadline() {
        return segmentStart + (budget - usedBefore);
    }

    void extend(long nanos) {
        budget += nanos;
    }

    /** Takes up to {@code nanos} off what is left; returns how much was actually taken. */
    long shorten(long nanos, long now) {
        long used = used(now);
        long newBudget = Math.max(used, budget - nanos);
        long taken = budget - newBudget;
        if (running) {
            // Re-anchor so the deadline stays consistent with the shrunken budget.
            usedBefore = used;
            segmentStart = now;
        }
        budget = newBudget;
        return taken;
    }
}
