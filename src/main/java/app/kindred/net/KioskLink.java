package app.kindred.net;

import app.kindred.session.MonotonicClock;
import app.kindred.session.SessionEngine;
import app.kindred.session.SessionEvent;
import app.kindred.session.SessionListener;
import app.kindred.session.SessionSnapshot;
import app.kindred.session.SessionStatus;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * A couple's kiosk following the room: keeps its {@link SessionEngine} on the hub's item, step and
 * deadline (through {@link ClockSync}), and tells the hub its {@link KioskStatus} every second and at
 * once when a time-out starts or ends.
 *
 * <p>The engine keeps its own time: without the hub (network lost, hub restarting) it simply runs
 * on, and when the hub is heard again a correction smaller than {@link #TOLERANCE} is not applied, so
 * a kiosk rejoins without a jump. A couple's own time-out stops their clock alone; the hub's states
 * are then held back, and when the time-out ends the kiosk rejoins the room's current step.
 */
public final class KioskLink implements AutoCloseable {
    /** Differences in time left below this are left alone (the clocks agree to a few ms). */
    public static final Duration TOLERANCE = Duration.ofMillis(25);
    static final long STATUS_MS = 1000;
    static final long PROBE_MS = 2000;
    static final long FIRST_PROBES_MS = 100;
    private static final Logger LOG = Logger.getLogger(KioskLink.class.getName());

    private final DeviceCredentials creds;
    private final SessionEngine engine;
    private final String programmeId;
    private final MonotonicClock clock;
    private final Supplier<PrintState> printing;
    private final Supplier<SharedFirstName> sharedName;
    private final MqttLink link;
    private final ClockSync sync = new ClockSync();
    private final ReplayGuard guard = new ReplayGuard();
    private final long epoch = Wire.randomLong();
    private final AtomicLong seq = new AtomicLong();
    private final ScheduledExecutorService timer;
    private final SessionListener listener = this::engineEvent;
    private volatile RoomState latest;
    private volatile long connectedAt = Long.MIN_VALUE;
    private volatile boolean roomView;

    /**
     * @param printing   where the couple's pack is (null: never printing)
     * @param sharedName a first name the couple chose to share, or a supplier of null
     */
    public KioskLink(String url, DeviceCredentials creds, SessionEngine engine, String programmeId, MonotonicClock clock,
            Supplier<PrintState> printing, Supplier<SharedFirstName> sharedName) {
        this.creds = creds;
        this.engine = engine;
        this.programmeId = programmeId;
        this.clock = clock;
        this.printing = printing == null ? () -> PrintState.NONE : printing;
        this.sharedName = sharedName == null ? () -> null : sharedName;
        this.link = new MqttLink(url, creds.deviceId(), creds.brokerUser(), creds.brokerPassword(),
                List.of(Topics.inbox(creds.deviceId())), this::received, this::connection);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kindred-kiosk-link");
            t.setDaemon(true);
            return t;
        });
    }

    /** Marks this device as a second room view in its status (the console lists it as one). Before {@link #start()}. */
    public KioskLink asRoomView() {
        roomView = true;
        return this;
    }

    public KioskLink start() {
        engine.addListener(listener);
        link.start();
        timer.scheduleAtFixedRate(this::sendStatus, STATUS_MS, STATUS_MS, TimeUnit.MILLISECONDS);
        timer.scheduleAtFixedRate(this::probeIfDue, FIRST_PROBES_MS, FIRST_PROBES_MS, TimeUnit.MILLISECONDS);
        return this;
    }

    public SessionEngine engine() {
        return engine;
    }

    public boolean connected() {
        return link.connected();
    }

    public ClockSync clockSync() {
        return sync;
    }

    /** The hub's clock now as this kiosk estimates it; only once {@link ClockSync#ready()}. */
    public long hubNow() {
        return clock.nanoTime() + sync.offset();
    }

    /** What this kiosk tells the hub now. */
    public KioskStatus status() {
        SessionSnapshot s = engine.snapshot();
        boolean started = s.status() != SessionStatus.READY;
        return new KioskStatus(programmeId, started ? s.itemIndex() : -1, s.stepIndex(), s.remaining().toMillis(),
                s.paused(), s.status() == SessionStatus.TIME_OUT, s.finished(), printing.get(), sharedName.get(), roomView);
    }

    private void connection(boolean up) {
        if (up) {
            // A new connection may be a new hub (restarted): its clock is estimated afresh.
            sync.reset();
            connectedAt = clock.nanoTime();
            probe();
            sendStatus();
        }
    }

    private long probesSent;

    /** Probes quickly for the first second of a connection, then every {@value #PROBE_MS} ms. */
    private void probeIfDue() {
        long now = clock.nanoTime();
        boolean early = now - connectedAt < 1_000_000_000L;
        probesSent++;
        if (early || probesSent % (PROBE_MS / FIRST_PROBES_MS) == 0) {
            probe();
        }
    }

    private void probe() {
        send("time", new TimeProbe(clock.nanoTime(), 0));
    }

    public void sendStatus() {
        send("status", status());
    }

    private void send(String type, Object body) {
        String topic = Topics.outbox(creds.deviceId());
        link.publish(topic, Wire.seal(creds.key(), topic, type, epoch, seq.incrementAndGet(), body));
    }

    private void received(String topic, byte[] payload) {
        Wire.Envelope env;
        try {
            env = Wire.open(creds.key(), topic, payload);
        } catch (GeneralSecurityException e) {
            LOG.fine("dropped a message not sealed for this kiosk");
            return;
        }
        if (!guard.accept(env.epoch(), env.seq())) {
            return;
        }
        if (env.body() instanceof TimeProbe p) {
            long t3 = clock.nanoTime();
            boolean first = !sync.ready();
            sync.add(p.kioskNanos(), p.hubNanos(), t3);
            if (first) {
                follow();
            }
        } else if (env.body() instanceof RoomState s) {
            latest = s;
            follow();
        }
    }

    private void engineEvent(SessionEvent e) {
        SessionEvent.Type t = e.type();
        if (t == SessionEvent.Type.TIME_OUT_STARTED || t == SessionEvent.Type.PHASE_STARTED || t == SessionEvent.Type.PAUSED
                || t == SessionEvent.Type.RESUMED || t == SessionEvent.Type.PROGRAMME_ENDED) {
            // The console sees a change at once, not at the next status second.
            later(this::sendStatus);
        } else if (e.type() == SessionEvent.Type.TIME_OUT_ENDED) {
            later(() -> {
                follow();
                sendStatus();
            });
        }
    }

    /** Off the engine's thread; nothing once closed. */
    private void later(Runnable r) {
        try {
            timer.execute(r);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closed: the hub is no longer told
        }
    }

    /** Brings the engine to the room's latest state, unless a time-out holds it or nothing is known yet. */
    private synchronized void follow() {
        RoomState s = latest;
        if (s == null || !sync.ready() || !s.programmeId().equals(programmeId) || !s.started()) {
            return;
        }
        SessionSnapshot now = engine.snapshot();
        if (now.status() == SessionStatus.TIME_OUT || now.finished()) {
            return;
        }
        if (s.finished()) {
            engine.endEarly();
            return;
        }
        long remaining = s.remainingAt(hubNow());
        boolean same = now.status() != SessionStatus.READY && now.itemIndex() == s.item() && now.stepIndex() == s.step()
                && now.paused() == s.paused()
                && Math.abs(now.remaining().toNanos() - remaining) < TOLERANCE.toNanos();
        if (!same) {
            engine.follow(s.item(), s.step(), Duration.ofNanos(remaining), s.paused());
        }
    }

    @Override
    public void close() {
        engine.removeListener(listener);
        timer.shutdownNow();
        link.close();
    }
}
