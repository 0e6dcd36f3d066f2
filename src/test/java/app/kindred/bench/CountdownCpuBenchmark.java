package app.kindred.bench;

import java.util.List;

/**
 * CPU of the whole kiosk process while an exercise counts down in real time for 60 s (goal: at
 * most 2 % of one core), beside the same kiosk resting on its welcome screen. Also checks the
 * countdown repainted about once a second, not more.
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
            return List.of(
                    Row.of("CPU while a countdown runs 60 s (% of one core)", runPct, idlePct, "%", "<= 2 %", runPct <= 2.0),
                    new Row("countdown repaints in 60 s", String.valueOf(repaints), "60 (one a second)",
                            repaints / 60.0, "<= 61", repaints <= SECONDS + 1));
        }
    }
}
