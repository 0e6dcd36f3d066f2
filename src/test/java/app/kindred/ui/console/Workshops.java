package app.kindred.ui.console;

import app.kindred.content.Audience;
import app.kindred.content.ContentLibrary;
import app.kindred.content.Programme;
import app.kindred.content.ProgrammeItem;
import app.kindred.content.SourceFile;
import app.kindred.session.FakeClock;
import app.kindred.session.Mode;
import app.kindred.session.SessionEngine;
import app.kindred.session.SessionSettings;
import app.kindred.ui.Fixtures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** A three-item workshop (exercise, break, exercise) on a fake clock, for console and room view tests. */
public final class Workshops {
    public static final Clock WALL = Clock.fixed(Instant.parse("2026-11-21T19:00:00Z"), ZoneOffset.UTC);

    private static final java.util.concurrent.atomic.AtomicInteger SESSIONS = new java.util.concurrent.atomic.AtomicInteger();

    private Workshops() {
    }

    public static Programme threeItems() {
        return new Programme("tuesday-group", "Tuesday Group", "Three items for a room.", Audience.ROOM,
                Duration.ofMinutes(19), List.of(
                        ProgrammeItem.exercise("appreciation-round", Duration.ofMinutes(4)),
                        ProgrammeItem.pause("Tea break", Duration.ofMinutes(5)),
                        ProgrammeItem.exercise("holding-the-floor", Duration.ofMinutes(10))),
                SourceFile.builtIn("tuesday-group.yaml"));
    }

    public static ContentLibrary library() {
        ContentLibrary lib = Fixtures.library();
        java.util.Map<String, Programme> programmes = new java.util.LinkedHashMap<>(lib.programmes());
        programmes.put(threeItems().id(), threeItems());
        return new ContentLibrary(lib.exercises(), lib.decks(), programmes, lib.handouts());
    }

    public static SessionEngine engine(FakeClock clock) {
        return engine(clock, threeItems());
    }

    public static SessionEngine engine(FakeClock clock, Programme programme) {
        return engine(clock, programme, library());
    }

    /** A room session of {@code programme} from {@code library} (the fixture's, or the shipped content). */
    public static SessionEngine engine(FakeClock clock, Programme programme, ContentLibrary library) {
        SessionSettings settings = SessionSettings.defaults().withMode(Mode.ROOM).withSeed(7);
        return new SessionEngine(programme, library, null, settings, clock, WALL, "test-" + programme.id() + "-" + SESSIONS.incrementAndGet());
    }

    /**
     * An undecorated frame of exactly this size holding {@code content}, displayable (so layout runs)
     * but never shown. The native window is made at this size ({@code addNotify} after
     * {@code setBounds}): made by {@code pack()} and then resized, the X server's late answer to the
     * first size could set the frame back to its packed size between two checks (seen as a 385 px
     * wide "screen" in a full test run).
     */
    public static javax.swing.JFrame offScreen(java.awt.Container content, int width, int height) {
        javax.swing.JFrame f = new javax.swing.JFrame();
        f.setUndecorated(true);
        f.setContentPane(content);
        f.setBounds(0, 0, width, height);
        f.addNotify();
        f.validate();
        return f;
    }

    /** Sessions on the fake clock, with no journal. */
    public static Sessions sessions(FakeClock clock) {
        return sessions(clock, library());
    }

    /** Sessions of {@code library} on the fake clock, with no journal. */
    public static Sessions sessions(FakeClock clock, ContentLibrary library) {
        return new Sessions() {
            @Override
            public ContentLibrary library() {
                return library;
            }

            @Override
            public SessionEngine create(Programme programme) {
                return engine(clock, programme, library);
            }

            @Override
            public void retire(SessionEngine engine, boolean forget) {
            }
        };
    }
}
