package app.kindred.ui;

import javax.swing.JComponent;

/**
 * One screen of the kiosk, console or room view: a component placed in the one frame, never a
 * window of its own. Timers and listeners attach in {@link #shown()} and detach in {@link #hidden()}.
 */
public interface Screen {
    /** Stable id used by the {@link Navigator} and as the component's name, e.g. {@code "welcome"}. */
    String id();

    /** The screen's component, built on first call (on the event thread) and reused afterwards. */
    JComponent component();

    /** Called on the event thread after the screen became visible. */
    default void shown() {
    }

    /** Called on the event thread before another screen replaces this one. */
    default void hidden() {
    }

    /** The component that gets keyboard focus when the screen shows, or null for the first focusable one. */
    default JComponent initialFocus() {
        return null;
    }

    /**
     * True for screens a couple works on: the idle guard watches them and asks "Still there?" after
     * the idle time. Attract screens and facilitator screens return false.
     */
    default boolean participant() {
        return true;
    }
}
