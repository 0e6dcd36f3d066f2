package app.kindred.app;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A plain {@code java -jar target/kindred.jar} starts the kiosk the way kindred.sh does: in a JVM
 * started with the options and start-up cache that {@code scripts/kiosk-jvm.sh} names (on these
 * machines the kiosk's first frame came in about 0.7x the time of a plain start), and this JVM only waits
 * for it and passes its exit code on.
 *
 * <p>It does so only when it can tell exactly what it would be doing, and otherwise the kiosk simply
 * starts here: the jar is {@code target/kindred.jar} beside {@code scripts/kiosk-jvm.sh}; the JVM was
 * started with {@code -jar} and given no options but {@code -D} properties (those are passed on; any
 * other option means someone chose this JVM's settings); and it is not already the tuned JVM
 * (kiosk-jvm.sh names it with {@value #PROPERTY}).
 */
final class TunedJvm {
    static final String PROPERTY = "kindred.jvm";

    private TunedJvm() {
    }

    /**
     * Runs the kiosk in the tuned JVM and returns its exit code, or empty when this JVM should run
     * it itself (already tuned, options chosen by hand, no scripts beside the jar, or the relaunch failed).
     */
    static Optional<Integer> runKiosk(String[] args) {
        if (System.getProperty(PROPERTY) != null) {
            return Optional.empty();
        }
        Process child;
        try {
            List<String> arguments = ProcessHandle.current().info().arguments().map(List::of).orElse(List.of());
            Optional<List<String>> command = command(arguments, jar(), List.of(args));
            if (command.isEmpty()) {
                return Optional.empty();
            }
            child = new ProcessBuilder(command.get()).inheritIO().start();
        } catch (IOException | InterruptedException | RuntimeException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return Optional.empty();
        }
        // From here on the kiosk runs in the child: never a second one here, whatever happens.
        // Ctrl+C or a kill of this process ends the kiosk too; it exits as it always does (its own hook).
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child), "kindred-tuned-jvm-stop"));
        try {
            return Optional.of(child.waitFor());
        } catch (InterruptedException e) {
            stop(child);
            Thread.currentThread().interrupt();
            return Optional.of(child.isAlive() ? 1 : child.exitValue());
        }
    }

    private static void stop(Process child) {
        if (child.isAlive()) {
            child.destroy();
            try {
                child.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The tuned JVM's command line for a JVM started with these arguments from this jar, or empty
     * when that JVM should run the kiosk itself.
     */
    static Optional<List<String>> command(List<String> arguments, Path jar, List<String> args)
            throws IOException, InterruptedException {
        Optional<List<String>> ours = jvmOptions(arguments);
        if (ours.isEmpty() || jar == null || jar.getParent() == null || jar.getParent().getParent() == null) {
            return Optional.empty();
        }
        Path root = jar.getParent().getParent();
        Path script = root.resolve("scripts").resolve("kiosk-jvm.sh");
        if (!jar.getParent().getFileName().toString().equals("target") || !Files.isRegularFile(script)) {
            return Optional.empty();
        }
        Process p = new ProcessBuilder("bash", script.toString()).directory(root.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            return Optional.empty();
        }
        List<String> tuned = out.lines().filter(l -> !l.isBlank()).toList();
        if (tuned.isEmpty() || tuned.stream().noneMatch(l -> l.equals("-D" + PROPERTY + "=tuned"))) {
            return Optional.empty();
        }
        return Optional.of(commandLine(tuned, ours.get(), root, jar, args));
    }

    /**
     * The tuned JVM's command line: kiosk-jvm.sh's java and options (paths in them are relative to
     * the project's root), then this JVM's own {@code -D} options, then the jar. The default
     * {@code java} is this JVM's own executable. The program's arguments follow the jar.
     */
    static List<String> commandLine(List<String> tuned, List<String> ownOptions, Path root, Path jar, List<String> args) {
        List<String> cmd = new ArrayList<>();
        String java = tuned.get(0);
        cmd.add(java.equals("java") ? Path.of(System.getProperty("java.home"), "bin", "java").toString()
                : root.resolve(java).toString());
        for (String option : tuned.subList(1, tuned.size())) {
            cmd.add(absolute(absolute(option, "-XX:AOTCache=", root), "-XX:SharedArchiveFile=", root));
        }
        cmd.addAll(ownOptions);
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.addAll(args);
        return cmd;
    }

    private static String absolute(String option, String prefix, Path root) {
        return option.startsWith(prefix) ? prefix + root.resolve(option.substring(prefix.length())) : option;
    }

    /**
     * This JVM's options when it was started as {@code java [-Dkey=value...] -jar JAR [ARGS]}; empty
     * for any other command line.
     */
    static Optional<List<String>> jvmOptions(List<String> arguments) {
        int jarAt = arguments.indexOf("-jar");
        if (jarAt < 0 || arguments.size() < jarAt + 2) {
            return Optional.empty();
        }
        List<String> options = arguments.subList(0, jarAt);
        return options.stream().allMatch(o -> o.startsWith("-D")) ? Optional.of(List.copyOf(options)) : Optional.empty();
    }

    /** The jar this class was loaded from, or null when it was not loaded from a jar. */
    private static Path jar() {
        try {
            var source = TunedJvm.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            File file = new File(source.getLocation().toURI());
            return file.isFile() && file.getName().endsWith(".jar") ? file.toPath().toAbsolutePath() : null;
        } catch (java.net.URISyntaxException | SecurityException e) {
            return null;
        }
    }
}
