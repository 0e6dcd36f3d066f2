package app.kindred.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

// Not built yet: the issue that owns this command replaces this class.
@Command(name = "print", description = "Print PDFs or handouts.", mixinStandardHelpOptions = true)
final class PrintCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("kindred print: not available in this build yet");
        return 2;
    }
}
