package app.kindred.print;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A cupsd of the test's own: its own configuration, spool and socket in a temporary folder, with a
 * cups-pdf queue called {@code PDF}. Fault tests stop, freeze, disable and reject this one, so the
 * machine's shared cupsd (and other people's tests) never notice. The test started it, so it may
 * stop it, by its process id.
 */
final class PrivateCups implements AutoCloseable {
    static final String QUEUE = "PDF";

    private final Path dir;
    private final Path socket;
    private Process cupsd;

    private PrivateCups(Path dir) {
        this.dir = dir;
        this.socket = dir.resolve("cups.sock");
    }

    /** Null if a private cupsd can run here, else why not in plain words. */
    static String whyNot() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return "a private cupsd with the cups-pdf backend needs root (cups-pdf runs as root)";
        }
        if (!Files.isExecutable(Path.of("/usr/sbin/cupsd"))) {
            return "cupsd is not installed (/usr/sbin/cupsd)";
        }
        if (!Files.exists(Path.of("/usr/lib/cups/backend/cups-pdf"))) {
            return "the cups-pdf backend is not installed (printer-driver-cups-pdf)";
        }
        return null;
    }

    static PrivateCups start(Path dir) throws Exception {
        PrivateCups c = new PrivateCups(dir);
        c.configure();
        c.launch();
        Shell.run(c.env(), "lpadmin", "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-m", "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd");
        return c;
    }

    Map<String, String> env() {
        return Map.of("CUPS_SERVER", socket.toString());
    }

    CupsCommandLine system(Duration timeout) {
        return new CupsCommandLine(null, env(), timeout);
    }

    /** Like {@code systemctl stop cups}: the scheduler is gone; queues survive in its configuration. */
    void stop() throws Exception {
        cupsd.destroy();
        if (!cupsd.waitFor(10, TimeUnit.SECONDS)) {
            cupsd.destroyForcibly().waitFor();
        }
    }

    void restart() throws Exception {
        launch();
    }

    /** A hung cupsd: it holds connections and answers nothing (SIGSTOP). */
    void freeze() throws Exception {
        Shell.run(Map.of(), "kill", "-STOP", Long.toString(cupsd.pid()));
    }

    void thaw() throws Exception {
        Shell.run(Map.of(), "kill", "-CONT", Long.toString(cupsd.pid()));
    }

    void disable(String reason) throws Exception {
        Shell.run(env(), "cupsdisable", "-r", reason, QUEUE);
    }

    void enable() throws Exception {
        Shell.run(env(), "cupsenable", QUEUE);
    }

    void reject(String reason) throws Exception {
        Shell.run(env(), "cupsreject", "-r", reason, QUEUE);
    }

    void accept() throws Exception {
        Shell.run(env(), "cupsaccept", QUEUE);
    }

    /** Jobs this cupsd still holds (pending, held, processing), as lpstat lists them. */
    String pendingJobs() throws Exception {
        return Shell.run(env(), "lpstat", "-o", QUEUE).strip();
    }

    @Override
    public void close() throws Exception {
        if (cupsd != null && cupsd.isAlive()) {
            thaw();
            stop();
        }
    }

    private void configure() throws IOException {
        for (String sub : List.of("spool/tmp", "cache", "state", "log", "ppd")) {
            Files.createDirectories(dir.resolve(sub));
        }
        // cupsd refuses a world-writable server root, and its filters run as user "lp", who must reach
        // the spool: JUnit's temporary folders are owner-only ("Unable to copy PDF file: Permission denied").
        for (Path p = dir; p != null && p.startsWith(dir.getParent()); p = p.getParent()) {
            Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        StringBuilder conf = new StringBuilder();
        for (String line : Files.readAllLines(Path.of("/etc/cups/cupsd.conf"))) {
            String t = line.strip();
            if (!t.startsWith("Listen") && !t.startsWith("Port") && !t.startsWith("Browsing")
                    && !t.startsWith("BrowseLocalProtocols") && !t.startsWith("IdleExitTimeout")) {
                conf.append(line).append('\n'); // keep the machine's policies (who may do what)
            }
        }
        conf.append("Listen ").append(socket).append("\nBrowsing No\n");
        Files.writeString(dir.resolve("cupsd.conf"), conf);
        Files.writeString(dir.resolve("cups-files.conf"), String.join("\n",
                "SystemGroup root lpadmin",
                "ServerRoot " + dir,
                "RequestRoot " + dir.resolve("spool"),
                "CacheDir " + dir.resolve("cache"),
                "StateDir " + dir.resolve("state"),
                "TempDir " + dir.resolve("spool/tmp"),
                "AccessLog " + dir.resolve("log/access_log"),
                "ErrorLog " + dir.resolve("log/error_log"),
                "PageLog " + dir.resolve("log/page_log"), ""));
    }

    private void launch() throws Exception {
        Process started = new ProcessBuilder("/usr/sbin/cupsd", "-f", "-c", dir.resolve("cupsd.conf").toString(),
                "-s", dir.resolve("cups-files.conf").toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("log/cupsd.out").toFile())
                .start();
        cupsd = started;
        // If the test JVM is stopped before @AfterEach runs, our cupsd must not outlive it.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            started.destroy();
        }));
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (Files.exists(socket) && system(Duration.ofSeconds(2)).queueState(QUEUE).schedulerRunning()) {
                return;
            }
            if (!cupsd.isAlive()) {
                throw new AssertionError("private cupsd exited: " + Files.readString(dir.resolve("log/cupsd.out")));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("private cupsd did not answer within 10 s");
    }
}
