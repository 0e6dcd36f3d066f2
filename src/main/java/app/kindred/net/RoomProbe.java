package app.kindred.net;

import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Asks the room, as a paired kiosk, what it runs now: listens on the kiosk's own inbox for the hub's
 * next state (the hub sends one every second) and returns it. A kiosk does this before a couple's
 * session, to know which programme to follow; nothing is sent.
 */
public final class RoomProbe {
    private RoomProbe() {
    }

    /** The room's state, or null if none came within {@code wait} (hub unreachable or not running). */
    public static RoomState now(String url, DeviceCredentials creds, Duration wait) throws InterruptedException {
        CompletableFuture<RoomState> state = new CompletableFuture<>();
        String inbox = Topics.inbox(creds.deviceId());
        try (MqttLink link = new MqttLink(url, creds.deviceId(), creds.brokerUser(), creds.brokerPassword(),
                List.of(inbox), (topic, payload) -> {
                    try {
                        if (Wire.open(creds.key(), topic, payload).body() instanceof RoomState s) {
                            state.complete(s);
                        }
                    } catch (GeneralSecurityException e) {
                        // not for this kiosk: wait for the next one
                    }
                }, null)) {
            link.start();
            return state.get(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return null;
        }
    }
}
