package app.kindred.app;

import app.kindred.content.ContentFiles;
import app.kindred.content.ContentLoader;
import app.kindred.content.ContentRoot;
import app.kindred.content.Diagnostic;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kindred validate [PATH...]}: checks content files and reports like a compiler, one line per
 * problem, then a count. Exit 0 when there are no errors (warnings allowed), 1 on any error, 2 when
 * the command line itself is wrong (a path that does not exist).
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check exercises, decks, programmes and handouts; report problems as FILE:LINE:COLUMN.",
            "With no PATH: the exercises/ and handouts/ folders of the content root (-Dkindred.content=DIR,"
                    + " KINDRED_CONTENT, or the current folder)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (warnings allowed unless --strict)", "1:at least one error (or warning, with --strict)",
            "2:usage error"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or folders to check (.yaml exercises, decks, programmes; .md handouts).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--strict", description = "Treat warnings as errors: exit 1 if anything had to be repaired.")
    boolean strict;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ContentLoader.Result result;
        try {
            if (paths.isEmpty()) {
                Path root = ContentRoot.locate();
                if (!ContentFiles.isRoot(root.toAbsolutePath())) {
                    err.println("kindred validate: no exercises/ or handouts/ folder in "
                            + root.toAbsolutePath().normalize() + "; run it in the Kindred folder, set"
                            + " -Dkindred.content=DIR, or name the files to check");
                    return 2;
                }
                result = ContentLoader.load(root);
            } else {
                for (Path p : paths) {
                    if (!Files.exists(p)) {
                        err.println("kindred validate: " + p + ": no such file or folder");
                        return 2;
                    }
                }
                result = ContentLoader.loadPaths(paths);
            }
        } catch (RuntimeException e) {
            Logging.log(ValidateCommand.class).log(Level.SEVERE, "validate failed", e);
            if (debug.on()) {
                e.printStackTrace(err);
            }
            err.println("kindred validate: could not check the content (" + e.getClass().getSimpleName()
                    + "); details are in the log: " + Logging.logFile());
            return 1;
        }
        for (Diagnostic d : result.diagnostics()) {
            out.println(d);
        }
        int errors = result.errors().size();
        int warnings = result.warnings().size();
        out.println(count(errors, "error") + ", " + count(warnings, "warning") + " in "
                + count(result.fileCount(), "file"));
        out.flush();
        return errors > 0 || (strict && warnings > 0) ? 1 : 0;
    }

    private static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }
}
