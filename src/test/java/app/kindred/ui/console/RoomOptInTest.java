package app.kindred.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.content.ContentLibrary;
import app.kindred.content.Deck;
import app.kindred.content.DeckLevel;
import app.kindred.content.SourceFile;
import app.kindred.session.FakeClock;
import app.kindred.session.SessionEngine;
import app.kindred.session.SessionSettings;
import app.kindred.ui.Fixtures;
import app.kindred.ui.GuiTest;
import app.kindred.ui.room.RoomView;
import java.awt.Component;
import java.awt.Container;
import java.util.List;
import java.util.Map;
import javax.swing.JFrame;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, depth: a card from an opt-in deck level is never projected to the room; what the level
 * involves stands in its place, as the kiosk covers such a card until a couple both choose it.
 */
class RoomOptInTest extends GuiTest {
    private static final String WHAT_IT_INVOLVES = "Cards about old hurts. Choose them only if you both feel ready.";
    private static final String CARD = "What hope for our future do you rarely say out loud?";

    private static ContentLibrary library(boolean optIn) {
        ContentLibrary base = Fixtures.library();
        Deck ladder = Fixtures.ladder();
        Deck deck = new Deck(ladder.id(), ladder.title(), ladder.sources(), List.of(ladder.levels().get(0),
                ladder.levels().get(1), new DeckLevel("Deeper", List.of(CARD), optIn ? WHAT_IT_INVOLVES : null)),
                SourceFile.builtIn("question-ladder.yaml"));
        return new ContentLibrary(base.exercises(), Map.of(deck.id(), deck), base.programmes(), base.handouts());
    }

    /** The room view of a workshop running the room programme (values-talk draws from level 3). */
    private RoomView roomAtTheDeepStep(boolean optIn) {
        ContentLibrary lib = library(optIn);
        FakeClock clock = new FakeClock();
        SessionEngine engine = new SessionEngine(lib.programmes().get("room-only"), lib, null,
                SessionSettings.defaults().withMode(app.kindred.session.Mode.ROOM).withSeed(7), clock, Workshops.WALL, "opt-in");
        engine.start();
        RoomView view = onEdt(() -> {
            RoomView v = new RoomView(Workshops.WALL);
            v.setOptInLevels(p -> lib.deck(p.deckId()).filter(d -> d.isOptIn(p.level()))
                    .map(d -> d.levels().get(p.level() - 1)).orElse(null));
            JFrame f = Workshops.offScreen((Container) v.component(), 1920, 1080);
            v.render(engine.snapshot());
            f.validate();
            return v;
        });
        atCleanUp(() -> SwingUtilities.getWindowAncestor(view.component()).dispose());
        assertThat(onEdt(() -> engine.snapshot().prompt().text())).isEqualTo(CARD);
        return view;
    }

    @Test
    void theRoomSeesWhatTheLevelInvolvesNotTheCard() {
        RoomView view = roomAtTheDeepStep(true);
        assertThat(onEdt(() -> named(view, "room.optIn").isVisible())).isTrue();
        assertThat(onEdt(() -> ((JTextArea) named(view, "room.optIn.text")).getText())).isEqualTo(WHAT_IT_INVOLVES);
        assertThat(onEdt(() -> named(view, "room.promptCard").isVisible())).isFalse();
        assertThat(onEdt(() -> ((JTextArea) named(view, "room.prompt")).getText())).doesNotContain(CARD);
        assertThat(onEdt(() -> named(view, "room.optIn.text").getFont().getSize2D())).isGreaterThanOrEqualTo(0.04f * 1080);
    }

    @Test
    void anOrdinaryLevelIsShownAsBefore() {
        RoomView view = roomAtTheDeepStep(false);
        assertThat(onEdt(() -> named(view, "room.optIn").isVisible())).isFalse();
        assertThat(onEdt(() -> ((JTextArea) named(view, "room.prompt")).getText())).isEqualTo(CARD);
    }

    private static Component named(RoomView view, String name) {
        Component c = RoomScreenshots.find((Container) view.component(), name);
        assertThat(c).as(name).isNotNull();
        return c;
    }
}
