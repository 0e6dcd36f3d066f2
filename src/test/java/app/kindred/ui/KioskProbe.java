package app.kindred.ui;

import app.kindred.bench.TapTimer;
import app.kindred.ui.kiosk.ExerciseScreen;
import app.kindred.ui.kiosk.KioskApp;
import app.kindred.ui.kiosk.KioskHarness;
import app.kindred.ui.kiosk.WelcomeScreen;
import java.awt.GraphicsEnvironment;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.util.List;
import javax.swing.SwingUtilities;

/**
 * The kiosk in a process of its own, for the benchmarks (never a test):
 * <ul>
 * <li>{@code countdown SECONDS}: a real-time exercise of the shipped content counting down; prints
 *     the process CPU used over SECONDS, by thread too, and how often the countdown repainted;</li>
 * <li>{@code idle SECONDS}: the same on the welcome screen (the reference);</li>
 * <li>{@code couples N1 N2}: N2 couples through a whole exercise on a fake clock; prints the heap
 *     in use after N1 and after N2 couples.</li>
 * <li>{@code tap ROUNDS}: at the scale that fits the screen, taps Start on the welcome and Continue
 *     on the names screen with a real pointer, ROUNDS times; prints {@code TAP_MS n} for each, the time
 *     from the press to the next screen's first paint on the screen (its arrival included: the
 *     first frame of the fade counts, as a couple sees it).</li>
 * </ul>
 */
public final class KioskProbe {
    /** Shipped; its first step is three minutes with a prompt card, so the 63 s measured stay in it. */
    private static final String COUNTDOWN_EXERCISE = "what-matters-most";

    public static void main(String[] args) {
        try {
            probe(args);
            System.exit(0);
        } catch (Throwable t) {
            // Visible AWT windows keep a JVM alive: always exit, and say why on stdout for the parent.
            System.out.println("PROBE_FAILED " + t);
            t.printStackTrace(System.out);
            System.exit(1);
        }
    }

    private static void probe(String[] args) throws Exception {
        String mode = args[0];
        KioskHarness harness = new KioskHarness(Files.createTempDirectory("kindred-probe-"));
        if (mode.equals("countdown") || mode.equals("idle")) {
            // What a couple would run: the shipped exercises, a step with a prompt card, sentence starters
            // and a three-minute countdown.
            harness.library = java.util.concurrent.CompletableFuture.completedFuture(Screenshots.shippedContent());
        }
        boolean realTime = !mode.equals("couples");
        KioskApp[] app = new KioskApp[1];
        SwingUtilities.invokeAndWait(() -> {
            Theme.LIGHT.install(mode.equals("tap") ? Theme.scaleFor(null, null) : 100);
            app[0] = KioskApp.create(realTime ? harness.realTimeOptions() : harness.options());
            app[0].show(GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice(), null);
        });
        switch (mode) {
            case "countdown", "idle" -> cpu(app[0], mode.equals("countdown"), Integer.parseInt(args[1]));
            case "couples" -> couples(app[0], harness, Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            case "tap" -> {
                // "tap N still": the same with reduce motion on (the screens simply appear).
                Motion.setReduced(args.length > 2 && args[2].equals("still"));
                taps(app[0], Integer.parseInt(args[1]));
            }
            default -> throw new IllegalArgumentException(mode);
        }
    }

    private static void cpu(KioskApp app, boolean countdown, int seconds) throws Exception {
        if (countdown) {
            SwingUtilities.invokeAndWait(() -> {
                ScreenTour.click(app, "welcome.start");
                ScreenTour.click(app, "who.next");
                ScreenTour.click(app, "choose.card.exercise." + COUNTDOWN_EXERCISE);
            });
        }
        Thread.sleep(3000);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        int repaints0 = SwingUtilities.isEventDispatchThread() ? 0 : repaints(app);
        java.util.Map<String, Long> threads0 = ThreadTicks.read();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        long cpu = os.getProcessCpuTime() - cpu0;
        long wall = System.nanoTime() - t0;
        java.util.Map<String, Long> threads = ThreadTicks.read();
        int repaints = repaints(app) - repaints0;
        System.out.printf("CPU_PERCENT %.3f%n", 100.0 * cpu / wall);
        System.out.println("REPAINTS " + repaints);
        ThreadTicks.print(threads0, threads, wall);
    }

    private static void taps(KioskApp app, int rounds) throws Exception {
        TapTimer timer = new TapTimer();
        int width = java.awt.Toolkit.getDefaultToolkit().getScreenSize().width;
        String[][] taps = {{"welcome.start", "welcome.title"}, {"who.next", "who.title"}};
        for (int r = 0; r < rounds; r++) {
            SwingUtilities.invokeAndWait(() -> {
                app.navigator().show(WelcomeScreen.ID);
                app.navigator().settle();
            });
            Thread.sleep(300); // painted and quiet (a benchmark, not a test)
            for (String[] tap : taps) {
                java.awt.Point[] at = new java.awt.Point[1];
                java.awt.Rectangle[] band = new java.awt.Rectangle[1];
                SwingUtilities.invokeAndWait(() -> {
                    java.awt.Component button = ScreenTour.find(app.frame().frame().getRootPane(), tap[0]);
                    java.awt.Component title = ScreenTour.find(app.frame().frame().getRootPane(), tap[1]);
                    java.awt.Point p = button.getLocationOnScreen();
                    at[0] = new java.awt.Point(p.x + button.getWidth() / 2, p.y + button.getHeight() / 2);
                    band[0] = TapTimer.bandAcross(
                            new java.awt.Rectangle(title.getLocationOnScreen(), title.getSize()), width);
                });
                System.out.println("TAP_MS " + timer.tap(at[0], band[0]));
                Thread.sleep(300); // the arrival is over
            }
        }
    }

    private static int repaints(KioskApp app) throws Exception {
        int[] n = new int[1];
        SwingUtilities.invokeAndWait(() -> {
            n[0] = app.navigator().built(ExerciseScreen.ID)
                    ? app.navigator().screen(ExerciseScreen.ID, ExerciseScreen.class).countdown().repaintCount() : 0;
        });
        return n[0];
    }

    private static void couples(KioskApp app, KioskHarness harness, int first, int total) throws Exception {
        List<ScreenTour.Stop> stops = ScreenTour.stops().stream()
                .filter(s -> !s.name().equals("welcome") && !s.name().equals("idle")).toList();
        for (int i = 1; i <= total; i++) {
            for (ScreenTour.Stop stop : stops) {
                if (stop.name().equals("goodbye")) {
                    // The take-home "printing" runs on another thread; wait for its outcome as a couple would.
                    awaitShowing(app, "print.done");
                }
                SwingUtilities.invokeAndWait(() -> stop.go().accept(app, harness));
            }
            SwingUtilities.invokeAndWait(() -> ScreenTour.click(app, "goodbye.again"));
            if (i == first || i == total) {
                System.out.println("HEAP_AFTER " + i + " " + usedHeapAfterGc());
            }
        }
    }

    private static void awaitShowing(KioskApp app, String name) throws Exception {
        for (int i = 0; i < 500; i++) {
            boolean[] shown = new boolean[1];
            SwingUtilities.invokeAndWait(() -> shown[0] = ScreenTour.showing(app, name));
            if (shown[0]) {
                return;
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException(name + " never appeared");
    }

    private static long usedHeapAfterGc() throws Exception {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(200);
            SwingUtilities.invokeAndWait(() -> { });
            used = Math.min(used, mem.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
