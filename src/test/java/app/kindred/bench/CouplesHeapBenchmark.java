package app.kindred.bench;

import java.util.List;

/**
 * Heap in use (after full collections) once 200 couples went through a whole exercise on a fake
 * clock, against once 10 had: nothing of a couple may stay behind (goal: within 10 %).
 */
public final class CouplesHeapBenchmark implements Benchmark {
    @Override
    public String name() {
        return "couples-heap";
    }

    @Override
    public List<Row> run() throws Exception {
        try (VirtualDisplay display = VirtualDisplay.open()) {
            List<String> lines = KioskProbes.run(display, "couples", "10", "200");
            double after10 = 0;
            double after200 = 0;
            for (String l : lines) {
                if (l.startsWith("HEAP_AFTER 10 ")) {
                    after10 = Long.parseLong(l.substring("HEAP_AFTER 10 ".length())) / 1048576.0;
                } else if (l.startsWith("HEAP_AFTER 200 ")) {
                    after200 = Long.parseLong(l.substring("HEAP_AFTER 200 ".length())) / 1048576.0;
                }
            }
            return List.of(Row.of("heap after 200 couples vs after 10", after200, after10, "MiB",
                    "<= 1.10x after 10", after200 <= 1.10 * after10));
        }
    }
}
