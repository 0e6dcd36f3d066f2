package app.kindred.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code app.kindred.ui.KioskProbe} (or a reference's main class) in a child JVM on the benchmark
 * display and collects its lines. The child JVM gets the options the kiosk ships with
 * ({@code scripts/kiosk-jvm.sh --options}: C1-only JIT, the serial collector, no periodic safepoints),
 * as the installed package and kindred.sh start it, so what is measured is the kiosk a couple uses;
 * a reference runs with the same options, so a ratio compares code, not JVM settings.
 */
final class KioskProbes {
    private KioskProbes() {
    }

    static List<String> run(VirtualDisplay display, String... args) throws IOException, InterruptedException {
        return runMain(display, "app.kindred.ui.KioskProbe", args);
    }

    /** Any main class of the benchmarks' class path in a child JVM, e.g. the tap benchmark's reference. */
    static List<String> runMain(VirtualDisplay display, Class<?> main, String... args) throws IOException, InterruptedException {
        return runMain(display, main.getName(), args);
    }

    private static List<String> runMain(VirtualDisplay display, String main, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(kioskOptions());
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), main));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("DISPLAY", display.name());
        Process p = pb.start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
            }
        }
        if (p.waitFor() != 0) {
            throw new IOException("probe " + String.join(" ", args) + " failed: " + String.join("\n", lines));
        }
        return lines;
    }

    /** The kiosk's JVM options, without any start-up cache (it would not match this class path). */
    static List<String> kioskOptions() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "scripts/kiosk-jvm.sh", "--options")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("scripts/kiosk-jvm.sh --options failed");
        }
        return out.lines().filter(l -> !l.isBlank()).toList();
    }

    static String value(List<String> lines, String key) {
        return lines.stream().filter(l -> l.startsWith(key + " ")).findFirst()
                .map(l -> l.substring(key.length() + 1)).orElseThrow(() -> new IllegalStateException("no " + key + " in " + lines));
    }
}
