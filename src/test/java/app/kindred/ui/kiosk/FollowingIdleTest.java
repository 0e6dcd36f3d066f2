package app.kindred.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.net.DeviceRegistry;
import app.kindred.net.Hub;
import app.kindred.net.PairingDesk;
import app.kindred.session.Mode;
import app.kindred.session.SessionEngine;
import app.kindred.session.SessionSettings;
import app.kindred.session.SessionStatus;
import app.kindred.session.SystemClock;
import app.kindred.ui.console.Workshops;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A kiosk following a room (loopback hub) is not wiped as "walked away" while the facilitator holds
 * the room paused for longer than the idle limit: a long group talk must not clear every table.
 */
class FollowingIdleTest extends KioskGuiTest {
    @Test
    void aLongPauseOfTheRoomDoesNotAskStillThere() throws Exception {
        SessionEngine room = new SessionEngine(Workshops.threeItems(), Workshops.library(), null,
                SessionSettings.defaults().withMode(Mode.ROOM), SystemClock.INSTANCE);
        DeviceRegistry devices = new DeviceRegistry(home.resolve("hub-devices.json"));
        PairingDesk desk = new PairingDesk(devices, null);
        try (Hub hub = Hub.embedded(room, "tuesday-group", devices, desk, SystemClock.INSTANCE, "127.0.0.1", 0)) {
            room.start();
            RoomFollow follow = new RoomFollow(home, SystemClock.INSTANCE, Duration.ofSeconds(15));
            follow.join(hub.url(), desk.code());
            open(CompletableFuture.completedFuture(Workshops.library()));
            onEdt(() -> app.followRoom(follow));
            window.button("welcome.start").click();
            waitForScreen(WhoScreen.ID);
            window.button("who.next").click();
            waitForScreen(ExerciseScreen.ID);
            waitUntil("following the room", () -> onEdt(() -> app.engine() != null
                    && app.engine().snapshot().status() == SessionStatus.RUNNING));
            room.pause();
            waitUntil("the room's pause reached the kiosk", () -> onEdt(() -> app.engine().snapshot().paused()));
            // Ten minutes of a paused room with nobody touching the kiosk (idle limit: 3 min).
            advance(Duration.ofMinutes(10));
            advance(Duration.ofSeconds(31));
            assertThat(onEdt(() -> app.idleGuard().prompting())).isFalse();
            assertThat(onEdt(() -> app.engine())).isNotNull();
            assertThat(onEdt(() -> app.navigator().current().id())).isEqualTo(ExerciseScreen.ID);
            onEdt(() -> app.wipe());
        }
    }
}
