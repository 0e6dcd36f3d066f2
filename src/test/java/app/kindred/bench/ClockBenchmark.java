package app.kindred.bench;

import app.kindred.content.Active;
import app.kindred.content.ContentLibrary;
import app.kindred.content.Exercise;
import app.kindred.content.Phase;
import app.kindred.content.Roles;
import app.kindred.content.SourceFile;
import app.kindred.session.SessionEngine;
import app.kindred.session.SessionEvent;
import app.kindred.session.SessionScheduler;
import app.kindred.session.SessionSettings;
import app.kindred.session.SystemClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.SwingUtilities;
import javax.swing.Timer;

/**
 * End-of-phase lateness against the real monotonic clock: N one-phase sessions of 60 s (default 12),
 * started 2.5 s apart so their ends do not coincide, run by the real {@link SessionScheduler} while
 * a CPU burner keeps every core busy. Reference in the same run and under the same load: the naive
 * countdown a UI might write, a {@code javax.swing.Timer} ticking every second that decrements a
 * counter and calls the phase over when it reaches zero.
 *
 * <p>Lateness = the moment the PHASE_ENDED listener runs (or the naive counter hits zero) minus the
 * true end (start + 60 s). Quick run: {@code -Dkindred.bench.clock.seconds=10}. Phases:
 * {@code -Dkindred.bench.clock.phases=12}.
 *
 * <p>The measurement runs in a child JVM started the way the kiosk should be started
 * ({@link #KIOSK_JVM_FLAGS}): no periodic "cleanup" safepoints (measured here: 4–13 ms each under
 * load, once a second, and a clock thread caught in one is late by that much), and, when the user may
 * raise thread priorities (root here), {@code -XX:ThreadPriorityPolicy=1} so the scheduler's
 * {@code MAX_PRIORITY} clock thread really runs at nice −5 against the burner's nice 0.
 * {@code -Dkindred.bench.clock.tuned=false} measures a plain {@code java} instead.
 */
public final class ClockBenchmark implements Benchmark {
    private static final long MS = 1_000_000L;
    /** The JVM options kindred.sh should start the kiosk with (ThreadPriorityPolicy only where permitted). */
    public static final List<String> KIOSK_JVM_FLAGS =
            List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:GuaranteedSafepointInterval=0");
    public static final String PRIORITY_FLAG = "-XX:ThreadPriorityPolicy=1";

    @Override
    public String name() {
        return "clock";
    }

    @Override
    public List<Row> run() throws Exception {
        boolean tuned = Boolean.parseBoolean(System.getProperty("kindred.bench.clock.tuned", "true"));
        boolean priority = tuned && mayRaisePriority();
        List<String> cmd = new ArrayList<>(List.of(
                java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (tuned) {
            cmd.addAll(KIOSK_JVM_FLAGS);
        }
        if (priority) {
            cmd.add(PRIORITY_FLAG);
        }
        for (String p : List.of("kindred.bench.clock.seconds", "kindred.bench.clock.phases",
                "kindred.bench.clock.staggerMs")) {
            if (System.getProperty(p) != null) {
                cmd.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        String extra = System.getProperty("kindred.bench.clock.jvmArgs", "").trim();
        if (!extra.isEmpty()) {
            cmd.addAll(List.of(extra.split("\\s+"))); // for diagnosis, e.g. -Xlog:gc,safepoint:file=...
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), ClockBenchmark.class.getName()));
        Process child = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<Row> rows = new ArrayList<>();
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split("\t");
                if (f.length == 7 && f[0].equals("ROW")) {
                    String label = f[1] + (priority ? ", kiosk JVM, clock nice -5)" : tuned ? ", kiosk JVM)" : ", plain JVM)");
                    rows.add(Row.of(label, Double.parseDouble(f[2]), Double.parseDouble(f[3]), f[4], f[5],
                            Boolean.parseBoolean(f[6])));
                }
            }
        }
        if (child.waitFor() != 0 || rows.isEmpty()) {
            throw new IllegalStateException("the clock benchmark's child JVM failed (exit " + child.exitValue() + ")");
        }
        return rows;
    }

    /** The child JVM: measures and prints one tab-separated ROW line per metric. */
    public static void main(String[] args) throws Exception {
        for (Row r : new ClockBenchmark().measure()) {
            System.out.println(String.join("\t", "ROW", r.metric(), r.kindred().split(" ")[0],
                    r.reference().split(" ")[0], r.kindred().split(" ")[1], r.goal(), Boolean.toString(r.met())));
        }
    }

    /** Root (or a process allowed to lower nice values) can give the clock thread its priority. */
    private static boolean mayRaisePriority() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    return line.split("\\s+")[2].equals("0");
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    List<Row> measure() throws Exception {
        int seconds = Integer.getInteger("kindred.bench.clock.seconds", 60);
        int phases = Math.max(10, Integer.getInteger("kindred.bench.clock.phases", 12));
        long staggerMs = Long.getLong("kindred.bench.clock.staggerMs", 2500);
        if (System.getenv("DISPLAY") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        Exercise one = new Exercise("bench", "Bench", "One phase.", List.of("bench"), Roles.PARTNERS, false, List.of(),
                List.of(new Phase("Speak", Duration.ofSeconds(seconds), Active.A, "Talk.", List.of(), null, 0, null)),
                SourceFile.builtIn("bench"));
        ContentLibrary library = new ContentLibrary(Map.of("bench", one), Map.of(), Map.of(), Map.of());

        warmUp(one, library);
        String loadBefore = loadAverage();
        List<Double> kindred = Collections.synchronizedList(new ArrayList<>());
        List<Double> naive = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(2 * phases);
        Burner burner = new Burner(Runtime.getRuntime().availableProcessors());
        burner.start();
        Thread.sleep(500); // let the burner reach full speed before the first phase starts
        List<SessionScheduler> schedulers = new ArrayList<>();
        List<Timer> timers = new ArrayList<>();
        try {
            for (int i = 0; i < phases; i++) {
                startKindredPhase(one, library, kindred, done, schedulers);
                startNaiveCountdown(seconds, naive, done, timers);
                Thread.sleep(staggerMs);
            }
            if (!done.await(seconds + staggerMs * phases / 1000 + 120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("phases did not end: " + done.getCount() + " left");
            }
        } finally {
            burner.stop();
            schedulers.forEach(SessionScheduler::close);
            SwingUtilities.invokeAndWait(() -> timers.forEach(Timer::stop));
        }
        System.err.printf("clock: %d x %d s phases, %d burner threads (%.0f M spins); load average before %s,"
                + " after %s%n  lateness ms, kindred: %s%n  lateness ms, naive:   %s%n",
                phases, seconds, burner.threads, burner.spins() / 1e6, loadBefore, loadAverage(), fmt(kindred), fmt(naive));
        double kMed = median(kindred);
        double kMax = Collections.max(kindred);
        double nMed = median(naive);
        double nMax = Collections.max(naive);
        String what = phases + "x" + seconds + "s, cores busy";
        return List.of(
                Row.of("phase end late, median (" + what, kMed, nMed, "ms", "median <= 5 ms", kMed <= 5),
                Row.of("phase end late, max (" + what, kMax, nMax, "ms", "max <= 20 ms", kMax <= 20));
    }

    private static void startKindredPhase(Exercise one, ContentLibrary library, List<Double> lateness,
            CountDownLatch done, List<SessionScheduler> schedulers) {
        SessionEngine engine = SessionEngine.forExercise(one, library, null, SessionSettings.defaults(),
                SystemClock.INSTANCE);
        AtomicBoolean recorded = new AtomicBoolean();
        engine.addListener(e -> {
            if (e.type() == SessionEvent.Type.PHASE_ENDED && recorded.compareAndSet(false, true)) {
                lateness.add((System.nanoTime() - e.atNanos()) / (double) MS);
                done.countDown();
            }
        });
        schedulers.add(new SessionScheduler(engine, Duration.ZERO).start());
        engine.start();
    }

    /** What a UI might do without an engine: count the seconds down on a Swing timer. */
    private static void startNaiveCountdown(int seconds, List<Double> lateness, CountDownLatch done, List<Timer> timers)
            throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            long trueEnd = System.nanoTime() + seconds * 1000 * MS;
            AtomicInteger left = new AtomicInteger(seconds);
            Timer t = new Timer(1000, null);
            t.addActionListener(ev -> {
                if (left.decrementAndGet() == 0) {
                    lateness.add((System.nanoTime() - trueEnd) / (double) MS);
                    t.stop();
                    done.countDown();
                }
            });
            t.start();
            timers.add(t);
        });
    }

    /**
     * Runs the engine's code paths a few thousand times on a fake clock first, so that the measured
     * phase ends see compiled code, as they would an hour into a kiosk day, not class loading.
     */
    private static void warmUp(Exercise one, ContentLibrary library) {
        app.kindred.session.FakeClock clock = new app.kindred.session.FakeClock();
        for (int i = 0; i < 300; i++) {
            SessionEngine e = SessionEngine.forExercise(one, library, null, SessionSettings.defaults(), clock);
            e.addListener(ev -> { });
            e.start();
            for (int k = 0; k < 10; k++) {
                clock.advanceSeconds(7);
                e.poll();
            }
        }
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "?";
        }
    }

    private static double median(List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        Collections.sort(v);
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    }

    private static String fmt(List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        Collections.sort(v);
        StringBuilder b = new StringBuilder();
        for (double d : v) {
            b.append(String.format("%.2f ", d));
        }
        return b.toString().trim();
    }

    /** Keeps every core busy with arithmetic until stopped. */
    private static final class Burner {
        final int threads;
        private final List<Thread> workers = new ArrayList<>();
        private volatile boolean running = true;
        private final java.util.concurrent.atomic.LongAdder spins = new java.util.concurrent.atomic.LongAdder();

        Burner(int threads) {
            this.threads = threads;
        }

        void start() {
            for (int i = 0; i < threads; i++) {
                Thread t = new Thread(() -> {
                    double x = 1;
                    while (running) {
                        for (int k = 0; k < 100_000; k++) {
                            x = Math.sqrt(x + k) * 1.000001;
                        }
                        spins.add(100_000);
                    }
                    if (x == 42) {
                        System.err.print("");
                    }
                }, "cpu-burner-" + i);
                t.setDaemon(true);
                t.start();
                workers.add(t);
            }
        }

        void stop() throws InterruptedException {
            running = false;
            for (Thread t : workers) {
                t.join(2000);
            }
        }

        long spins() {
            return spins.sum();
        }
    }
}
