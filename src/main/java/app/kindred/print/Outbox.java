package app.kindred.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * The folder where every print job lives until the printer has it: {@code <id>.pdf} plus
 * {@code <id>.properties}. Both are written to a temporary name and moved into place, the PDF first,
 * so a crash leaves either nothing or a complete job. Removal deletes the PDF first; a record left
 * without its PDF is therefore a half-finished removal and is dropped. A PDF without a record (only
 * possible if someone copies one in) becomes a job of its own: a page is never lost.
 */
public final class Outbox {
    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);
    private static final String RECORD = ".properties";
    private static final String PDF = ".pdf";

    private final Path dir;

    public Outbox(Path dir) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the outbox " + dir, e);
        }
    }

    public Path dir() {
        return dir;
    }

    /** Copies the PDF in and writes its record; returns the new job, due for its first attempt now. */
    public OutboxJob add(Path pdf, String title, String printer, int copies, Instant now) throws IOException {
        String id = ID_TIME.format(now) + "-" + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
        Path tmp = dir.resolve(id + PDF + ".tmp");
        Files.copy(pdf, tmp, StandardCopyOption.REPLACE_EXISTING);
        ownerOnly(tmp);
        move(tmp, pdfOf(id));
        OutboxJob job = new OutboxJob(id, now, title, printer == null ? "" : printer, Math.max(1, copies), 0,
                null, "", now, "");
        save(job);
        return job;
    }

    public void save(OutboxJob job) throws IOException {
        Path tmp = dir.resolve(job.id() + RECORD + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            job.toProperties().store(out, "Kindred print job; the PDF is " + job.id() + PDF);
        }
        ownerOnly(tmp);
        move(tmp, dir.resolve(job.id() + RECORD));
    }

    /** Every waiting job, oldest first. Unreadable records are logged and skipped, never deleted. */
    public List<OutboxJob> list() {
        List<OutboxJob> jobs = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (name.endsWith(RECORD)) {
                    read(f).ifPresent(jobs::add);
                } else if (name.endsWith(PDF) && !Files.exists(dir.resolve(stem(name) + RECORD))) {
                    adopt(f).ifPresent(jobs::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the outbox " + dir, e);
        }
        jobs.sort(Comparator.comparing(OutboxJob::created).thenComparing(OutboxJob::id));
        return jobs;
    }

    public Optional<OutboxJob> find(String id) {
        Path record = dir.resolve(id + RECORD);
        return Files.exists(record) ? read(record) : Optional.empty();
    }

    public Path pdfOf(String id) {
        return dir.resolve(id + PDF);
    }

    /**
     * Deletes a job (printed, expired, or thrown away by the facilitator). Its PDF holds a couple's
     * names and words, so it is zeroed before it is deleted, as the journal is.
     */
    public boolean remove(String id) throws IOException {
        boolean had = Files.exists(pdfOf(id));
        app.kindred.persist.Shred.destroy(pdfOf(id));
        had |= Files.deleteIfExists(dir.resolve(id + RECORD));
        Files.deleteIfExists(dir.resolve(".lock-" + id));
        return had;
    }

    /**
     * Claims a job for one attempt, across processes (the kiosk's retry schedule and
     * {@code kindred outbox retry} must not both print it). Empty if someone else holds it.
     */
    public Optional<AutoCloseable> claim(String id) throws IOException {
        FileChannel channel = FileChannel.open(dir.resolve(".lock-" + id),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        FileLock held = lock;
        return Optional.of(() -> {
            held.release();
            channel.close();
        });
    }

    private Optional<OutboxJob> read(Path record) {
        String id = stem(record.getFileName().toString());
        if (!Files.exists(pdfOf(id))) {
            LOG.info("outbox: record " + id + " has no PDF (an interrupted removal); dropping it");
            try {
                Files.deleteIfExists(record);
            } catch (IOException e) {
                LOG.warning("outbox: cannot delete " + record + ": " + e);
            }
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(record)) {
            p.load(in);
            return Optional.of(OutboxJob.fromProperties(p));
        } catch (NoSuchFileException e) {
            return Optional.empty(); // removed meanwhile
        } catch (IOException | RuntimeException e) {
            LOG.warning("outbox: unreadable record " + record + ": " + e);
            return Optional.empty();
        }
    }

    private Optional<OutboxJob> adopt(Path pdf) {
        String id = stem(pdf.getFileName().toString());
        try {
            Instant when = Files.getLastModifiedTime(pdf).toInstant();
            if (Duration.between(when, Instant.now()).abs().toSeconds() < 5) {
                return Optional.empty(); // probably add() between its two moves right now
            }
            OutboxJob job = new OutboxJob(id, when, id, "", 1, 0, null, "", Instant.now(), "");
            save(job);
            LOG.info("outbox: adopted " + pdf.getFileName() + " without a record");
            return Optional.of(job);
        } catch (IOException e) {
            LOG.warning("outbox: cannot adopt " + pdf + ": " + e);
            return Optional.empty();
        }
    }

    private static String stem(String name) {
        return name.substring(0, name.lastIndexOf('.'));
    }

    /**
     * Owner-only: a couple's take-home pack carries the words they chose to take home, and waits
     * here until it is printed or the facilitator deletes it.
     */
    private static void ownerOnly(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
