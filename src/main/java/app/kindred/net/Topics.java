package app.kindred.net;

import java.util.regex.Pattern;

/**
 * The MQTT topic tree. One room per broker. Each paired device has its own inbox (the hub writes,
 * only that device reads) and outbox (only that device writes, the hub reads); a pairing client may
 * only use the two topics named after its own client id. The broker's access rules
 * ({@link HubBroker}) follow these names exactly.
 */
public final class Topics {
    public static final String ROOT = "kindred";
    public static final Pattern DEVICE_ID = Pattern.compile("[a-z0-9]{8,32}");
    public static final Pattern PAIR_CLIENT = Pattern.compile("pair-[a-z0-9]{8,32}");

    private Topics() {
    }

    public static String inbox(String deviceId) {
        return ROOT + "/dev/" + deviceId + "/in";
    }

    public static String outbox(String deviceId) {
        return ROOT + "/dev/" + deviceId + "/out";
    }

    /** What the hub subscribes to: every device's outbox. */
    public static String allOutboxes() {
        return ROOT + "/dev/+/out";
    }

    public static String pairRequest(String pairClientId) {
        return ROOT + "/pair/" + pairClientId + "/req";
    }

    public static String pairReply(String pairClientId) {
        return ROOT + "/pair/" + pairClientId + "/resp";
    }

    public static String allPairRequests() {
        return ROOT + "/pair/+/req";
    }

    /** The device id in an outbox topic, or null. */
    public static String deviceOfOutbox(String topic) {
        String[] p = topic.split("/");
        return p.length == 4 && p[0].equals(ROOT) && p[1].equals("dev") && p[3].equals("out")
                && DEVICE_ID.matcher(p[2]).matches() ? p[2] : null;
    }

    /** The pairing client id in a pairing request topic, or null. */
    public static String clientOfPairRequest(String topic) {
        String[] p = topic.split("/");
        return p.length == 4 && p[0].equals(ROOT) && p[1].equals("pair") && p[3].equals("req")
                && PAIR_CLIENT.matcher(p[2]).matches() ? p[2] : null;
    }
}
