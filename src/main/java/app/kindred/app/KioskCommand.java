package app.kindred.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

// Not built yet: the issue that owns this command replaces this class.
@Command(name = "kiosk", description = "Open the full-screen kiosk (the default).", mixinStandardHelpOptions = true)
final class KioskCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("kindred kiosk: not available in this build yet");
        return 2;
    }
}
