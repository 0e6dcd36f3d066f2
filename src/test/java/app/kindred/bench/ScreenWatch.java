package app.kindred.bench;

import java.awt.AWTException;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The start-up benchmark's outside view: starts each command and reads the X screen back until
 * something is drawn on it, without any help from the program (no marker). "Something drawn": the
 * band of 33 pixel rows across the middle of the screen holds two colours (an unpainted window,
 * like the empty screen, is one colour; text is two or more). On the benchmark's 1280x800 screen
 * the band crosses the kiosk welcome's lead line and the bare frame's label, both vertically
 * centred. One capture of the band costs ~1.5 ms; polling every 3 ms loads the machine the same
 * for both programs.
 *
 * <p>Run by {@link StartupBenchmark} in its own JVM on the benchmark's display, so that this JVM's
 * start is not measured: {@code ScreenWatch ROUNDS CMD1 -- CMD2 -- ...}. Prints one line per launch,
 * {@code INDEX MILLIS}, alternating the commands each round.
 */
public final class ScreenWatch {
    private static final int BAND = 33;

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        List<List<String>> commands = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String a : Arrays.asList(args).subList(1, args.length)) {
            if (a.equals("--")) {
                commands.add(current);
                current = new ArrayList<>();
            } else {
                current.add(a);
            }
        }
        commands.add(current);
        ScreenWatch watch = new ScreenWatch();
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < commands.size(); i++) {
                System.out.println(i + " " + watch.timeToFirstDrawing(commands.get(i)));
            }
        }
    }

    private final Robot robot;
    private final Rectangle band;

    private ScreenWatch() throws AWTException {
        robot = new Robot();
        java.awt.Dimension screen = Toolkit.getDefaultToolkit().getScreenSize();
        band = new Rectangle(0, screen.height / 2 - BAND / 2, screen.width, BAND);
    }

    /** Milliseconds from starting the command to the first drawing on the screen; the process is then ended. */
    long timeToFirstDrawing(List<String> command) throws IOException, InterruptedException {
        waitForEmptyScreen();
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            while (!drawn()) {
                if (!p.isAlive() || System.nanoTime() - start > TimeUnit.SECONDS.toNanos(30)) {
                    throw new IOException("nothing was drawn by " + String.join(" ", command));
                }
                Thread.sleep(3);
            }
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        } finally {
            p.destroy();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
    }

    private void waitForEmptyScreen() throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (drawn()) {
            if (System.nanoTime() > deadline) {
                throw new IOException("the screen is not empty (another window is open on this display)");
            }
            Thread.sleep(20);
        }
        Thread.sleep(100);
    }

    private boolean drawn() {
        BufferedImage image = robot.createScreenCapture(band);
        int[] pixels = image.getRGB(0, 0, band.width, band.height, null, 0, band.width);
        for (int p : pixels) {
            if (p != pixels[0]) {
                return true;
            }
        }
        return false;
    }
}
