package app.kindred.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.swing.SwingUtilities;

/**
 * The one helper for hopping onto the event thread (STYLE.md rule 6). Components are built and
 * touched only there; work that takes time runs elsewhere and only its result comes back here.
 */
public final class Edt {
    /** Waiting longer than this for the event thread is almost surely a deadlock: fail loudly. */
    private static final long DEADLOCK_SECONDS = 20;

    private Edt() {
    }

    /** Runs now if already on the event thread, else soon on it. */
    public static void run(Runnable task) {
        if (SwingUtilities.isEventDispatchThread()) {
            task.run();
        } else {
            SwingUtilities.invokeLater(task);
        }
    }

    /** Runs later on the event thread, even when called from it (after pending events). */
    public static void later(Runnable task) {
        SwingUtilities.invokeLater(task);
    }

    /** Computes a value on the event thread and waits for it; never call while holding a lock the EDT needs. */
    public static <T> T call(Callable<T> task) {
        if (SwingUtilities.isEventDispatchThread()) {
            try {
                return task.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        SwingUtilities.invokeLater(() -> {
            try {
                result.complete(task.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get(DEADLOCK_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The event thread did not answer within " + DEADLOCK_SECONDS
                    + " s: probable deadlock", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the event thread", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Runs on the event thread and waits. */
    public static void runAndWait(Runnable task) {
        call(() -> {
            task.run();
            return null;
        });
    }

    /** Fails if the caller is not on the event thread: a cheap guard at the top of UI entry points. */
    public static void check() {
        if (!SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("Swing touched off the event thread: " + Thread.currentThread().getName());
        }
    }

}
