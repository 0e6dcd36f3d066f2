package app.kindred.app;

import app.kindred.persist.DataFolders;
import app.kindred.persist.SettingsStore;
import app.kindred.ui.lock.PinStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code kindred reset-pin}: the way back in when the facilitator PIN is forgotten. It has to be run
 * at the machine (a terminal, or ssh), as the user the kiosk runs as: whoever can do that can already
 * read and change Kindred's files, so it asks for nothing more. The PIN is removed from the settings;
 * the next time the console opens (even in a kiosk that is running now) it asks for a new PIN.
 */
@Command(name = "reset-pin", mixinStandardHelpOptions = true,
        description = "Forgot the facilitator PIN? Removes it; the console then asks for a new one.")
final class ResetPinCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SettingsStore settings = SettingsStore.load(DataFolders.fromEnvironment());
        PinStore pins = new PinStore(settings);
        if (!pins.isSet()) {
            spec.commandLine().getOut().println("No facilitator PIN is set (" + settings.file() + ").");
            spec.commandLine().getOut().println("The console asks for a new PIN the next time it opens.");
            return 0;
        }
        pins.clear();
        spec.commandLine().getOut().println("The facilitator PIN is removed from " + settings.file() + ".");
        spec.commandLine().getOut().println("Open the console (Ctrl+Shift+K, or tap the top-left corner five times) "
                + "and choose a new PIN.");
        return 0;
    }
}
