package app.kindred.session;

import app.kindred.session.SessionRecord.WrittenWords;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands a session's events to its listeners and its state to its journal, outside the engine's
 * lock, in order, one thread at a time. Whoever finds the queue free delivers everything queued,
 * including what other threads queued meanwhile, so no thread ever waits for another's listeners
 * (a listener that hops to the EDT with invokeAndWait cannot deadlock a command on the EDT).
 */
final class EventDispatch {
    private static final Logger LOG = Logger.getLogger(EventDispatch.class.getName());

    private final String sessionId;
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<SessionEvent> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean delivering = new AtomicBoolean();
    private final Object pendingLock = new Object();
    private final Object journalLock = new Object();
    private volatile SessionJournalSink journal;
    private SessionCheckpoint pendingCheckpoint;
    private List<WrittenWords> pendingWords;
    private long lastJournaled = -1;

    EventDispatch(String sessionId) {
        this.sessionId = sessionId;
    }

    void addListener(SessionListener l) {
        listeners.add(l);
    }

    void removeListener(SessionListener l) {
        listeners.remove(l);
    }

    void setJournal(SessionJournalSink sink) {
        journal = sink;
    }

    boolean journaling() {
        return journal != null;
    }

    void post(SessionEvent e) {
        queue.add(e);
    }

    /** Queues state for the journal; a newer checkpoint replaces an older one not yet written. */
    void offer(SessionCheckpoint checkpoint, List<WrittenWords> words) {
        synchronized (pendingLock) {
            if (checkpoint != null) {
                pendingCheckpoint = checkpoint;
            }
            if (words != null) {
                pendingWords = words;
            }
        }
    }

    void deliver() {
        while (!queue.isEmpty() || hasPending()) {
            if (!delivering.compareAndSet(false, true)) {
                return;
            }
            try {
                SessionEvent e;
                while ((e = queue.poll()) != null) {
                    for (SessionListener l : listeners) {
                        try {
                            l.onEvent(e);
                        } catch (RuntimeException | LinkageError | AssertionError ex) {
                            LOG.log(Level.WARNING, "A session listener failed on " + e.type() + "; the clock goes on", ex);
                        }
                    }
                }
                writeJournal();
            } finally {
                delivering.set(false);
            }
        }
    }

    private boolean hasPending() {
        synchronized (pendingLock) {
            return pendingCheckpoint != null || pendingWords != null;
        }
    }

    private void writeJournal() {
        SessionCheckpoint cp;
        List<WrittenWords> words;
        synchronized (pendingLock) {
            cp = pendingCheckpoint;
            words = pendingWords;
            pendingCheckpoint = null;
            pendingWords = null;
        }
        SessionJournalSink sink = journal;
        if (sink == null) {
            return;
        }
        synchronized (journalLock) {
            try {
                if (words != null) {
                    sink.words(sessionId, words);
                }
                if (cp != null && cp.sequence() > lastJournaled) {
                    sink.checkpoint(cp);
                    lastJournaled = cp.sequence();
                }
            } catch (RuntimeException ex) {
                LOG.log(Level.WARNING, "Could not journal the session; it goes on", ex);
            }
        }
    }
}
