package app.kindred.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The X display benchmarks draw on: the current one, or a private Xvfb started for the run (so
 * {@code scripts/bench.sh} works on a machine without a screen).
 */
final class VirtualDisplay implements AutoCloseable {
    private final String name;
    private final Process xvfb;

    private VirtualDisplay(String name, Process xvfb) {
        this.name = name;
        this.xvfb = xvfb;
    }

    static VirtualDisplay open() throws IOException, InterruptedException {
        String current = System.getenv("DISPLAY");
        if (current != null && !current.isBlank()) {
            return new VirtualDisplay(current, null);
        }
        return openPrivate();
    }

    /** Always a new Xvfb of its own (1280x800), e.g. for an empty screen to read back. */
    static VirtualDisplay openPrivate() throws IOException, InterruptedException {
        return openPrivate(1280, 800);
    }

    /** Always a new Xvfb of its own, of this size. */
    static VirtualDisplay openPrivate(int width, int height) throws IOException, InterruptedException {
        for (int n = 90; n < 120; n++) {
            if (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                continue;
            }
            Process p = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", width + "x" + height + "x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            for (int i = 0; i < 50 && !Files.exists(Path.of("/tmp/.X11-unix/X" + n)); i++) {
                Thread.sleep(100);
            }
            if (p.isAlive()) {
                return new VirtualDisplay(":" + n, p);
            }
        }
        throw new IOException("No display and Xvfb could not be started (install xvfb)");
    }

    String name() {
        return name;
    }

    @Override
    public void close() {
        if (xvfb != null) {
            xvfb.destroy();
        }
    }
}
