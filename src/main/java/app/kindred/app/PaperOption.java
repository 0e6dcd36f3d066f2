package app.kindred.app;

import app.kindred.handout.Paper;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Option;

/** {@code --paper a4|letter}, shared by the commands that write PDFs ({@code @Mixin PaperOption paper;}). */
final class PaperOption {
    @Option(names = "--paper", paramLabel = "a4|letter", description = "Paper size (default: from your locale, ${DEFAULT-VALUE}).")
    String paper = Paper.forLocale(Locale.getDefault()).name().toLowerCase(Locale.ROOT);

    /** The paper asked for, or null after telling {@code err} why not ("kindred COMMAND: unknown paper size ..."). */
    Paper parse(String command, PrintWriter err) {
        Paper size = Paper.parse(paper);
        if (size == null) {
            err.println("kindred " + command + ": unknown paper size \"" + paper + "\"; use a4 or letter");
        }
        return size;
    }
}
