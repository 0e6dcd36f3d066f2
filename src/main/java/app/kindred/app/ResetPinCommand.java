package app.kindred.app;

import app.kindred.persist.DataFolders;
import app.kindred.persist.PinStore;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code kindred reset-pin}: the way back in when the facilitator PIN is forgotten. It has to be run
 * at the machine (a terminal, or ssh), as the user the kiosk runs as: whoever can do that can already
 * read and change Kindred's files, so it asks for nothing more. It never leaves the kiosk without a
 * PIN: the new one is chosen in the same command (typed twice), and any lockout from wrong guesses
 * ends. A running kiosk uses the new PIN at once.
 */
@Command(name = "reset-pin", mixinStandardHelpOptions = true,
        description = "Forgot the facilitator PIN? Replaces it with a new one, typed twice. Run at the machine.")
final class ResetPinCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PinStore pins = new PinStore(DataFolders.fromEnvironment());
        if (!SetPinCommand.choose(spec, pins)) {
            spec.commandLine().getErr().println("The old PIN (if any) still holds.");
            return 1;
        }
        return 0;
    }
}
