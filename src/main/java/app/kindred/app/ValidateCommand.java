package app.kindred.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

// Not built yet: the issue that owns this command replaces this class.
@Command(name = "validate", description = "Check exercises, decks, programmes and handouts.", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("kindred validate: not available in this build yet");
        return 2;
    }
}
