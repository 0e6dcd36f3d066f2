package app.kindred.ui.console;

import app.kindred.net.DeviceRegistry;
import app.kindred.net.Hub;
import app.kindred.net.KioskView;
import app.kindred.net.PairingDesk;
import app.kindred.persist.SettingsStore;
import app.kindred.session.SessionEngine;
import app.kindred.session.SystemClock;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The console's workshop hub (issue 17, docs/NETWORK.md): one {@link Hub} for the room's current
 * session, started and closed on a thread of its own (never the event thread: the broker takes a
 * moment to start), a new one on the same device list when the facilitator starts another session.
 * The pairing code stays the same across sessions. What a kiosk needs to join, the address to type
 * and the code, comes from here.
 */
public final class RoomHub implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(RoomHub.class.getName());

    /** Starts a hub for a session ({@link Hub#fromSettings} in the app; loopback in tests). */
    @FunctionalInterface
    public interface Starter {
        Hub start(SessionEngine engine, String programmeId, DeviceRegistry registry, PairingDesk desk) throws IOException;
    }

    private final DeviceRegistry registry;
    private final PairingDesk desk;
    private final Starter starter;
    private final String venueUrl;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kindred-room-hub");
        t.setDaemon(true);
        return t;
    });
    private volatile Hub hub;
    private volatile String problem;
    private volatile boolean closed;

    /** @param venueUrl the venue's broker from the settings, shown to kiosks as it is; null for the embedded one */
    public RoomHub(DeviceRegistry registry, Starter starter, String venueUrl) {
        this.registry = registry;
        this.desk = new PairingDesk(registry, code -> { });
        this.starter = starter;
        this.venueUrl = venueUrl == null || venueUrl.isBlank() ? null : venueUrl.strip();
    }

    /**
     * The hub as the settings say ({@code hubOn}, {@code hubBrokerUrl}, {@code hubBind}, {@code hubPort}),
     * its device list in {@code devicesFile}; null when the setting turns it off.
     */
    public static RoomHub fromSettings(SettingsStore settings, Path devicesFile) throws IOException {
        if (!settings.get(SettingsStore.HUB_ON)) {
            return null;
        }
        return new RoomHub(new DeviceRegistry(devicesFile),
                (engine, id, registry, desk) -> Hub.fromSettings(settings, engine, id, registry, desk, SystemClock.INSTANCE),
                settings.get(SettingsStore.HUB_BROKER_URL));
    }

    /** Starts a hub for this session, after closing the one before (in the background; returns at once). */
    public Future<?> start(SessionEngine engine) {
        String programme = engine.record().programmeId();
        return worker.submit(() -> {
            stopHub();
            if (closed) {
                return;
            }
            try {
                hub = starter.start(engine, programme, registry, desk);
                problem = null;
                LOG.info("workshop hub started at " + hub.url() + " for " + programme);
            } catch (IOException | RuntimeException e) {
                problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                LOG.log(Level.WARNING, "the workshop hub could not start", e);
            }
        });
    }

    private void stopHub() {
        Hub h = hub;
        hub = null;
        if (h != null) {
            h.close();
        }
    }

    /** The hub now, or null while it starts (or if it could not). */
    public Hub hub() {
        return hub;
    }

    /** Why the hub is not running, or null. */
    public String problem() {
        return problem;
    }

    public List<KioskView> kiosks() {
        Hub h = hub;
        return h == null ? List.of() : h.kiosks();
    }

    public String code() {
        return desk.code();
    }

    /**
     * The address a kiosk types, as host and port ("192.168.1.20", 1883): the venue's broker as set,
     * or this machine's address on the local network when the embedded broker listens on every
     * interface (the address it is bound to otherwise). Null while no hub runs.
     */
    public java.net.URI address() {
        Hub h = hub;
        if (venueUrl != null) {
            return java.net.URI.create(venueUrl);
        }
        if (h == null || h.broker() == null) {
            return null;
        }
        String host = h.broker().host();
        if (host.isEmpty() || host.equals("0.0.0.0") || host.equals("::")) {
            host = lanAddress();
        }
        return java.net.URI.create("tcp://" + host + ":" + h.broker().port());
    }

    /** What the QR code holds: kindred://join?hub=tcp://HOST:PORT&code=NNNNNN (the join screen reads it too). */
    public String joinUri() {
        java.net.URI a = address();
        return a == null ? null : "kindred://join?hub=" + URLEncoder.encode(a.toString(), StandardCharsets.UTF_8)
                + "&code=" + code();
    }

    /** The first IPv4 address of a network interface that is up, not loopback and not virtual; else the host name. */
    static String lanAddress() {
        try {
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!ni.isUp() || ni.isLoopback() || ni.isVirtual() || ni.isPointToPoint()) {
                    continue;
                }
                for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
                        return a.getHostAddress();
                    }
                }
            }
            return InetAddress.getLocalHost().getHostName();
        } catch (SocketException | java.net.UnknownHostException e) {
            return "127.0.0.1";
        }
    }

    /** Closes the hub and its broker (waits at most 10 s); kiosks keep their own clocks. */
    @Override
    public void close() {
        closed = true;
        worker.submit(this::stopHub);
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warning("the workshop hub did not close within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
