package app.kindred.bench;

import app.kindred.net.BenchAccess;
import app.kindred.net.Hub;
import app.kindred.net.KioskFleet;
import app.kindred.session.SessionEngine;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * The workshop hub with 50 kiosks on loopback (docs/NETWORK.md): this JVM is the facilitator's
 * (embedded broker + hub); the kiosks run as threads in {@code kindred.bench.hub.jvms} child JVMs
 * ({@link KioskFleet}). Measured: a facilitator command (pause / resume, alternately) to the moment
 * the last kiosk's engine applied it, against a bare Paho client's round trip through the same broker
 * (publish, receive its own message) with a payload of the same size; each kiosk's estimate of the
 * hub's clock against the hub's clock ({@code System.nanoTime} is one clock for every JVM on Linux);
 * the hub JVM's CPU over a quiet 10 s with every kiosk connected; its heap after GC with 50 kiosks
 * against before the hub started. Options: {@code -Dkindred.bench.hub.kiosks=50},
 * {@code .jvms=2}, {@code .commands=60}.
 */
public final class HubBenchmark implements Benchmark {
    private static final long MS = 1_000_000L;

    @Override
    public String name() {
        return "hub";
    }

    @Override
    public List<Row> run() throws Exception {
        int kiosks = Integer.getInteger("kindred.bench.hub.kiosks", 50);
        int jvms = Integer.getInteger("kindred.bench.hub.jvms", 2);
        int commands = Integer.getInteger("kindred.bench.hub.commands", 60);
        long heapBefore = usedHeapAfterGc();

        SessionEngine room = BenchAccess.roomEngine();
        Hub hub = BenchAccess.hub(room, 0);
        Map<Integer, Long> applied = new ConcurrentHashMap<>();
        List<Double> clockErrors = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch ready = new CountDownLatch(jvms);
        List<Process> fleet = new ArrayList<>();
        try {
            for (int j = 0; j < jvms; j++) {
                fleet.add(launch(hub, kiosks / jvms + (j < kiosks % jvms ? 1 : 0), j, applied, clockErrors, ready));
            }
            if (!ready.await(300, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the kiosks did not all pair");
            }
            room.start();
            waitUntil(() -> hub.kiosks().stream().filter(v -> v.connected() && v.status() != null
                    && v.status().item() >= 0).count() == kiosks, 60);

            List<Double> latency = new ArrayList<>();
            for (int i = -10; i < commands; i++) { // the first ten warm up
                applied.clear();
                long t0 = System.nanoTime();
                boolean ok = room.snapshot().paused() ? room.resume() : room.pause();
                if (!ok) {
                    throw new IllegalStateException("the room refused a pause or resume");
                }
                waitUntil(() -> applied.size() == kiosks, 10);
                long last = Collections.max(applied.values());
                if (i >= 0) {
                    latency.add((last - t0) / (double) MS);
                }
                LockSupport.parkNanos(150 * MS); // commands a facilitator's hand apart, not a flood
            }
            if (room.snapshot().paused()) {
                room.resume();
            }
            List<Double> reference = bareRoundTrips(hub, commands);

            clockErrors.clear();
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long wall0 = System.nanoTime();
            LockSupport.parkNanos(10_000 * MS);
            double cpuPercent = 100.0 * (os.getProcessCpuTime() - cpu0) / (System.nanoTime() - wall0);
            long heapWith = usedHeapAfterGc();
            // the clock samples of the quiet window: each kiosk's estimate against the hub's clock
            List<Double> clock = new ArrayList<>(clockErrors);

            System.err.printf("hub: %d kiosks in %d JVMs, %d commands; last kiosk ms p50 %.1f p95 %.1f max %.1f;"
                    + " bare round trip p50 %.1f p95 %.1f; clock error ms p50 %.2f p95 %.2f max %.2f (%d samples);"
                    + " hub CPU %.1f %% of a core; heap %d -> %d MB%n", kiosks, jvms, commands, pct(latency, 50),
                    pct(latency, 95), Collections.max(latency), pct(reference, 50), pct(reference, 95), pct(clock, 50),
                    pct(clock, 95), Collections.max(clock), clock.size(), cpuPercent, heapBefore >> 20, heapWith >> 20);
            String k = kiosks + " kiosks";
            return List.of(
                    Row.of("command to last kiosk, p50 (" + k + ")", pct(latency, 50), pct(reference, 50), "ms",
                            "ref: bare MQTT round trip", true),
                    Row.of("command to last kiosk, p95 (" + k + ")", pct(latency, 95), pct(reference, 95), "ms",
                            "p95 <= 100 ms", pct(latency, 95) <= 100),
                    Row.of("kiosk clock vs hub, p95 (" + k + ")", pct(clock, 95), pct(clock, 50), "ms",
                            "p95 <= 50 ms (ref: p50)", pct(clock, 95) <= 50),
                    new Row("hub JVM CPU, quiet 10 s (" + k + ")", String.format("%.1f %% core", cpuPercent), "-",
                            Double.NaN, "<= 25 % of one core", cpuPercent <= 25),
                    Row.of("hub JVM heap after GC (" + k + ")", heapWith / (double) (1 << 20), heapBefore / (double) (1 << 20),
                            "MB", "ref: before the hub; <= +64 MB", heapWith - heapBefore <= 64L << 20));
        } finally {
            for (Process p : fleet) {
                p.getOutputStream().close();
            }
            for (Process p : fleet) {
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
            hub.close();
        }
    }

    private static Process launch(Hub hub, int n, int id, Map<Integer, Long> applied, List<Double> clockErrors,
            CountDownLatch ready) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                KioskFleet.class.getName(), hub.url(), Integer.toString(n), hub.pairing().code(), Integer.toString(id))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    String[] f = line.split(" ");
                    switch (f[0]) {
                        case "EVT" -> applied.merge(Integer.parseInt(f[1]), Long.parseLong(f[2]), Math::max);
                        case "CLK" -> clockErrors.add(Math.abs(Long.parseLong(f[3])
                                - hub.clock().toHub(Long.parseLong(f[2]))) / (double) MS);
                        case "READY" -> ready.countDown();
                        default -> { }
                    }
                }
            } catch (java.io.IOException e) {
                // the child ended
            }
        }, "kiosk-fleet-reader-" + id);
        reader.setDaemon(true);
        reader.start();
        return p;
    }

    /** A bare Paho client publishing a state-sized message to itself through the same broker. */
    private static List<Double> bareRoundTrips(Hub hub, int count) throws Exception {
        MqttClient c = new MqttClient(hub.url(), "bench-reference", new MemoryPersistence());
        c.setTimeToWait(5000);
        MqttConnectOptions o = new MqttConnectOptions();
        o.setUserName("hub");
        o.setPassword(BenchAccess.hubPassword(hub).toCharArray());
        AtomicLong arrived = new AtomicLong();
        c.connect(o);
        try {
            c.subscribe("kindred/bench/echo", 0, (topic, m) -> arrived.set(System.nanoTime()));
            byte[] payload = new byte[260]; // a sealed RoomState is about this long
            List<Double> out = new ArrayList<>();
            for (int i = -10; i < count; i++) {
                arrived.set(0);
                long t0 = System.nanoTime();
                MqttMessage m = new MqttMessage(payload);
                m.setQos(0);
                c.publish("kindred/bench/echo", m);
                waitUntil(() -> arrived.get() != 0, 10);
                if (i >= 0) {
                    out.add((arrived.get() - t0) / (double) MS);
                }
                LockSupport.parkNanos(20 * MS);
            }
            return out;
        } finally {
            c.disconnect();
            c.close();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, int seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("timed out after " + seconds + " s");
            }
            LockSupport.parkNanos(MS / 2);
        }
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static double pct(List<Double> values, int p) {
        List<Double> v = new ArrayList<>(values);
        Collections.sort(v);
        return v.get(Math.min(v.size() - 1, (int) Math.ceil(p / 100.0 * v.size()) - 1));
    }
}
