package app.kindred.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

// Not built yet: the issue that owns this command replaces this class.
@Command(name = "render", description = "Render handouts to PDF.", mixinStandardHelpOptions = true)
final class RenderCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("kindred render: not available in this build yet");
        return 2;
    }
}
