package app.kindred.bench;

import app.kindred.content.ContentLoader;
import app.kindred.content.ContentRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * How long loading and checking the shipped content takes, against just parsing the same files
 * with no checks at all (SnakeYAML's plain {@code load} and commonmark). Cold numbers are taken in a
 * fresh JVM each time, because that is what the kiosk pays at start; warm numbers after warm-up.
 */
public final class ContentLoadBenchmark implements Benchmark {
    private static final int COLD_RUNS = 5;
    private static final int WARM_RUNS = 30;

    @Override
    public String name() {
        return "content";
    }

    @Override
    public List<Row> run() throws Exception {
        Path root = ContentRoot.locate().toAbsolutePath();
        double coldKindred = medianOfChildren("kindred", root);
        double coldPlain = medianOfChildren("plain", root);
        for (int i = 0; i < 10; i++) {
            loadKindred(root);
            loadPlain(root);
        }
        double[] kindred = new double[WARM_RUNS];
        double[] plain = new double[WARM_RUNS];
        for (int i = 0; i < WARM_RUNS; i++) {
            kindred[i] = loadKindred(root);
            plain[i] = loadPlain(root);
        }
        double warmKindred = median(kindred);
        double warmPlain = median(plain);
        return List.of(
                Row.of("content load, fresh JVM (ms)", coldKindred, coldPlain, "ms", "< 1.5x plain parse",
                        coldKindred < 1.5 * coldPlain),
                Row.of("content load, warm (ms)", warmKindred, warmPlain, "ms", "< 4x plain parse",
                        warmKindred < 4 * warmPlain));
    }

    private static double loadKindred(Path root) {
        long t0 = System.nanoTime();
        ContentLoader.Result r = ContentLoader.load(root);
        if (r.fileCount() == 0) {
            throw new IllegalStateException("no content under " + root);
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    /** The floor: read and parse every file, check nothing. */
    private static double loadPlain(Path root) throws IOException {
        long t0 = System.nanoTime();
        org.yaml.snakeyaml.Yaml yaml = new org.yaml.snakeyaml.Yaml();
        org.commonmark.parser.Parser markdown = org.commonmark.parser.Parser.builder()
                .extensions(List.of(org.commonmark.ext.gfm.tables.TablesExtension.create())).build();
        int n = 0;
        for (String folder : List.of("exercises", "exercises/decks", "exercises/programmes", "handouts")) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(Files::isRegularFile).toList()) {
                    String text = Files.readString(p);
                    if (p.toString().endsWith(".md")) {
                        markdown.parse(text);
                    } else {
                        yaml.load(text);
                    }
                    n++;
                }
            }
        }
        if (n == 0) {
            throw new IllegalStateException("no content under " + root);
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double medianOfChildren(String mode, Path root) throws Exception {
        double[] times = new double[COLD_RUNS];
        for (int i = 0; i < COLD_RUNS; i++) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Cold.class.getName(), mode, root.toString())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("cold run failed: " + out);
            }
            times[i] = Double.parseDouble(out);
        }
        return median(times);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    /** One load in a fresh JVM; prints the milliseconds it took (JVM start excluded). */
    public static final class Cold {
        public static void main(String[] args) throws Exception {
            Path root = Path.of(args[1]);
            double ms = args[0].equals("kindred") ? loadKindred(root) : loadPlain(root);
            System.out.println(ms);
        }
    }
}
