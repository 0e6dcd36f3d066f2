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
 * display): {@code java -jar target/kindred.jar kiosk} until it prints its ready marker (the
 * welcome screen shown and its first events processed), beside a bare JFrame with one label
 * started the same way. Median of several alternating runs. With {@code target/kindred.jsa}
 * (the class-data archive built at package time) the kiosk is also measured with it, as
 * {@code kindred.sh} starts it.
 */
public final class StartupBenchmark implements Benchmark {
    private static final int RUNS = 7;

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public List<Row> run() throws Exception {
        Path jar = Path.of("target/kindred.jar");
        Path jsa = Path.of("target/kindred.jsa");
        Path home = Files.createTempDirectory("kindred-bench-");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String testClasses = Path.of("target/test-classes").toString();
        // No arguments, exactly as kindred.sh starts it (content from the working folder).
        List<String> kiosk = List.of(java, "-Dkindred.readyMarker=true", "-Dkindred.home=" + home, "-jar", jar.toString());
        List<String> kioskCds = new ArrayList<>(List.of(java, "-XX:SharedArchiveFile=" + jsa, "-Xshare:auto"));
        kioskCds.addAll(kiosk.subList(1, kiosk.size()));
        // What start-up costs is mostly the JIT compilers warming up; a kiosk waits on people, not on
        // the CPU, so C1 alone and the serial collector are a fair trade (proposed for kindred.sh).
        List<String> kioskTuned = new ArrayList<>(List.of(java, "-XX:SharedArchiveFile=" + jsa, "-Xshare:auto",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        kioskTuned.addAll(kiosk.subList(1, kiosk.size()));
        List<String> bare = List.of(java, "-cp", testClasses, "app.kindred.bench.BareFrame");
        boolean withCds = Files.exists(jsa);
        Launch[] k = new Launch[RUNS];
        Launch[] kc = new Launch[RUNS];
        Launch[] kt = new Launch[RUNS];
        Launch[] b = new Launch[RUNS];
        try (VirtualDisplay display = VirtualDisplay.open()) {
            launch(bare, display);
            launch(kiosk, display);
            for (int i = 0; i < RUNS; i++) {
                b[i] = launch(bare, display);
                k[i] = launch(kiosk, display);
                if (withCds) {
                    kc[i] = launch(kioskCds, display);
                    kt[i] = launch(kioskTuned, display);
                }
            }
        }
        double bare50 = median(b, false);
        double kiosk50 = median(k, false);
        List<Row> rows = new ArrayList<>();
        rows.add(Row.of("launch to first interactive frame (plain java -jar)", kiosk50, bare50, "ms",
                "<= 1.3x bare JFrame", kiosk50 <= 1.3 * bare50));
        if (withCds) {
            double cds50 = median(kc, false);
            rows.add(Row.of("launch to first interactive frame (CDS only)", cds50, bare50, "ms",
                    "<= 1.3x bare JFrame", cds50 <= 1.3 * bare50));
            double tuned50 = median(kt, false);
            rows.add(Row.of("launch to first frame (kindred.sh: CDS+C1+SerialGC)", tuned50, bare50, "ms",
                    "<= 1.3x bare JFrame", tuned50 <= 1.3 * bare50));
        }
        // CPU time is what a busy machine turns into waiting: reported so runs on loaded hosts can be read.
        double bareCpu = median(b, true);
        rows.add(Row.of("CPU time to first frame (plain java -jar)", median(k, true), bareCpu, "ms", "(for reading)", true));
        if (withCds) {
            rows.add(Row.of("CPU time to first frame (CDS only)", median(kc, true), bareCpu, "ms", "(for reading)", true));
            rows.add(Row.of("CPU time to first frame (kindred.sh flags)", median(kt, true), bareCpu, "ms", "(for reading)", true));
        }
        return rows;
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
                    return new Launch(wall, cpuMillis(p.pid()));
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
