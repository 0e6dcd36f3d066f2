package app.kindred.ui.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kindred.net.DeviceRegistry;
import app.kindred.net.Hub;
import app.kindred.net.KioskLink;
import app.kindred.persist.PinStore;
import app.kindred.persist.SettingsStore;
import app.kindred.session.FakeClock;
import app.kindred.session.Mode;
import app.kindred.session.SessionEngine;
import app.kindred.session.SessionSettings;
import app.kindred.session.SessionStatus;
import app.kindred.session.SystemClock;
import app.kindred.ui.GuiTest;
import app.kindred.ui.Theme;
import app.kindred.ui.kiosk.RoomFollow;
import app.kindred.ui.room.RoomStyles;
import app.kindred.ui.room.RoomView;
import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.swing.JLabel;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 2: a second room view joins the console's hub with the code the console shows and
 * shows the same step as the console's own room view; the console's Pause and Next reach it; the
 * console lists it as a room view; with the hub gone it keeps its step and says it is reconnecting.
 * One JVM, loopback only.
 */
class SecondRoomViewTest extends GuiTest {
    private static final int PATIENCE_MS = 20_000;

    @TempDir
    Path home;

    private void waitUntil(String what, BooleanSupplier test) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return onEdt(test::getAsBoolean);
            }
        }, Timeout.timeout(PATIENCE_MS));
        robot.waitForIdle();
    }

    /** The text of the label with this name inside {@code c} (null if there is none). */
    private static String label(Component c, String name) {
        if (c instanceof JLabel l && name.equals(l.getName())) {
            return l.getText();
        }
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) {
                String found = label(child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Both room views show the same card, exercise, step and hold title. */
    private static boolean same(RoomView a, RoomView b) {
        return a.card().equals(b.card())
                && List.of("room.exercise", "room.step", "room.hold.title").stream()
                        .allMatch(n -> label(a.component(), n).equals(label(b.component(), n)));
    }

    @Test
    void aSecondRoomViewJoinsWithTheConsolesCodeAndFollowsItsPauseAndNext() throws Exception {
        Path consoleHome = Files.createDirectories(home.resolve("console"));
        Path viewHome = Files.createDirectories(home.resolve("second-view"));

        // ---- the console: room mode on the left half of the screen, its hub on loopback only
        SettingsStore consoleSettings = SettingsStore.load(consoleHome.resolve("settings.properties"));
        PinStore.beside(consoleSettings).set(RoomAppTestBase.PIN.toCharArray());
        SessionEngine room = new SessionEngine(Workshops.threeItems(), Workshops.library(), null,
                SessionSettings.defaults().withMode(Mode.ROOM), SystemClock.INSTANCE);
        RoomHub hub = new RoomHub(new DeviceRegistry(consoleHome.resolve("hub-devices.json")),
                (engine, id, registry, desk) -> Hub.embedded(engine, id, registry, desk, SystemClock.INSTANCE, "127.0.0.1", 0),
                null);
        Rectangle all = onEdt(() -> Displays.current().get(0).bounds());
        int consoleWidth = all.width * 45 / 100;
        List<Display> screens = List.of(new Display("laptop", new Rectangle(all.x, all.y, consoleWidth, all.height / 2), true),
                new Display("projector", new Rectangle(all.x, all.y + all.height / 2, consoleWidth, all.height / 2), false));
        RoomApp console = onEdt(() -> {
            javax.swing.ToolTipManager.sharedInstance().setEnabled(false);
            RoomStyles.register();
            Theme.LIGHT.install(100);
            RoomApp a = new RoomApp(Workshops.sessions(new FakeClock()), room, PinStore.beside(consoleSettings),
                    SystemClock.INSTANCE, Clock.systemUTC(), () -> screens, () -> { });
            a.show();
            a.attachHub(hub);
            a.startRepainting();
            return a;
        });
        atCleanUp(console::close);
        boolean[] hubClosed = {false};
        atCleanUp(() -> {
            if (!hubClosed[0]) {
                hub.close();
            }
        });
        FrameFixture consoleWindow = new FrameFixture(robot, console.windows().consoleFrame());
        for (char c : RoomAppTestBase.PIN.toCharArray()) {
            consoleWindow.button("pin.key." + c).click();
        }
        consoleWindow.button("pin.ok").click();
        waitUntil("console unlocked", console::isUnlocked);
        waitUntil("the hub has started", () -> hub.hub() != null && hub.hub().connected());
        consoleWindow.button("console.start").click();
        waitUntil("the room runs", () -> room.snapshot().status() == SessionStatus.RUNNING);
        waitUntil("the kiosk list shows where to join", () -> console.kioskList().qrText() != null);
        String shownCode = consoleWindow.label("kioskList.code").text().replaceAll("\\D", "");
        String shownHost = consoleWindow.label("kioskList.address").text().replaceFirst("^.*: ", "");
        String shownPort = consoleWindow.label("kioskList.port").text().replaceAll("\\D", "");

        // ---- the second room view (kindred room-view --hub HOST:PORT --code NNNNNN), on the right
        RoomFollow follow = RoomFollow.forRoomView(viewHome, SystemClock.INSTANCE, Duration.ofSeconds(15));
        String url = RoomFollow.address(shownHost + ":" + shownPort, null);
        String wrong = shownCode.equals("000000") ? "111111" : "000000";
        assertThatThrownBy(() -> follow.join(url, wrong)).isInstanceOf(RoomFollow.JoinFailed.class)
                .satisfies(e -> assertThat(((RoomFollow.JoinFailed) e).problem()).isEqualTo(RoomFollow.Problem.WRONG_CODE));
        follow.join(url, shownCode);
        // Its own pairing files, apart from a kiosk's on the same machine.
        assertThat(viewHome.resolve("room-view-device.json")).exists();
        assertThat(viewHome.resolve("hub-device.json")).doesNotExist();
        String id = follow.programme();
        assertThat(id).isEqualTo(room.record().programmeId());
        SessionEngine engine = new SessionEngine(Workshops.library().programme(id).orElseThrow(), Workshops.library(), null,
                SessionSettings.defaults().withMode(Mode.ROOM), SystemClock.INSTANCE);
        KioskLink link = follow.link(engine, id);
        atCleanUp(link::close);
        SecondRoomView view = onEdt(() -> {
            SecondRoomView v = new SecondRoomView(engine, Workshops.library(), Clock.systemUTC(), link::connected);
            v.show(GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice(),
                    new Rectangle(all.x + consoleWidth, all.y, all.width - consoleWidth, all.height * 9 / 10), () -> { });
            return v;
        });
        atCleanUp(view::close);
        RoomView first = console.roomView();
        RoomView second = view.roomView();

        waitUntil("the second view shows the console's step", () -> RoomView.STEP.equals(second.card()) && same(first, second)
                && engine.snapshot().stepIndex() == room.snapshot().stepIndex());
        assertThat(label(second.component(), "room.exercise")).isNotBlank();
        waitUntil("the console lists it as a room view", () -> console.kioskList().model().getRowCount() == 1
                && String.valueOf(console.kioskList().model().getValueAt(0, KioskTableModel.KIOSK)).equals("Room view 1"));
        assertThat(view.reconnectingShown()).isFalse();

        // The console's Pause shows paused on the second view ...
        consoleWindow.button("console.pause").click();
        waitUntil("the second view shows the pause", () -> RoomView.HOLD.equals(second.card()) && same(first, second));
        consoleWindow.button("console.resume").click();
        waitUntil("running again", () -> RoomView.STEP.equals(second.card()) && same(first, second));

        // ... and Next moves it to the console's next step.
        String before = onEdt(() -> label(second.component(), "room.step"));
        int[] at = {room.snapshot().itemIndex(), room.snapshot().stepIndex()};
        consoleWindow.button("console.skip").click();
        waitUntil("the room moved on", () -> room.snapshot().itemIndex() != at[0] || room.snapshot().stepIndex() != at[1]);
        waitUntil("the second view shows the next step", () -> !label(second.component(), "room.step").equals(before)
                && same(first, second) && engine.snapshot().stepIndex() == room.snapshot().stepIndex()
                && engine.snapshot().itemIndex() == room.snapshot().itemIndex());

        // The hub goes away: the second view keeps its step on its own clock and says it is reconnecting.
        String step = onEdt(() -> label(second.component(), "room.step"));
        hubClosed[0] = true;
        hub.close();
        waitUntil("reconnecting shown", view::reconnectingShown);
        assertThat(onEdt(() -> label(second.component(), "room.step"))).isEqualTo(step);
        assertThat(second.card()).isEqualTo(RoomView.STEP);
        assertThat(engine.snapshot().status()).isEqualTo(SessionStatus.RUNNING);
    }
}
