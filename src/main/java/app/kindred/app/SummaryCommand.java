package app.kindred.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

// Not built yet: the issue that owns this command replaces this class.
@Command(name = "summary", description = "Render a session record as a take-home or group summary PDF.", mixinStandardHelpOptions = true)
final class SummaryCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("kindred summary: not available in this build yet");
        return 2;
    }
}
