package app.kindred.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CUPS through its own command-line tools: {@code lpstat} for queue state, {@code lp} to submit,
 * {@code ipptool} for a job's state, {@code cancel}. Chosen over javax.print because, measured on
 * CUPS 2.4 / JDK 17: javax.print reports neither printer-state nor printer-state-reasons (a stopped
 * queue looks fine), gives no job id (so completion cannot be followed), has no time limit on its
 * {@code lpr} call, and printing through PDFPageable turns text into outlines. {@code lp} hands
 * CUPS the PDF itself and answers with a job id. (What a call costs: docs/TIMINGS.md.)
 */
public final class CupsCommandLine implements PrintSystem {
    private static final Pattern REQUEST_ID = Pattern.compile("request id is (\\S+)");
    private static final Pattern JOB_NUMBER = Pattern.compile("-(\\d+)$");

    private final ProcessRunner runner;
    private final Duration timeout;
    private final String server;

    /** CUPS as configured for this user, tools on the PATH. */
    public CupsCommandLine(Duration timeout) {
        this(null, Map.of(), timeout);
    }

    /**
     * @param binDir where lp, lpstat, ipptool and cancel live; null for the PATH
     * @param environment extra variables for the tools, e.g. {@code CUPS_SERVER=host:port}
     */
    public CupsCommandLine(Path binDir, Map<String, String> environment, Duration timeout) {
        this.runner = new ProcessRunner(binDir, environment);
        this.timeout = timeout;
        String s = environment.getOrDefault("CUPS_SERVER", System.getenv("CUPS_SERVER"));
        this.server = ippHost(s);
    }

    /**
     * The host part of an ipp:// URI for ipptool, which ignores CUPS_SERVER: "localhost" by default,
     * host[:port] as given, and a domain socket path percent-encoded ("%2Frun%2Fcups%2Fcups.sock"),
     * which CUPS's own URI parser understands.
     */
    static String ippHost(String cupsServer) {
        if (cupsServer == null || cupsServer.isBlank()) {
            return "localhost";
        }
        return cupsServer.startsWith("/") ? cupsServer.replace("%", "%25").replace("/", "%2F") : cupsServer;
    }

    @Override
    public String describe() {
        return "CUPS (lp)";
    }

    @Override
    public List<PrinterInfo> printers() throws PrintSystemException {
        ProcessRunner.Result r = runner.run(timeout, "lpstat", "-r", "-d", "-e");
        String def = null;
        List<String> names = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            if (line.startsWith("scheduler is not running")) {
                throw new PrintSystemException(Problem.CUPS_DOWN, "lpstat -r: scheduler is not running");
            } else if (line.startsWith("system default destination: ")) {
                def = line.substring("system default destination: ".length()).strip();
            } else if (!line.isBlank() && !line.startsWith("scheduler ") && !line.startsWith("no system default")) {
                names.add(line.strip());
            }
        }
        List<PrinterInfo> list = new ArrayList<>();
        for (String n : names) {
            list.add(new PrinterInfo(n, n, n.equals(def)));
        }
        return list;
    }

    @Override
    public Optional<String> defaultPrinter() throws PrintSystemException {
        return printers().stream().filter(PrinterInfo::isDefault).map(PrinterInfo::name).findFirst();
    }

    @Override
    public QueueState queueState(String printer) throws PrintSystemException {
        ProcessRunner.Result r = runner.run(timeout, "lpstat", "-r", "-p", printer, "-a", printer);
        return parseQueueState(printer, r);
    }

    static QueueState parseQueueState(String printer, ProcessRunner.Result r) {
        if (r.out().contains("scheduler is not running")) {
            return QueueState.schedulerDown(printer);
        }
        Boolean enabled = null;
        Boolean accepting = null;
        StringBuilder reason = new StringBuilder();
        boolean readingReason = false;
        for (String line : r.out().split("\n")) {
            if (line.startsWith("\t") || line.startsWith(" ")) {
                if (readingReason && !line.isBlank() && reason.indexOf(line.strip()) < 0) {
                    reason.append(reason.length() == 0 ? "" : "; ").append(line.strip());
                }
                continue;
            }
            readingReason = false;
            if (line.startsWith("printer " + printer + " ")) {
                enabled = !line.contains(" disabled");
                readingReason = true;
            } else if (line.startsWith(printer + " accepting requests")) {
                accepting = true;
            } else if (line.startsWith(printer + " not accepting requests")) {
                accepting = false;
                readingReason = true;
            }
        }
        if (enabled == null || accepting == null) {
            // lpstat: Invalid destination name in list "NOPE".
            return QueueState.missing(printer);
        }
        return new QueueState(printer, true, true, enabled, true, accepting, reason.toString());
    }

    @Override
    public boolean supportsDuplex(String printer) throws PrintSystemException {
        return offersDuplex(runner.run(timeout, "lpoptions", "-p", printer, "-l").out());
    }

    /** From the driver's options ("Duplex/2-Sided Printing: *None DuplexNoTumble DuplexTumble"). */
    static boolean offersDuplex(String lpoptionsList) {
        for (String line : lpoptionsList.split("\n")) {
            if (line.startsWith("Duplex/") && (line.contains("DuplexNoTumble") || line.contains("DuplexTumble"))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String submit(Submission s) throws PrintSystemException {
        List<String> args = new ArrayList<>(List.of("-d", s.printer(), "-n", Integer.toString(s.copies()),
                "-t", s.title(), "-o", "media=" + s.paper(),
                "-o", "print-scaling=" + (s.actualSize() ? "none" : "fit")));
        if (s.copies() > 1) {
            args.addAll(List.of("-o", "collate=true"));
        }
        if (s.duplex()) {
            args.addAll(List.of("-o", "sides=two-sided-long-edge"));
        }
        args.add("--");
        args.add(s.pdf().toString());
        ProcessRunner.Result r = runner.run(timeout, "lp", args.toArray(String[]::new));
        Matcher m = REQUEST_ID.matcher(r.out());
        if (r.exitCode() == 0 && m.find()) {
            return m.group(1);
        }
        String said = r.both();
        if (said.contains("not accepting jobs")) {
            throw new PrintSystemException(Problem.QUEUE_REJECTING, said);
        }
        if (said.contains("does not exist")) {
            // lp says this also when cupsd is down; the caller checked the scheduler just before.
            throw new PrintSystemException(Problem.UNKNOWN_PRINTER, said);
        }
        throw new PrintSystemException(Problem.SUBMIT_FAILED, "lp exit " + r.exitCode() + ": " + said);
    }

    @Override
    public JobState jobState(String systemJobId) throws PrintSystemException {
        Matcher m = JOB_NUMBER.matcher(systemJobId);
        if (!m.find()) {
            return JobState.UNKNOWN;
        }
        ProcessRunner.Result r;
        try {
            r = runner.run(timeout, "ipptool", "-T", Long.toString(Math.max(1, timeout.toSeconds())), "-c",
                    "ipp://" + server + "/jobs/" + m.group(1), JobStateTest.file().toString());
        } catch (PrintSystemException e) {
            if (e.problem() == Problem.TOOL_MISSING) {
                return JobState.UNKNOWN; // without ipptool (cups-ipp-utils) completion cannot be known
            }
            throw e;
        }
        // job-state,job-state-reasons\ncompleted,processing-to-stop-point
        String[] lines = r.out().strip().split("\n");
        if (r.exitCode() == 0 && lines.length >= 2) {
            return JobState.fromIpp(lines[1].split(",")[0]);
        }
        return JobState.UNKNOWN;
    }

    @Override
    public void cancel(String systemJobId) throws PrintSystemException {
        if (!systemJobId.isBlank()) {
            runner.run(timeout, "cancel", systemJobId);
        }
    }

    /**
     * IPP Purge-Jobs for this one job (job-ids) on its queue. Not {@code cancel -x}: CUPS 2.4 refuses
     * it for a completed job ("already completed - can't cancel") and keeps the files; Purge-Jobs
     * with job-ids deletes exactly that job's d- and c-files and its history entry (measured with
     * ipptool on CUPS 2.4; the default policy lets the job's owner do it).
     */
    @Override
    public void purge(String systemJobId) throws PrintSystemException {
        Matcher m = JOB_NUMBER.matcher(systemJobId);
        if (!m.find()) {
            return;
        }
        String queue = systemJobId.substring(0, m.start());
        ProcessRunner.Result r = runner.run(timeout, "ipptool", "-T", Long.toString(Math.max(1, timeout.toSeconds())),
                "-d", "job_id=" + m.group(1), "ipp://" + server + "/printers/" + queue, PurgeTest.file().toString());
        if (r.exitCode() != 0) {
            throw new PrintSystemException(Problem.SUBMIT_FAILED, "Purge-Jobs " + systemJobId + ": " + r.both().strip());
        }
    }

    /** The ipptool request that purges one job, written once to a temporary file. */
    private static final class PurgeTest {
        private static Path file;

        static synchronized Path file() {
            if (file == null || !Files.exists(file)) {
                file = IppRequests.write("kindred-purge-job", """
                        {
                          NAME "purge one job"
                          OPERATION Purge-Jobs
                          GROUP operation-attributes-tag
                          ATTR charset attributes-charset utf-8
                          ATTR naturalLanguage attributes-natural-language en
                          ATTR uri printer-uri $uri
                          ATTR name requesting-user-name $user
                          ATTR integer job-ids $job_id
                          STATUS successful-ok
                        }
                        """);
            }
            return file;
        }
    }

    private static final class IppRequests {
        static Path write(String name, String text) {
            try {
                Path p = Files.createTempFile(name, ".test");
                p.toFile().deleteOnExit();
                Files.writeString(p, text);
                return p;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The ipptool request for one job's state, written once to a temporary file. */
    private static final class JobStateTest {
        private static Path file;

        static synchronized Path file() {
            if (file == null || !Files.exists(file)) {
                try {
                    Path p = Files.createTempFile("kindred-job-state", ".test");
                    p.toFile().deleteOnExit();
                    Files.writeString(p, """
                            {
                              NAME "job state"
                              OPERATION Get-Job-Attributes
                              GROUP operation-attributes-tag
                              ATTR charset attributes-charset utf-8
                              ATTR naturalLanguage attributes-natural-language en
                              ATTR uri job-uri $uri
                              ATTR name requesting-user-name $user
                              ATTR keyword requested-attributes job-state,job-state-reasons
                              STATUS successful-ok
                              DISPLAY job-state
                            }
                            """);
                    file = p;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return file;
        }
    }
}
