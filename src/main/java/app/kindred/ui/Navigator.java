package app.kindred.ui;

import java.awt.CardLayout;
import java.awt.Component;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JComponent;

/**
 * The registry of screens and the one place that swaps them. Screens are registered as factories
 * and built the first time they are shown, so the first frame appears without building the rest
 * (startup benchmark). Listeners hear every change (the idle guard, the room view, tests).
 */
public final class Navigator {
    private final CardLayout cards = new CardLayout();
    private final ScreenDeck deck;
    private final Map<String, Supplier<? extends Screen>> factories = new LinkedHashMap<>();
    private final Map<String, Screen> built = new HashMap<>();
    private final List<Consumer<Screen>> listeners = new ArrayList<>();
    private Screen current;

    public Navigator() {
        this(System::nanoTime);
    }

    /** @param motionClock nanoseconds for the screens' transitions (tests pass a fake) */
    public Navigator(java.util.function.LongSupplier motionClock) {
        deck = new ScreenDeck(cards, motionClock);
        deck.setName("screens");
    }

    /** The component that holds every screen; the frame's content. */
    public JComponent component() {
        return deck;
    }

    /** Registers a screen under its id; the factory runs on the event thread when first shown. */
    public void register(String id, Supplier<? extends Screen> factory) {
        if (factories.putIfAbsent(id, factory) != null) {
            throw new IllegalArgumentException("A screen is already registered as " + id);
        }
    }

    public boolean has(String id) {
        return factories.containsKey(id);
    }

    /** True if the screen was already built (shown at least once, or asked for). */
    public boolean built(String id) {
        return built.containsKey(id);
    }

    /** Shows a screen: the old one hears {@code hidden}, the new one {@code shown}, then listeners. */
    public void show(String id) {
        Edt.check();
        Screen next = screen(id);
        if (current != null && current != next) {
            current.hidden();
        }
        Screen previous = current;
        current = next;
        cards.show(deck, id);
        if (previous != next) {
            // The deck's accessible children changed (see deck): tell a listening screen reader.
            javax.accessibility.AccessibleContext ac = deck.getAccessibleContext();
            if (previous != null) {
                ac.firePropertyChange(javax.accessibility.AccessibleContext.ACCESSIBLE_CHILD_PROPERTY,
                        previous.component(), null);
            }
            ac.firePropertyChange(javax.accessibility.AccessibleContext.ACCESSIBLE_CHILD_PROPERTY, null, next.component());
            // Drawn arriving over ~200 ms; it is already the current screen for input and focus.
            deck.arrive();
            next.shown();
        }
        focus(next);
        for (Consumer<Screen> l : List.copyOf(listeners)) {
            l.accept(next);
        }
    }

    /** The screen with this id, built now if it was not yet. */
    public Screen screen(String id) {
        Edt.check();
        Screen s = built.get(id);
        if (s == null) {
            Supplier<? extends Screen> factory = factories.get(id);
            if (factory == null) {
                throw new IllegalArgumentException("No screen registered as " + id);
            }
            s = factory.get();
            JComponent c = s.component();
            c.setName("screen." + id);
            // Tab cycles within the screen; the policy also finds the first control to focus.
            c.setFocusCycleRoot(true);
            deck.add(c, id);
            built.put(id, s);
        }
        return s;
    }

    /** A built screen by its type, for wiring and tests. */
    public <T extends Screen> T screen(String id, Class<T> type) {
        return type.cast(screen(id));
    }

    /** True while the current screen is still drawn arriving (screenshots wait for the end). */
    public boolean moving() {
        return deck.moving();
    }

    /** Ends a screen's arrival at once (screenshots). */
    public void settle() {
        deck.finish();
    }

    /** Frames drawn part-way through transitions so far (tests: none when motion is reduced). */
    public int framesBetween() {
        return deck.framesBetween();
    }

    public Screen current() {
        return current;
    }

    /** Screens built so far (the wipe walks them to clear every text field). */
    public List<Screen> builtScreens() {
        return List.copyOf(built.values());
    }

    public void addListener(Consumer<Screen> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Screen> listener) {
        listeners.remove(listener);
    }

    private void focus(Screen s) {
        // Later: after the card is laid out and showing, or the policy finds nothing to focus.
        Edt.later(() -> {
            if (current != s) {
                return;
            }
            JComponent target = s.initialFocus();
            if (target == null) {
                Component first = s.component().getFocusTraversalPolicy().getDefaultComponent(s.component());
                target = first instanceof JComponent j ? j : null;
            }
            if (target != null) {
                target.requestFocusInWindow();
            }
        });
    }
}
