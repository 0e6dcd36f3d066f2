package app.kindred.print;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what the cups-pdf virtual printer wrote for a job. Its folder is the {@code Out} setting of
 * /etc/cups/cups-pdf.conf ({@code ${HOME}/PDF} on Debian, so /root/PDF for root) or, for anonymous
 * jobs, /var/spool/cups-pdf/ANONYMOUS. With the "opt" PPD it labels files {@code <title>-job_<N>.pdf}.
 */
public final class CupsPdfOutput {
    private static final Path CONF = Path.of("/etc/cups/cups-pdf.conf");
    private static final Pattern OUT = Pattern.compile("(?m)^\\s*Out\\s+(\\S+)\\s*$");

    private CupsPdfOutput() {
    }

    static List<Path> folders() {
        String out = "${HOME}/PDF";
        try {
            if (Files.isReadable(CONF)) {
                Matcher m = OUT.matcher(Files.readString(CONF));
                if (m.find()) {
                    out = m.group(1);
                }
            }
        } catch (IOException e) {
            // keep the default
        }
        String home = System.getProperty("user.home");
        String user = System.getProperty("user.name");
        out = out.replace("${HOME}", home).replace("${USER}", user);
        return List.of(Path.of(out), Path.of("/var/spool/cups-pdf/ANONYMOUS"));
    }

    /**
     * Waits until cups-pdf has written the file for this CUPS job ("PDF-12", titled {@code title})
     * and its size is stable. Job numbers repeat across cupsd instances, so the title must match too.
     */
    static Path await(String systemJobId, String title, Duration limit) throws IOException, InterruptedException {
        String number = systemJobId.substring(systemJobId.lastIndexOf('-') + 1);
        return await(name -> name.startsWith(title) && name.endsWith("-job_" + number + ".pdf"),
                title + " / " + systemJobId, limit);
    }

    /** The same for a job without a CUPS id (javax.print): by its unique title alone. */
    static Path awaitTitled(String title, Duration limit) throws IOException, InterruptedException {
        return await(name -> name.startsWith(title) && name.endsWith(".pdf"), title, limit);
    }

    /** Deletes what cups-pdf wrote for jobs whose title starts with this (tests clean up after themselves). */
    public static void deleteTitled(String titlePrefix) throws IOException {
        for (Path dir : folders()) {
            if (Files.isDirectory(dir)) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, titlePrefix + "*.pdf")) {
                    for (Path f : files) {
                        Files.deleteIfExists(f);
                    }
                }
            }
        }
    }

    private static Path await(java.util.function.Predicate<String> wanted, String what, Duration limit)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        long lastSize = -1;
        Path last = null;
        while (System.nanoTime() < deadline) {
            Optional<Path> found = find(wanted);
            if (found.isPresent()) {
                long size = Files.size(found.get());
                if (size > 0 && size == lastSize && found.get().equals(last)) {
                    return found.get();
                }
                lastSize = size;
                last = found.get();
            }
            Thread.sleep(200); // polling a file another process writes; not a timing assertion
        }
        throw new AssertionError("cups-pdf wrote no file for " + what + " within " + limit + " in " + folders());
    }

    private static Optional<Path> find(java.util.function.Predicate<String> wanted) throws IOException {
        List<Path> hits = new ArrayList<>();
        for (Path dir : folders()) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
                for (Path f : files) {
                    if (wanted.test(f.getFileName().toString())) {
                        hits.add(f);
                    }
                }
            }
        }
        return hits.stream().max((a, b) -> Long.compare(a.toFile().lastModified(), b.toFile().lastModified()));
    }
}
