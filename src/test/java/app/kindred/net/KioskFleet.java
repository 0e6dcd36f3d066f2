package app.kindred.net;

import app.kindred.session.SessionEngine;
import app.kindred.session.SessionEvent;
import app.kindred.session.SystemClock;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Many simulated kiosks in one JVM, for the hub benchmark: pairs {@code n} kiosks, then prints one line
 * per engine pause or resume ("EVT kiosk nanoTime") and every {@value #SAMPLE_MS} ms each kiosk's
 * estimate of the hub's clock ("CLK kiosk nanoTime hubEstimate"). {@code System.nanoTime} is the
 * machine's monotonic clock on Linux, the same in every JVM, so the parent can compare. Ends when
 * standard input closes, or after ten minutes at most. Arguments: broker URL, n, pairing code, id.
 */
public final class KioskFleet {
    static final int SAMPLE_MS = 500;

    private KioskFleet() {
    }

    public static void main(String[] args) throws IOException {
        String url = args[0];
        int n = Integer.parseInt(args[1]);
        String code = args[2];
        int base = Integer.parseInt(args[3]) * n;
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, "UTF-8");
        List<KioskLink> links = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = base + i;
            SessionEngine engine = Rooms.engine();
            engine.addListener(e -> {
                if (e.type() == SessionEvent.Type.PAUSED || e.type() == SessionEvent.Type.RESUMED) {
                    long t = System.nanoTime();
                    synchronized (out) {
                        out.println("EVT " + k + " " + t);
                        out.flush();
                    }
                }
            });
            DeviceCredentials c = PairingClient.pair(url, code, Duration.ofSeconds(60));
            links.add(new KioskLink(url, c, engine, Rooms.PROGRAMME, SystemClock.INSTANCE, null, null).start());
        }
        synchronized (out) {
            out.println("READY " + n);
            out.flush();
        }
        Thread stdin = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // the parent closing the pipe is the signal to end
                }
            } catch (IOException e) {
                // parent gone
            }
        });
        stdin.setDaemon(true);
        stdin.start();
        long end = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (stdin.isAlive() && System.nanoTime() < end) {
            LockSupport.parkNanos(SAMPLE_MS * 1_000_000L);
            for (int i = 0; i < links.size(); i++) {
                KioskLink l = links.get(i);
                if (l.clockSync().ready()) {
                    long t = System.nanoTime();
                    long est = l.hubNow();
                    synchronized (out) {
                        out.println("CLK " + (base + i) + " " + t + " " + est);
                    }
                }
            }
            out.flush();
        }
        links.forEach(KioskLink::close);
        System.exit(0);
    }
}
