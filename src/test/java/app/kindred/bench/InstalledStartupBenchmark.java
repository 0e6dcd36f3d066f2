package app.kindred.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The installed package's launcher ({@code /usr/bin/kindred}, from scripts/package.sh: its
 * own runtime, the tuned options and the class-data archive in its .cfg) to the kiosk's first frame,
 * against a bare JFrame on the same runtime ({@code /opt/kindred/lib/runtime/bin/java}). Both get
 * the ready marker through JAVA_TOOL_OPTIONS, which the launcher's JVM reads (the launcher takes no
 * JVM options), so both pay the same for it. Run {@code scripts/bench.sh installed} with the
 * package installed; without it, one row says so.
 */
public final class InstalledStartupBenchmark implements Benchmark {
    private static final Path LAUNCHER = Path.of("/usr/bin/kindred");
    private static final Path RUNTIME_JAVA = Path.of("/opt/kindred/lib/runtime/bin/java");
    private static final int RUNS = 11;

    @Override
    public String name() {
        return "installed";
    }

    @Override
    public List<Row> run() throws Exception {
        if (!Files.isExecutable(LAUNCHER) || !Files.isExecutable(RUNTIME_JAVA)) {
            return List.of(Row.of("installed launcher: not installed (scripts/package.sh, then apt install ./target/package/kindred_*.deb)",
                    Double.NaN, Double.NaN, "ms", "<= 1.3x bare JFrame", false));
        }
        Path home = Files.createTempDirectory("kindred-bench-installed-");
        List<String> kiosk = List.of(LAUNCHER.toString());
        List<String> bare = List.of(RUNTIME_JAVA.toString(), "-cp", Path.of("target/test-classes").toString(),
                "app.kindred.bench.BareFrame");
        double[] k = new double[RUNS];
        double[] b = new double[RUNS];
        try (VirtualDisplay display = VirtualDisplay.open()) {
            launch(bare, display, home);
            launch(kiosk, display, home);
            for (int i = 0; i < RUNS; i++) {
                b[i] = launch(bare, display, home);
                k[i] = launch(kiosk, display, home);
            }
        }
        double k50 = StartupBenchmark.median(k);
        double b50 = StartupBenchmark.median(b);
        return List.of(Row.of("launch to first frame, installed launcher (/usr/bin/kindred) vs bare JFrame on its runtime",
                k50, b50, "ms", "<= 1.3x bare JFrame", k50 <= 1.3 * b50));
    }

    private static double launch(List<String> command, VirtualDisplay display, Path home)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("DISPLAY", display.name());
        pb.environment().put("KINDRED_HOME", home.toString());
        pb.environment().put("JAVA_TOOL_OPTIONS", "-Dkindred.readyMarker=true");
        long start = System.nanoTime();
        Process p = pb.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.contains("KINDRED_READY")) {
                    return (System.nanoTime() - start) / 1e6;
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
}
