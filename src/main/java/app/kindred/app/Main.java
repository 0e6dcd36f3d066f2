package app.kindred.app;

import app.kindred.KindredProperties;
import app.kindred.persist.DataFolders;
import app.kindred.ui.FontFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The one entry point. With no sub-command it opens the kiosk; every sub-command lives in its own
 * class next to this one.
 */
@Command(name = "kindred", mixinStandardHelpOptions = true, version = "Kindred 0.1",
        description = "Timed listening and empathy exercises for couples and workshops, with printed take-home sheets.",
        subcommands = {
            KioskCommand.class,
            RoomViewCommand.class,
            ValidateCommand.class,
            RenderCommand.class,
            SummaryCommand.class,
            PrintCommand.class,
            OutboxCommand.class,
            SetPinCommand.class,
            ResetPinCommand.class,
            KioskSetupCommand.class,
        })
public final class Main implements Runnable {

    public static void main(String[] args) {
        StartupTrace.mark("main entered");
        if (args.length == 0 || args[0].equals("kiosk")) {
            // A fresh JVM and nothing has touched fonts yet: Java reads Roboto from a folder of its
            // own (see FontFolder). Only here, not in run(), which tests call in a used JVM.
            FontFolder.use(DataFolders.fromEnvironment().fonts());
            StartupTrace.mark("font folder");
        }
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        StartupTrace.mark("main");
        boolean kiosk = args.length == 0 || args[0].equals("kiosk");
        if (kiosk && !wantsHelp(args)) {
            // Before anything else: a second start must not touch the running kiosk's data at all.
            Integer refused = OneKiosk.claim(DataFolders.fromEnvironment(), new java.io.PrintWriter(System.err, true));
            if (refused != null) {
                return refused;
            }
        }
        boolean render = args.length > 0 && args[0].equals("render");
        if (kiosk) {
            StartupWarmUp.start();
            Logging.configureWhenFirstUsed();
        } else if (render) {
            // A render logs only when something fails; opening the log file costs a cold run 40-120 ms.
            Logging.configureWhenFirstUsed();
        } else {
            Logging.configure();
        }
        StartupTrace.mark("logging configured");
        if (kiosk && FontFolder.problem() != null) {
            Logging.log(Main.class).warning("fonts: " + FontFolder.problem());
        }
        if (args.length == 0) {
            // Plain `java -jar kindred.jar`, as kindred.sh starts the kiosk: no parser at all.
            // picocli's classes are compiled for Java 5, which class-data sharing cannot archive, so
            // they are loaded and verified from the jar at every start (~170 classes).
            try {
                return new KioskCommand().call();
            } catch (Exception e) {
                return report(e, Boolean.getBoolean(KindredProperties.DEBUG), new java.io.PrintWriter(System.err, true));
            }
        }
        if (args[0].equals("kiosk")) {
            // The kiosk's start-up is measured against a bare JFrame: building every other
            // sub-command's parser first cost about 70 ms of it.
            String[] rest = args.length == 0 ? args : java.util.Arrays.copyOfRange(args, 1, args.length);
            return new CommandLine(new KioskCommand())
                    .setExecutionExceptionHandler(Main::reportFailure)
                    .execute(rest);
        }
        if (render) {
            // `render --all` is measured cold (scripts/bench.sh pdf): an ordinary command line is
            // read without picocli, anything else by its own parser only.
            String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            java.io.PrintWriter out = new java.io.PrintWriter(System.out, true);
            java.io.PrintWriter err = new java.io.PrintWriter(System.err, true);
            RenderCommand plain = RenderCommand.fromPlainArguments(rest, out, err);
            if (plain != null) {
                try {
                    return plain.call();
                } catch (RuntimeException e) {
                    return report(e, plain.debugOn(), err);
                } finally {
                    out.flush();
                    err.flush();
                }
            }
            return new CommandLine(new RenderCommand())
                    .setCommandName("kindred render")
                    .setExecutionExceptionHandler(Main::reportFailure)
                    .execute(rest);
        }
        return new CommandLine(new Main())
                .setExecutionExceptionHandler(Main::reportFailure)
                .execute(args);
    }

    private static boolean wantsHelp(String[] args) {
        for (String a : args) {
            if (a.equals("--help") || a.equals("-h") || a.equals("--version") || a.equals("-V")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void run() {
        // Only reached for "kindred" with options that picocli handles itself.
    }

    /** No stack trace reaches the terminal unless --debug was given; all of them reach the log. */
    private static int reportFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        return report(e, parsed.hasMatchedOption("--debug") || Boolean.getBoolean(KindredProperties.DEBUG), cmd.getErr());
    }

    private static int report(Exception e, boolean debug, java.io.PrintWriter err) {
        Logging.log(Main.class).log(java.util.logging.Level.SEVERE, "command failed", e);
        if (debug) {
            e.printStackTrace(err);
        } else {
            err.println("kindred: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            err.println("(details are in the log: " + Logging.logFile() + ")");
        }
        err.flush();
        return 3;
    }
}
