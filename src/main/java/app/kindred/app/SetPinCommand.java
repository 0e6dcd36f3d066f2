package app.kindred.app;

import app.kindred.persist.DataFolders;
import app.kindred.persist.PinStore;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code kindred set-pin}: sets the facilitator PIN, at the machine. The public kiosk can never choose
 * one: without a PIN its console stays locked and says to run this. The PIN is typed twice (without
 * echo at a terminal; as two lines on standard input for an install script). Refuses to replace a PIN
 * that is set: that is {@code reset-pin}, for a forgotten one.
 */
@Command(name = "set-pin", mixinStandardHelpOptions = true,
        description = "Sets the facilitator PIN (6 to 12 digits), typed twice. Run at the machine.")
final class SetPinCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PinStore pins = new PinStore(DataFolders.fromEnvironment());
        PrintWriter out = spec.commandLine().getOut();
        if (pins.state() == PinStore.State.SET) {
            spec.commandLine().getErr().println("A facilitator PIN is already set (" + pins.file() + "). "
                    + "To change it, open the console's Settings; if it is forgotten, run: kindred reset-pin");
            return 1;
        }
        return choose(spec, pins) ? 0 : 1;
    }

    /** Asks for a new PIN twice and saves it; says what was wrong and returns false otherwise. */
    static boolean choose(CommandSpec spec, PinStore pins) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Console console = System.console();
        BufferedReader in = console != null ? null
                : new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        char[] first = read(console, in, out, "New facilitator PIN (" + PinStore.MIN_LENGTH + " to "
                + PinStore.MAX_LENGTH + " digits): ");
        char[] second = read(console, in, out, "The same PIN again: ");
        try {
            if (first == null || second == null) {
                err.println("No PIN was given; nothing changed.");
                return false;
            }
            PinStore.Problem problem = PinStore.problem(first);
            if (problem != null) {
                err.println(switch (problem) {
                    case LENGTH, NOT_DIGITS -> "A PIN is " + PinStore.MIN_LENGTH + " to " + PinStore.MAX_LENGTH
                            + " digits; nothing changed.";
                    case TRIVIAL -> "That PIN is too easy to guess (repeated or sequential digits); nothing changed.";
                });
                return false;
            }
            if (!Arrays.equals(first, second)) {
                err.println("The two PINs differ; nothing changed.");
                return false;
            }
            pins.set(first);
            out.println("The facilitator PIN is set (" + pins.file() + "). Open the console with Ctrl+Shift+K, "
                    + "or by tapping the top-left corner five times.");
            return true;
        } finally {
            if (first != null) {
                Arrays.fill(first, '\0');
            }
            if (second != null) {
                Arrays.fill(second, '\0');
            }
        }
    }

    private static char[] read(Console console, BufferedReader in, PrintWriter out, String prompt) throws IOException {
        if (console != null) {
            return console.readPassword("%s", prompt);
        }
        out.print(prompt);
        out.flush();
        String line = in.readLine();
        out.println();
        return line == null ? null : line.strip().toCharArray();
    }
}
