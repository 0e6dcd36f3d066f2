package app.kindred.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A speech-dispatcher of a test's own (packages speech-dispatcher and speech-dispatcher-espeak-ng,
 * installed by scripts/setup.sh): its unix socket, configuration and log in a temporary folder,
 * the espeak-ng voice, and ALSA's "null" device as the sound card, so a machine without audio
 * synthesises the speech all the same. Log level 5 writes every message it receives and every
 * event of the voice (702 END once a text has been spoken) to speech-dispatcher.log.
 */
public final class PrivateSpeechDispatcher implements AutoCloseable {
    private static final Path DAEMON = Path.of("/usr/bin/speech-dispatcher");
    private final Path folder;
    private final Process process;

    public PrivateSpeechDispatcher(Path folder) throws IOException {
        assertThat(DAEMON).as("speech-dispatcher (scripts/setup.sh installs speech-dispatcher and "
                + "speech-dispatcher-espeak-ng)").isExecutable();
        this.folder = folder;
        Files.createDirectories(folder.resolve("conf/modules"));
        Files.createDirectories(folder.resolve("log"));
        Files.writeString(folder.resolve("conf/modules/espeak-ng.conf"), "");
        Files.writeString(folder.resolve("conf/speechd.conf"), String.join("\n",
                "LogLevel 5",
                "LogDir \"" + folder.resolve("log") + "\"",
                "AddModule \"espeak-ng\" \"sd_espeak-ng\" \"espeak-ng.conf\"",
                "DefaultModule espeak-ng",
                "AudioOutputMethod \"alsa\"",
                "AudioALSADevice \"null\"", // alsa-lib's built-in sink: no sound card needed
                ""));
        // -s: in the foreground, so this process is the daemon. -t counts from the start as well as
        // from the last client: with "-t 30" a kiosk that took over 30 s to open on a loaded machine
        // found the daemon gone before its first sentence (4 of 5 runs failed with nothing in the
        // log; reproduced with -t 2). 600 s outlasts any run and still ends an orphan if the test
        // JVM dies before close().
        process = new ProcessBuilder(DAEMON.toString(), "-s", "-l", "5", "-t", "600",
                "-L", folder.resolve("log").toString(), "-S", socket().toString(),
                "-C", folder.resolve("conf").toString(), "-P", folder.resolve("pid").toString())
                .directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("daemon.out").toFile()).start();
        waitFor("its socket " + socket(), () -> Files.exists(socket()) || !process.isAlive());
        assertThat(process.isAlive()).as("speech-dispatcher started; its output: %s", read(folder.resolve("daemon.out")))
                .isTrue();
    }

    public Path socket() {
        return folder.resolve("speechd.sock");
    }

    /** The environment that points spd-say at this service (and never at a session's own). */
    public Map<String, String> environment() {
        return Map.of("SPEECHD_ADDRESS", "unix_socket:" + socket());
    }

    public String log() {
        return read(folder.resolve("log/speech-dispatcher.log"));
    }

    /** Waits (at most 20 s) until the log shows what {@code test} looks for; fails with the log's tail. */
    public void waitForLog(String what, Predicate<String> test) {
        waitFor(what + " in speech-dispatcher's log", () -> test.test(log()));
    }

    private void waitFor(String what, java.util.function.BooleanSupplier done) {
        Instant end = Instant.now().plus(Duration.ofSeconds(20));
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                String log = log();
                String received = log.lines().filter(l -> l.contains("Queueing message") || l.contains(":DATA:|"))
                        .map(l -> l.substring(0, Math.min(240, l.length())))
                        .collect(java.util.stream.Collectors.joining("\n"));
                throw new AssertionError("waited 20 s for " + what + "; the log (" + log.length()
                        + " chars) has these messages and commands:\n" + received + "\nand ends:\n"
                        + log.substring(Math.max(0, log.length() - 1500)));
            }
            Thread.onSpinWait();
            try {
                process.waitFor(50, java.util.concurrent.TimeUnit.MILLISECONDS); // a poll, not a sleep-and-hope
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static String read(Path file) {
        try {
            // Decoded leniently: the daemon may be half-way through writing a character.
            return Files.exists(file) ? new String(Files.readAllBytes(file), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
