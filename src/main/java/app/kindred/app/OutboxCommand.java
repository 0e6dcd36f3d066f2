package app.kindred.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

// Not built yet: the issue that owns this command replaces this class.
@Command(name = "outbox", description = "List, retry or clear print jobs waiting in the outbox.", mixinStandardHelpOptions = true)
final class OutboxCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("kindred outbox: not available in this build yet");
        return 2;
    }
}
