package app.kindred.ui.lock;

import app.kindred.ui.Edt;
import java.awt.AWTEvent;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.time.Duration;
import java.util.function.LongSupplier;
import javax.swing.Timer;

/**
 * Locks something that was unlocked (the console, the kiosk's facilitator menu) once nobody has
 * touched, clicked or typed for a while. Runs only while unlocked: {@link #start()} when the PIN
 * opens it, {@link #stop()} when it locks. Time comes from the given monotonic clock; tests move a
 * fake one and call {@link #check()}.
 */
public final class IdleLock {
    private final LongSupplier nanoClock;
    private Duration after;
    private final Runnable lock;
    private final AWTEventListener input = e -> touched();
    private final Timer timer = new Timer(1000, e -> check());
    private long lastInput;
    private boolean running;

    public IdleLock(LongSupplier nanoClock, Duration after, Runnable lock) {
        this.nanoClock = nanoClock;
        this.after = after;
        this.lock = lock;
    }

    /** Starts watching (on the event thread); any input from now on restarts the wait. */
    public void start() {
        Edt.check();
        lastInput = nanoClock.getAsLong();
        if (!running) {
            running = true;
            Toolkit.getDefaultToolkit().addAWTEventListener(input,
                    AWTEvent.KEY_EVENT_MASK | AWTEvent.MOUSE_EVENT_MASK | AWTEvent.MOUSE_WHEEL_EVENT_MASK);
            timer.start();
        }
    }

    public void stop() {
        Edt.check();
        if (running) {
            running = false;
            Toolkit.getDefaultToolkit().removeAWTEventListener(input);
            timer.stop();
        }
    }

    /** A new wait (from the settings), from the next input on. */
    public void setAfter(Duration after) {
        this.after = after;
    }

    public boolean running() {
        return running;
    }

    private void touched() {
        lastInput = nanoClock.getAsLong();
    }

    /** Locks if the wait is over. */
    public void check() {
        if (running && nanoClock.getAsLong() - lastInput >= after.toNanos()) {
            stop();
            lock.run();
        }
    }
}
