package app.kindred.session;

/**
 * Receives session events, in order, on the thread that caused them (the scheduler thread for
 * deadlines, the caller's thread for commands). Hop to the EDT before touching Swing. A listener
 * that throws is logged and skipped; it never stops the clock or the other listeners.
 */
@FunctionalInterface
public interface SessionListener {
    void onEvent(SessionEvent event);
}
