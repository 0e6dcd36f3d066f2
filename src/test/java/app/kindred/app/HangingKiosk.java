package app.kindred.app;

import java.awt.EventQueue;
import java.util.concurrent.CountDownLatch;

/** A child JVM for {@link EdtWatchdogTest}: the kiosk's watchdog, then an event thread that never answers. */
public final class HangingKiosk {
    private HangingKiosk() {
    }

    public static void main(String[] args) throws Exception {
        Logging.configure();
        EdtWatchdog.startForKiosk();
        EventQueue.invokeLater(HangingKiosk::injectedHang);
        System.out.println("HANGING");
        System.out.flush();
        new CountDownLatch(1).await(); // main waits forever too: only the watchdog can end this JVM
    }

    private static void injectedHang() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
