package app.kindred.app;

import app.kindred.content.ContentFiles;
import app.kindred.content.ContentLibrary;
import app.kindred.content.ContentLoader;
import app.kindred.content.ContentRoot;
import app.kindred.content.Handout;
import app.kindred.handout.Paper;
import app.kindred.handout.RenderOptions;
import app.kindred.handout.SessionReport;
import app.kindred.handout.SessionReports;
import app.kindred.handout.SummaryRenderer;
import app.kindred.handout.TakeHomePack;
import app.kindred.persist.SessionRecordFile;
import app.kindred.session.SessionRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kindred summary --session FILE --out FILE.pdf [--group] [--with-handouts]}: prints a
 * session record (docs/SESSION-RECORD.md) as the couple's take-home summary, or with --group as the
 * facilitator's group summary, which never contains names or anything a couple wrote.
 */
@Command(name = "summary", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Render a session record as a take-home summary PDF (default) or a group summary (--group)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:PDF written", "1:the session file could not be read or the PDF not written", "2:usage error"})
final class SummaryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--session", required = true, paramLabel = "FILE", description = "A session record (YAML).")
    Path session;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE.pdf", description = "Where to write the PDF.")
    Path out;

    @Option(names = "--group", description = "The facilitator's group summary: agenda, times, counts; no names, no words.")
    boolean group;

    @Option(names = "--with-handouts", description = "Take-home pack: add the worksheets that go with the exercises done.")
    boolean withHandouts;

    @Mixin
    PaperOption paper;

    @Mixin
    DebugOption debug;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Paper size = paper.parse("summary", err);
        if (size == null) {
            return 2;
        }
        if (group && withHandouts) {
            err.println("kindred summary: --with-handouts is for a couple's take-home pack, not the --group summary");
            return 2;
        }
        if (!Files.isRegularFile(session)) {
            err.println("kindred summary: " + session + ": no such file");
            return 2;
        }
        SessionRecord record;
        try {
            record = SessionRecordFile.read(session);
        } catch (IOException | RuntimeException e) {
            Logging.log(SummaryCommand.class).log(Level.WARNING, "session record unreadable", scrubbed(e));
            err.println("kindred summary: " + session + ": " + e.getMessage());
            return 1;
        }
        RenderOptions options = RenderOptions.defaults().withPaper(size);
        Path tmp = out.toAbsolutePath().resolveSibling(out.getFileName() + ".part");
        try {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            try (OutputStream stream = Files.newOutputStream(tmp)) {
                if (group) {
                    new SummaryRenderer().writeGroup(SessionReports.forGroup(record), options, stream);
                } else {
                    ContentLibrary library = library();
                    SessionReport report = SessionReports.forCouple(record, library);
                    if (withHandouts) {
                        List<Handout> handouts = report.handoutIds().stream().map(library::handout)
                                .flatMap(Optional::stream).toList();
                        new TakeHomePack().write(report, handouts, options, stream);
                    } else {
                        Map<String, String> titles = new LinkedHashMap<>();
                        library.handouts().forEach((id, h) -> titles.put(id, h.title()));
                        new SummaryRenderer().writeTakeHome(report, titles, options, stream);
                    }
                }
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Logging.log(SummaryCommand.class).log(Level.SEVERE, "summary failed", scrubbed(e));
            if (debug.on()) {
                e.printStackTrace(err);
            }
            err.println("kindred summary: could not write " + out + " (" + e.getMessage() + "); details are in the log: "
                    + Logging.logFile());
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing more to do
            }
            return 1;
        }
        stdout.println("wrote " + out);
        stdout.flush();
        return 0;
    }

    /**
     * The log never holds a couple's words: an exception message might quote them (a YAML error
     * showing the line, a character that failed), so only the type and the stack go to the log.
     */
    private static Throwable scrubbed(Throwable e) {
        Exception copy = new Exception(e.getClass().getName() + " (message withheld: it may quote private words)");
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }

    /** Handout titles and exercise links, if the content can be found; a summary prints without them. */
    private static ContentLibrary library() {
        Path root = ContentRoot.locate();
        if (!ContentFiles.isRoot(root.toAbsolutePath())) {
            return ContentLibrary.empty();
        }
        return ContentLoader.load(root).library();
    }
}
