package app.kindred.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Runs every benchmark, or those named on the command line, and prints one table:
 * metric, Kindred, reference, ratio, goal. Started by {@code scripts/bench.sh [NAME...]}.
 */
public final class BenchMain {
    public static void main(String[] args) throws Exception {
        List<Benchmark> chosen = new ArrayList<>();
        for (Benchmark b : ServiceLoader.load(Benchmark.class)) {
            if (args.length == 0 || List.of(args).contains(b.name())) {
                chosen.add(b);
            }
        }
        if (chosen.isEmpty()) {
            System.err.println("No benchmark named " + String.join(", ", args) + ". Known: " + known());
            System.exit(2);
        }
        List<Benchmark.Row> rows = new ArrayList<>();
        for (Benchmark b : chosen) {
            System.err.println("running " + b.name() + " ...");
            rows.addAll(b.run());
        }
        String fmt = "%-48s %16s %16s %8s  %-28s %s%n";
        System.out.printf(fmt, "metric", "Kindred", "reference", "ratio", "goal", "");
        for (Benchmark.Row r : rows) {
            System.out.printf(fmt, r.metric(), r.kindred(), r.reference(),
                    Double.isNaN(r.ratio()) ? "-" : String.format("%.2f", r.ratio()), r.goal(), r.met() ? "met" : "MISSED");
        }
    }

    private static String known() {
        List<String> names = new ArrayList<>();
        ServiceLoader.load(Benchmark.class).forEach(b -> names.add(b.name()));
        return String.join(", ", names);
    }
}
