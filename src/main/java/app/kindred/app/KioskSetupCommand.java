package app.kindred.app;

import app.kindred.KindredProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sudo kindred kiosk-setup [--undo]}: turns the machine into a Kindred kiosk (a user of its own,
 * an X session with Kindred as the only client, a systemd unit that restarts it). The work is a
 * shell script shipped beside the jar ({@code lib/app/kiosk/kiosk-setup.sh} in the package,
 * {@code scripts/kiosk-setup.sh} in a checkout): it is all system administration, readable as such.
 */
@Command(name = "kiosk-setup", mixinStandardHelpOptions = true,
        description = {"Make this machine boot straight into the kiosk (run as root).",
            "Adds the user kindred-kiosk (data in /var/lib/kindred), an X session with Kindred as its only client "
                    + "(no VT switching, no Ctrl+Alt+Backspace, no blanking, no pointer), the systemd unit "
                    + "kindred-kiosk.service (Restart=always) and PreserveJobFiles No for CUPS."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:not root, or a step failed", "2:usage error"})
final class KioskSetupCommand implements Callable<Integer> {
    @Option(names = "--undo", description = "Remove all of it again (the data in /var/lib/kindred stays).")
    boolean undo;

    @Override
    public Integer call() throws Exception {
        Path script = script();
        if (script == null) {
            System.err.println("kindred kiosk-setup: the setup script is missing (kiosk/kiosk-setup.sh beside the jar); "
                    + "reinstall the kindred package.");
            return 1;
        }
        List<String> cmd = new ArrayList<>(List.of("bash", script.toString()));
        if (undo) {
            cmd.add("--undo");
        }
        return new ProcessBuilder(cmd).inheritIO().start().waitFor();
    }

    private static Path script() {
        String appDir = System.getProperty(KindredProperties.APP_DIR);
        List<Path> candidates = new ArrayList<>();
        if (appDir != null) {
            candidates.add(Path.of(appDir, "kiosk", "kiosk-setup.sh"));
        }
        Path project = app.kindred.content.ContentRoot.locate().toAbsolutePath();
        candidates.add(project.resolve("scripts").resolve("kiosk-setup.sh"));
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElse(null);
    }
}
