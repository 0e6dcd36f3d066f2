package app.kindred.net;

import java.time.Duration;

/**
 * One line of the console's list of kiosks: never words.
 *
 * @param number    "Kiosk 3": its place in pairing order
 * @param status    what it last told the hub, or null if it never spoke
 * @param connected heard from within {@link Hub#GONE_AFTER}
 * @param since     how long it has been connected, or gone
 */
public record KioskView(int number, String deviceId, KioskStatus status, boolean connected, Duration since) {
}
