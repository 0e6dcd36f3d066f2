package app.kindred.ui.kiosk;

import app.kindred.net.DeviceCredentials;
import app.kindred.net.KioskLink;
import app.kindred.net.PairingClient;
import app.kindred.net.PairingException;
import app.kindred.net.RoomProbe;
import app.kindred.net.RoomState;
import app.kindred.session.MonotonicClock;
import app.kindred.session.SessionEngine;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * A couple's kiosk in a workshop (issue 17, docs/NETWORK.md): pairs once with the room's hub (its
 * credentials and the hub's address saved beside the settings, never in the private folder the wipe
 * empties), then gives each couple's session a {@link KioskLink} that keeps it on the room's step.
 * Nothing about the couple is sent: no names, no words (a shared first name is not offered).
 * No Swing here; {@code join}, {@code programme} and {@code link} block and run off the event thread.
 */
public final class RoomFollow {
    private static final Logger LOG = Logger.getLogger(RoomFollow.class.getName());
    /** The embedded broker's port when a kiosk is given only a host. */
    public static final int DEFAULT_PORT = 1883;

    /** Why joining did not work; the join screen says it in words. */
    public enum Problem {
        BAD_ADDRESS, BAD_CODE, WRONG_CODE, UNREACHABLE, TIMEOUT, FAILED
    }

    /** Joining failed for this reason. */
    public static final class JoinFailed extends Exception {
        private static final long serialVersionUID = 1L;
        private final Problem problem;

        public JoinFailed(Problem problem, Throwable cause) {
            super(problem.name(), cause);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    private final Path credsFile;
    private final Path addressFile;
    private final boolean roomView;
    private final MonotonicClock clock;
    private final Duration wait;
    private volatile String url;
    private volatile DeviceCredentials creds;
    private volatile String programmeId;

    /**
     * @param dir  where the credentials and the hub's address are kept (the settings' folder)
     * @param wait how long pairing and asking the room may take
     */
    public RoomFollow(Path dir, MonotonicClock clock, Duration wait) {
        this(dir.resolve("hub-device.json"), dir.resolve("hub-address.txt"), false, clock, wait);
    }

    private RoomFollow(Path credsFile, Path addressFile, boolean roomView, MonotonicClock clock, Duration wait) {
        this.credsFile = credsFile;
        this.addressFile = addressFile;
        this.roomView = roomView;
        this.clock = clock;
        this.wait = wait;
    }

    /**
     * A second room view's pairing ({@code kindred room-view}): kept in files of its own beside the
     * settings, so one machine can be a kiosk and a room view; its status tells the hub it is a room view.
     */
    public static RoomFollow forRoomView(Path dir, MonotonicClock clock, Duration wait) {
        return new RoomFollow(dir.resolve("room-view-device.json"), dir.resolve("room-view-address.txt"), true, clock, wait);
    }

    /** Following a hub: paired, with its address known. */
    public boolean joined() {
        return creds != null && url != null;
    }

    /** The hub's broker address (tcp://HOST:PORT), or null. */
    public String url() {
        return url;
    }

    /** The address last joined (also after leaving), for the join screen to offer again; null if none. */
    public URI lastAddress() {
        try {
            return url != null ? URI.create(url) : Files.exists(addressFile)
                    ? URI.create(Files.readString(addressFile, StandardCharsets.UTF_8).strip()) : null;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The broker address for what was typed: a host (or tcp://host:port) and a port; or a whole
     * kindred://join?hub=...&amp;code=... as the console's QR code holds it (its hub is taken).
     */
    public static String address(String host, String port) throws JoinFailed {
        String h = host == null ? "" : host.strip();
        if (h.startsWith("kindred://join?")) {
            String hub = query(h, "hub");
            if (hub == null) {
                throw new JoinFailed(Problem.BAD_ADDRESS, null);
            }
            h = hub;
        }
        if (h.startsWith("tcp://")) {
            h = h.substring("tcp://".length());
        }
        int p = DEFAULT_PORT;
        int colon = h.lastIndexOf(':');
        if (colon > 0 && h.indexOf(':') == colon) {
            port = h.substring(colon + 1);
            h = h.substring(0, colon);
        }
        if (port != null && !port.isBlank()) {
            try {
                p = Integer.parseInt(port.strip());
            } catch (NumberFormatException e) {
                throw new JoinFailed(Problem.BAD_ADDRESS, e);
            }
        }
        if (h.isEmpty() || !h.matches("[A-Za-z0-9.\\-]+") || p < 1 || p > 65535) {
            throw new JoinFailed(Problem.BAD_ADDRESS, null);
        }
        return "tcp://" + h.toLowerCase(java.util.Locale.ROOT) + ":" + p;
    }

    /** The code in a kindred://join link, or null. */
    public static String codeIn(String link) {
        return link != null && link.strip().startsWith("kindred://join?") ? query(link.strip(), "code") : null;
    }

    private static String query(String link, String name) {
        for (String part : link.substring(link.indexOf('?') + 1).split("&")) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).equals(name)) {
                return URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** Pairs with the hub at {@code brokerUrl} with the code the console shows, and saves the result. Blocks. */
    public void join(String brokerUrl, String code) throws JoinFailed {
        String digits = code == null ? "" : code.replaceAll("\\s", "");
        if (!digits.matches("\\d{6}")) {
            throw new JoinFailed(Problem.BAD_CODE, null);
        }
        DeviceCredentials paired;
        try {
            paired = PairingClient.pair(brokerUrl, digits, wait);
        } catch (PairingException e) {
            throw new JoinFailed(switch (e.reason()) {
                case WRONG_CODE -> Problem.WRONG_CODE;
                case UNREACHABLE -> Problem.UNREACHABLE;
                case TIMEOUT -> Problem.TIMEOUT;
                default -> Problem.FAILED;
            }, e);
        } catch (IOException | IllegalArgumentException e) {
            throw new JoinFailed(Problem.FAILED, e);
        }
        try {
            paired.save(credsFile);
            Files.writeString(addressFile, brokerUrl + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new JoinFailed(Problem.FAILED, e);
        }
        creds = paired;
        url = brokerUrl;
        programmeId = null;
        LOG.info("joined the workshop at " + brokerUrl + " as device " + paired.deviceId());
    }

    /**
     * Follows with the credentials saved by an earlier join (a restart, or {@code kindred kiosk --hub}).
     *
     * @param brokerUrl the hub's address, or null for the saved one
     * @return whether there were credentials to follow with
     */
    public boolean resume(String brokerUrl) throws IOException {
        DeviceCredentials saved = DeviceCredentials.load(credsFile);
        URI last = lastAddress();
        String at = brokerUrl != null ? brokerUrl : last == null ? null : last.toString();
        if (saved == null || at == null) {
            return false;
        }
        creds = saved;
        url = at;
        return true;
    }

    /** Stops following and forgets the pairing (the address stays, to offer it again). */
    public void leave() {
        creds = null;
        url = null;
        programmeId = null;
        try {
            Files.deleteIfExists(credsFile);
        } catch (IOException e) {
            LOG.warning("could not remove the hub credentials: " + e.getMessage());
        }
    }

    /**
     * The programme the room runs now (waits at most for the hub's next state), or the one it ran
     * last if the hub does not answer (the kiosk then runs on its own clock until it does); null if
     * none is known.
     */
    public String programme() throws InterruptedException {
        DeviceCredentials c = creds;
        String u = url;
        if (c == null || u == null) {
            return null;
        }
        RoomState s = RoomProbe.now(u, c, wait);
        if (s != null) {
            programmeId = s.programmeId();
        }
        return programmeId;
    }

    /** Starts keeping {@code engine} on the room's step; close the link at the couple's wipe. */
    public KioskLink link(SessionEngine engine, String programme) {
        KioskLink l = new KioskLink(url, creds, engine, programme, clock, null, () -> null);
        return (roomView ? l.asRoomView() : l).start();
    }
}
