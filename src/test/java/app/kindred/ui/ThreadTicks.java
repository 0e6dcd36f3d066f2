package app.kindred.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Each thread's CPU from {@code /proc/self/task} (Linux), the JVM's own threads included (garbage
 * collector, JIT compilers), for the benchmarks' breakdown of where a process's CPU went. Clock ticks
 * are 10 ms here, so a thread's figure over 60 s is good to about 0.02 % of a core.
 */
final class ThreadTicks {
    private static final double TICK_MS = 10.0;

    private ThreadTicks() {
    }

    /** Ticks (user + system) by "tid name"; empty where there is no /proc. */
    static Map<String, Long> read() {
        Map<String, Long> ticks = new HashMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return ticks;
        }
        try (Stream<Path> list = Files.list(tasks)) {
            list.forEach(task -> {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(stat.indexOf('(') + 1, close);
                    String[] f = stat.substring(close + 2).split(" ");
                    // After the name: state is field 0, utime field 11, stime field 12.
                    ticks.put(task.getFileName() + " " + name, Long.parseLong(f[11]) + Long.parseLong(f[12]));
                } catch (IOException | RuntimeException gone) {
                    // The thread ended while being read.
                }
            });
        } catch (IOException e) {
            return ticks;
        }
        return ticks;
    }

    /** Prints {@code THREAD_PERCENT name pct} for each thread that used CPU between the two readings. */
    static void print(Map<String, Long> before, Map<String, Long> after, long wallNanos) {
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.out.printf("THREAD_PERCENT %s %.3f%n",
                        e.getKey().substring(e.getKey().indexOf(' ') + 1).replace(' ', '_'),
                        100.0 * e.getValue() * TICK_MS * 1e6 / wallNanos));
    }
}
