package app.kindred.net;

/**
 * One clock-sync exchange (NTP's idea over the broker): the kiosk sends its monotonic time, the hub
 * answers with that and its own clock when it read the probe.
 */
public record TimeProbe(long kioskNanos, long hubNanos) {
}
