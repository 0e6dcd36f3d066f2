package app.kindred.bench;

import java.util.List;

/**
 * CPU of the whole kiosk process while an exercise counts down in real time for 60 s, motion
 * included (the screens' arrival runs on the way there; while a step runs nothing else moves), beside
 * the same kiosk resting on its welcome screen, both in a JVM with the options the kiosk ships with
 * ({@link KioskProbes}). Goal (issue 15): at most 1 % of one core. Also checks
 * the countdown repainted about once a second, not more. Everything the process does counts: the
 * session clock, the crash journal's checkpoint every second, the JIT still compiling. The CPU by
 * thread goes to standard error below the "running" line.
 */
public final class CountdownCpuBenchmark implements Benchmark {
    private static final int SECONDS = 60;

    @Override
    public String name() {
        return "countdown-cpu";
    }

    @Override
    public List<Row> run() throws Exception {
        try (VirtualDisplay display = VirtualDisplay.open()) {
            List<String> idle = KioskProbes.run(display, "idle", String.valueOf(SECONDS));
            List<String> running = KioskProbes.run(display, "countdown", String.valueOf(SECONDS));
            double idlePct = Double.parseDouble(KioskProbes.value(idle, "CPU_PERCENT"));
            double runPct = Double.parseDouble(KioskProbes.value(running, "CPU_PERCENT"));
            int repaints = Integer.parseInt(KioskProbes.value(running, "REPAINTS"));
            // Where the countdown's CPU went, thread by thread (the JVM's own threads included).
            System.err.println("countdown-cpu by thread (% of one core): " + String.join(", ", running.stream()
                    .filter(l -> l.startsWith("THREAD_PERCENT ")).map(l -> l.substring("THREAD_PERCENT ".length()))
                    .toList()));
            return List.of(
                    Row.of("CPU while a countdown runs 60 s (% of one core)", runPct, idlePct, "%", "<= 1 %", runPct <= 1.0),
                    new Row("countdown repaints in 60 s", String.valueOf(repaints), "60 (one a second)",
                            repaints / 60.0, "<= 61", repaints <= SECONDS + 1));
        }
    }
}
