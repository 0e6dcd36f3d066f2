package app.kindred.net;

import app.kindred.session.MonotonicClock;
import app.kindred.session.SessionEngine;
import app.kindred.session.SessionListener;
import app.kindred.session.SessionSnapshot;
import app.kindred.session.SessionStatus;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The facilitator's side: publishes the room's programme clock (the console's {@link SessionEngine})
 * to every paired kiosk, sealed for each ({@link Wire}), at every change and once a second; answers
 * clock probes; hands out credentials for the pairing code; and keeps what each kiosk last said
 * ({@link #kiosks()}). Uses the embedded broker ({@link HubBroker}) or a venue's own.
 */
public final class Hub implements AutoCloseable {
    /** A kiosk not heard from for this long is shown as gone (kiosks speak every second). */
    public static final Duration GONE_AFTER = Duration.ofSeconds(3);
    static final long HEARTBEAT_MS = 1000;
    private static final Logger LOG = Logger.getLogger(Hub.class.getName());

    private final SessionEngine engine;
    private final String programmeId;
    private final DeviceRegistry registry;
    private final PairingDesk desk;
    private final MonotonicClock mono;
    private final HubClock clock;
    private final HubBroker broker;
    private final MqttLink link;
    private final long epoch = Wire.randomLong();
    private final AtomicLong seq = new AtomicLong();
    private final ScheduledExecutorService beat;
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();
    private final Map<String, ReplayGuard> guards = new ConcurrentHashMap<>();
    private final Map<String, Long> since = new ConcurrentHashMap<>();

    private final SessionListener listener = e -> publishState();
    private final CompletableFuture<Boolean> subscribed = new CompletableFuture<>();

    private record Seen(KioskStatus status, long atNanos) {
    }

    private Hub(SessionEngine engine, String programmeId, DeviceRegistry registry, PairingDesk desk,
            MonotonicClock mono, HubBroker broker, String url, String user, String password) {
        this.engine = engine;
        this.programmeId = programmeId;
        this.registry = registry;
        this.desk = desk;
        this.mono = mono;
        this.clock = new HubClock(mono);
        this.broker = broker;
        this.link = new MqttLink(url, "kindred-hub", user, password,
                List.of(Topics.allOutboxes(), Topics.allPairRequests()), this::received, up -> {
                    if (up) {
                        subscribed.complete(true);
                        publishState();
                    }
                });
        this.beat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kindred-hub-heartbeat");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts the embedded broker on {@code host:port} (port 0: any free one) and the hub on it. */
    public static Hub embedded(SessionEngine engine, String programmeId, DeviceRegistry registry, PairingDesk desk,
            MonotonicClock mono, String host, int port) throws IOException {
        HubBroker b = HubBroker.start(registry, host, port);
        Hub hub = new Hub(engine, programmeId, registry, desk, mono, b, b.url(), HubBroker.HUB_USER, b.hubPassword()).begin();
        try {
            // Listening before anyone is told the code: a pairing request sent now is not lost.
            hub.subscribed.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            hub.close();
            throw new IOException("the hub could not subscribe to its own broker", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            hub.close();
            throw new IOException("interrupted while starting the hub", e);
        }
        return hub;
    }

    /**
     * Starts the hub as the settings say: the embedded broker on {@code hubBind:hubPort}, or the
     * venue's broker at {@code hubBrokerUrl} when that is set (logging in with no user: a venue's
     * broker decides who may connect; the sealing keeps the state private either way).
     */
    public static Hub fromSettings(app.kindred.persist.SettingsStore settings, SessionEngine engine, String programmeId,
            DeviceRegistry registry, PairingDesk desk, MonotonicClock mono) throws IOException {
        String url = settings.get(app.kindred.persist.SettingsStore.HUB_BROKER_URL).strip();
        if (url.isEmpty()) {
            return embedded(engine, programmeId, registry, desk, mono,
                    settings.get(app.kindred.persist.SettingsStore.HUB_BIND).strip(),
                    settings.get(app.kindred.persist.SettingsStore.HUB_PORT));
        }
        return external(engine, programmeId, registry, desk, mono, url, null, null);
    }

    /** Uses a venue's broker at {@code url} (tcp://host:1883); user and password may be null. */
    public static Hub external(SessionEngine engine, String programmeId, DeviceRegistry registry, PairingDesk desk,
            MonotonicClock mono, String url, String user, String password) {
        return new Hub(engine, programmeId, registry, desk, mono, null, url, user, password).begin();
    }

    private Hub begin() {
        engine.addListener(listener);
        link.start();
        beat.scheduleAtFixedRate(this::publishState, HEARTBEAT_MS, HEARTBEAT_MS, TimeUnit.MILLISECONDS);
        return this;
    }

    /** The broker's address for kiosks, e.g. tcp://127.0.0.1:1883 (the embedded one's). */
    public String url() {
        return broker == null ? null : broker.url();
    }

    public HubBroker broker() {
        return broker;
    }

    public HubClock clock() {
        return clock;
    }

    public PairingDesk pairing() {
        return desk;
    }

    public boolean connected() {
        return link.connected();
    }

    /** The room's state now, as kiosks receive it. */
    public RoomState state() {
        SessionSnapshot s = engine.snapshot();
        long hubNow = clock.toHub(s.atNanos());
        SessionStatus st = s.status();
        boolean paused = st == SessionStatus.PAUSED || st == SessionStatus.TIME_OUT;
        long remaining = s.remaining().toNanos();
        return new RoomState(programmeId, s.itemIndex(), s.stepIndex(), hubNow + remaining, remaining, paused,
                st != SessionStatus.READY, st == SessionStatus.FINISHED, hubNow);
    }

    /** Sends the state to every paired kiosk now (the engine's changes and the heartbeat call it). */
    public void publishState() {
        if (!link.connected()) {
            return;
        }
        try {
            RoomState state = state();
            for (DeviceRegistry.Device d : registry.all()) {
                sendState(d, state);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not publish the room's state", e);
        }
    }

    private void sendState(DeviceRegistry.Device d, RoomState state) {
        String topic = Topics.inbox(d.id());
        link.publish(topic, Wire.seal(d.key(), topic, "state", epoch, seq.incrementAndGet(), state));
    }

    /** Every paired kiosk, in pairing order, with what it last said. */
    public List<KioskView> kiosks() {
        long now = mono.nanoTime();
        List<KioskView> out = new ArrayList<>();
        for (DeviceRegistry.Device d : registry.all()) {
            Seen s = seen.get(d.id());
            boolean up = s != null && now - s.atNanos() < GONE_AFTER.toNanos();
            Long from = since.get(d.id());
            Duration how = s == null ? Duration.ZERO
                    : up ? Duration.ofNanos(now - (from == null ? s.atNanos() : from)) : Duration.ofNanos(now - s.atNanos());
            out.add(new KioskView(d.number(), d.id(), s == null ? null : s.status(), up, how));
        }
        return out;
    }

    private void received(String topic, byte[] payload) {
        String pairClient = Topics.clientOfPairRequest(topic);
        if (pairClient != null) {
            pair(pairClient, payload);
            return;
        }
        String id = Topics.deviceOfOutbox(topic);
        DeviceRegistry.Device d = registry.get(id);
        if (d == null) {
            return;
        }
        Wire.Envelope env;
        try {
            env = Wire.open(d.key(), topic, payload);
        } catch (GeneralSecurityException e) {
            LOG.fine("dropped a message that was not sealed for device " + id);
            return;
        }
        if (!guards.computeIfAbsent(id, k -> new ReplayGuard()).accept(env.epoch(), env.seq())) {
            return;
        }
        long now = mono.nanoTime();
        if (env.body() instanceof TimeProbe p) {
            long hubNow = clock.now();
            String in = Topics.inbox(id);
            link.publish(in, Wire.seal(d.key(), in, "time", epoch, seq.incrementAndGet(), new TimeProbe(p.kioskNanos(), hubNow)));
        } else if (env.body() instanceof KioskStatus status) {
            Seen before = seen.put(id, new Seen(status, now));
            if (before == null || now - before.atNanos() >= GONE_AFTER.toNanos()) {
                since.put(id, now);
                // A kiosk that (re)joins gets the room's state at once, not at the next heartbeat.
                sendState(d, state());
            }
        }
    }

    private void pair(String client, byte[] payload) {
        Pairing.Reply reply = answer(payload);
        try {
            link.publish(Topics.pairReply(client), Wire.json().writeValueAsBytes(reply));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not answer a pairing request", e);
        }
        LOG.info(() -> "pairing request from " + client + (reply.accepted() ? ": paired" : ": wrong code"));
    }

    private Pairing.Reply answer(byte[] request) {
        try {
            return desk.handle(Wire.json().readValue(request, Pairing.Request.class));
        } catch (IOException e) {
            return new Pairing.Reply(false, "", "");
        }
    }

    @Override
    public void close() {
        engine.removeListener(listener);
        beat.shutdownNow();
        link.close();
        if (broker != null) {
            broker.close();
        }
    }
}
