package app.kindred.net;

import app.kindred.session.SessionEngine;
import app.kindred.session.SessionScheduler;
import app.kindred.session.SystemClock;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A couple's kiosk as a process of its own, for {@link KioskProcessesTest}: pairs with the code if it
 * has no credentials in its folder yet (a restarted kiosk keeps them), follows the hub, and ends when
 * its standard input closes (the test ended or died) or after ten minutes at most.
 * Arguments: broker URL, credentials file, pairing code.
 */
public final class KioskProcess {
    private KioskProcess() {
    }

    public static void main(String[] args) throws IOException {
        String url = args[0];
        Path file = Path.of(args[1]);
        DeviceCredentials c = DeviceCredentials.load(file);
        if (c == null) {
            c = PairingClient.pair(url, args[2], Duration.ofSeconds(30));
            c.save(file);
        }
        SessionEngine engine = Rooms.engine();
        try (SessionScheduler scheduler = new SessionScheduler(engine, Duration.ZERO).start();
                KioskLink link = new KioskLink(url, c, engine, Rooms.PROGRAMME, SystemClock.INSTANCE, null, null).start()) {
            System.out.println("PAIRED " + c.deviceId());
            System.out.flush();
            Thread waiter = new Thread(() -> {
                try {
                    while (System.in.read() >= 0) {
                        // nothing to read; the parent closing the pipe is the signal
                    }
                } catch (IOException e) {
                    // the parent is gone
                }
            });
            waiter.setDaemon(true);
            waiter.start();
            waiter.join(Duration.ofMinutes(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.exit(0);
    }
}
