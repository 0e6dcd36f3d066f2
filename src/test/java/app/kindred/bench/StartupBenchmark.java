package app.kindred.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Launch to first interactive frame, whole process, under X (a private Xvfb if there is no
 * display): the kiosk until it prints its ready marker (the welcome screen painted, then the events
 * its showing queued handled), beside a bare JFrame with one label that prints the same marker at the
 * same point ({@link BareFrame}). Median of several alternating runs. The same two are also timed
 * from outside, by reading the screen back until something is drawn ({@link ScreenWatch}), which
 * checks that the markers tell the truth; and against the bare frame's earlier marker, two events
 * after setVisible (before its label is painted), so that no definition flatters the kiosk.
 *
 * <p>The kiosk is started exactly as kindred.sh starts it: the JVM and options come from
 * {@code scripts/kiosk-jvm.sh} (a JDK 25+ with the ahead-of-time cache built at package time where
 * one is installed, else the default java with its class-data archive). Its goal row compares it
 * with the bare frame on the same JVM; it is also compared with the bare frame on the default java.
 * The other ways to start it are measured too, each against the bare frame on the default java: the
 * JDK 17 fallback (no JDK 25 installed), a plain {@code java -jar} (one JVM, default options), and {@code ./kindred.sh} as typed, whose checks before the JVM
 * starts count (read back from the screen, since the script takes no JVM options).
 */
public final class StartupBenchmark implements Benchmark {
    private static final int RUNS = 11;
    private static final int SCREEN_RUNS = 7;

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public List<Row> run() throws Exception {
        Path jar = Path.of("target/kindred.jar");
        Path jsa = Path.of("target/kindred.jsa");
        Path home = Files.createTempDirectory("kindred-bench-");
        String defaultJava = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String testClasses = Path.of("target/test-classes").toString();
        List<String> marker = List.of("-Dkindred.readyMarker=true", "-Dkindred.home=" + home, "-jar", jar.toString());

        List<String> shipped = new ArrayList<>(kioskJvm());
        shipped.addAll(marker);
        String shippedJava = shipped.get(0).equals("java") ? defaultJava : shipped.get(0);
        shipped.set(0, shippedJava);
        boolean otherJvm = !Path.of(shippedJava).toRealPath().equals(Path.of(defaultJava).toRealPath());

        List<String> fallback = new ArrayList<>(List.of(defaultJava, "-XX:SharedArchiveFile=" + jsa, "-Xshare:auto",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        fallback.addAll(marker);
        List<String> plain = new ArrayList<>(List.of(defaultJava));
        plain.addAll(marker);
        List<String> bare = List.of(defaultJava, "-cp", testClasses, "app.kindred.bench.BareFrame");
        List<String> bareAtShow = List.of(defaultJava, "-cp", testClasses, "app.kindred.bench.BareFrame", "shown");
        List<String> bareShipped = List.of(shippedJava, "-cp", testClasses, "app.kindred.bench.BareFrame");
        boolean withCds = otherJvm && Files.exists(jsa);

        Launch[] k = new Launch[RUNS];
        Launch[] kf = new Launch[RUNS];
        Launch[] kp = new Launch[RUNS];
        Launch[] b = new Launch[RUNS];
        Launch[] bs = new Launch[RUNS];
        Launch[] ba = new Launch[RUNS];
        try (VirtualDisplay display = VirtualDisplay.open()) {
            launch(bare, display);
            launch(shipped, display);
            for (int i = 0; i < RUNS; i++) {
                b[i] = launch(bare, display);
                ba[i] = launch(bareAtShow, display);
                k[i] = launch(shipped, display);
                if (otherJvm) {
                    bs[i] = launch(bareShipped, display);
                }
                if (withCds) {
                    kf[i] = launch(fallback, display);
                }
                kp[i] = launch(plain, display);
            }
        }
        double[][] screen = watchScreen(home, shipped, bare, List.of("./kindred.sh"));
        String jvm = "JDK " + Runtime.version().feature();
        double bare50 = median(b, false);
        double shipped50 = median(k, false);
        List<Row> rows = new ArrayList<>();
        if (otherJvm) {
            double bareShipped50 = median(bs, false);
            rows.add(Row.of("launch to first frame, as kindred.sh starts it (" + describe(shippedJava)
                    + ", AOT cache) vs bare JFrame on the same JVM", shipped50, bareShipped50, "ms",
                    "<= 1.3x bare JFrame", shipped50 <= 1.3 * bareShipped50));
            rows.add(Row.of("the same launch vs bare JFrame on the default java (" + jvm + ")", shipped50, bare50, "ms",
                    "<= 1.3x bare JFrame", shipped50 <= 1.3 * bare50));
        } else {
            rows.add(Row.of("launch to first frame, as kindred.sh starts it (class-data archive)", shipped50, bare50, "ms",
                    "<= 1.3x bare JFrame", shipped50 <= 1.3 * bare50));
        }
        double screenKiosk = median(screen[0]);
        double screenBare = median(screen[1]);
        rows.add(Row.of("first drawing on the screen, read back from X (no marker): kindred.sh launch vs bare JFrame ("
                + jvm + ")", screenKiosk, screenBare, "ms", "<= 1.3x bare JFrame", screenKiosk <= 1.3 * screenBare));
        double bareAtShow50 = median(ba, false);
        rows.add(Row.of("kindred.sh launch vs bare JFrame's marker two events after setVisible, before its label is painted",
                shipped50, bareAtShow50, "ms", "<= 1.3x bare JFrame", shipped50 <= 1.3 * bareAtShow50));
        if (withCds) {
            double fallback50 = median(kf, false);
            rows.add(Row.of("launch to first frame on JDK " + Runtime.version().feature()
                    + " with its class-data archive (kindred.sh without a JDK 25)", fallback50, bare50, "ms",
                    "<= 1.3x bare JFrame", fallback50 <= 1.3 * bare50));
        }
        double plain50 = median(kp, false);
        rows.add(Row.of("launch to first frame, plain java -jar (" + jvm + ", default options)",
                plain50, bare50, "ms", "(for reading)", true));
        double script = median(screen[2]);
        rows.add(Row.of("./kindred.sh as typed (its checks, then the kiosk), read back from X, vs bare JFrame (" + jvm + ")",
                script, screenBare, "ms", "<= 1.3x bare JFrame", script <= 1.3 * screenBare));
        // CPU time is what a busy machine turns into waiting: reported so runs on loaded hosts can be read.
        double bareCpu = median(b, true);
        rows.add(Row.of("CPU time to first frame, as kindred.sh starts it", median(k, true),
                otherJvm ? median(bs, true) : bareCpu, "ms", "(for reading)", true));
        rows.add(Row.of("CPU time to first frame, plain java -jar", median(kp, true), bareCpu, "ms", "(for reading)", true));
        return rows;
    }

    /**
     * Times each command from outside: {@link ScreenWatch} in its own JVM on a private Xvfb (an
     * empty screen it can read back) runs them alternately; returns milliseconds per command.
     */
    @SafeVarargs
    static double[][] watchScreen(Path home, List<String>... commands) throws IOException, InterruptedException {
        try (VirtualDisplay display = VirtualDisplay.openPrivate()) {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "app.kindred.bench.ScreenWatch", String.valueOf(SCREEN_RUNS)));
            for (int i = 0; i < commands.length; i++) {
                if (i > 0) {
                    cmd.add("--");
                }
                cmd.addAll(commands[i]);
            }
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
            pb.environment().put("DISPLAY", display.name());
            // kindred.sh takes no JVM options: its kiosk finds the benchmark's data folder here.
            pb.environment().put("KINDRED_HOME", home.toString());
            Process p = pb.start();
            double[][] ms = new double[commands.length][SCREEN_RUNS];
            int[] n = new int[commands.length];
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    String[] f = line.split(" ");
                    int which = Integer.parseInt(f[0]);
                    ms[which][n[which]++] = Double.parseDouble(f[1]);
                }
            }
            if (p.waitFor() != 0 || Arrays.stream(n).anyMatch(count -> count != SCREEN_RUNS)) {
                throw new IOException("reading the screen back failed (see above)");
            }
            return ms;
        }
    }

    /** The JVM and options kindred.sh starts the kiosk with, from scripts/kiosk-jvm.sh. */
    static List<String> kioskJvm() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "scripts/kiosk-jvm.sh").redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("scripts/kiosk-jvm.sh failed");
        }
        return out.lines().filter(l -> !l.isBlank()).toList();
    }

    /** "JDK 25" from a java executable's release file, or its path. */
    static String describe(String java) {
        Path release = Path.of(java).toAbsolutePath().getParent().getParent().resolve("release");
        try {
            for (String line : Files.readAllLines(release)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    return "JDK " + line.substring("JAVA_VERSION=".length()).replace("\"", "").split("\\.")[0];
                }
            }
        } catch (IOException e) {
            // fall through
        }
        return java;
    }

    /** One launch: wall milliseconds to the marker and the process's CPU milliseconds by then. */
    record Launch(double wallMs, double cpuMs) {
    }

    /** Time from process start to the ready marker; the process is then ended. */
    static Launch launch(List<String> command, VirtualDisplay display) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("DISPLAY", display.name());
        long start = System.nanoTime();
        Process p = pb.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.contains("KINDRED_READY")) {
                    double wall = (System.nanoTime() - start) / 1e6;
                    // A plain java -jar waits for the JVM it started: count both.
                    double cpu = cpuMillis(p.pid()) + p.descendants().mapToDouble(d -> cpuMillis(d.pid())).sum();
                    return new Launch(wall, cpu);
                }
            }
            throw new IOException("no ready marker from " + String.join(" ", command));
        } finally {
            p.destroy();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    /** utime + stime from /proc (Linux), in milliseconds; NaN elsewhere. */
    static double cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return ticks * 10.0; // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    static double median(Launch[] runs, boolean cpu) {
        double[] v = new double[runs.length];
        for (int i = 0; i < runs.length; i++) {
            v[i] = cpu ? runs[i].cpuMs() : runs[i].wallMs();
        }
        return median(v);
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
