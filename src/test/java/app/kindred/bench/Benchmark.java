package app.kindred.bench;

import java.util.List;

/**
 * One benchmark: measures Kindred and a reference in the same run (these machines are noisy, so
 * only the ratio means much) and returns rows for the table that {@link BenchMain} prints.
 */
public interface Benchmark {
    /** Short name used on the command line, e.g. "clock". */
    String name();

    List<Row> run() throws Exception;

    /** One metric. {@code ratio} is kindred / reference where that makes sense, else NaN. */
    record Row(String metric, String kindred, String reference, double ratio, String goal, boolean met) {
        public static Row of(String metric, double kindred, double reference, String unit, String goal, boolean met) {
            return new Row(metric, fmt(kindred) + " " + unit, fmt(reference) + " " + unit,
                    reference == 0 ? Double.NaN : kindred / reference, goal, met);
        }

        private static String fmt(double v) {
            return Math.abs(v) >= 100 ? String.format("%.0f", v) : String.format("%.2f", v);
        }
    }
}
