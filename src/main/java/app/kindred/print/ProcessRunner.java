package app.kindred.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs one CUPS command-line tool with a hard time limit. A tool that is not installed and a tool
 * that hangs (cupsd frozen, a network queue that never answers) both become a {@link PrintSystemException}
 * instead of a stuck thread.
 */
final class ProcessRunner {
    /** What a finished command said. */
    record Result(int exitCode, String out, String err) {
        String both() {
            return (out + "\n" + err).strip();
        }
    }

    // Readers for stdout/stderr: a full pipe must never block the tool we are waiting for.
    private static final ExecutorService READERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "kindred-print-pipe");
        t.setDaemon(true);
        return t;
    });

    private final Path binDir;
    private final Map<String, String> environment;

    /**
     * @param binDir where the tools live, or null to search the PATH
     * @param environment extra variables (e.g. {@code CUPS_SERVER}); the locale is always forced to C
     *     because we read the tools' English output
     */
    ProcessRunner(Path binDir, Map<String, String> environment) {
        this.binDir = binDir;
        this.environment = Map.copyOf(environment);
    }

    Result run(Duration timeout, String tool, String... args) throws PrintSystemException {
        List<String> command = new ArrayList<>();
        command.add(binDir == null ? tool : binDir.resolve(tool).toString());
        command.addAll(List.of(args));
        if (binDir != null && !Files.isExecutable(binDir.resolve(tool))) {
            throw new PrintSystemException(Problem.TOOL_MISSING, tool);
        }
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("LANG", "C");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            // "Cannot run program "lp": error=2, No such file or directory"
            throw new PrintSystemException(Problem.TOOL_MISSING, tool, e);
        }
        CompletableFuture<String> out = drain(process.getInputStream());
        CompletableFuture<String> err = drain(process.getErrorStream());
        try {
            process.getOutputStream().close();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new PrintSystemException(Problem.TIMEOUT,
                        tool + " did not answer within " + timeout.toMillis() + " ms");
            }
            return new Result(process.exitValue(), out.join(), err.join());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new PrintSystemException(Problem.TIMEOUT, tool + " was interrupted", e);
        } catch (IOException e) {
            process.destroyForcibly();
            throw new PrintSystemException(Problem.SUBMIT_FAILED, tool + ": " + e.getMessage(), e);
        }
    }

    private static CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, READERS).exceptionally(e -> "");
    }
}
