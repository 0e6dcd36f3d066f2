package app.kindred.persist;

import app.kindred.content.ContentLibrary;
import app.kindred.session.DeckMemory;
import app.kindred.session.MonotonicClock;
import app.kindred.session.SessionCheckpoint;
import app.kindred.session.SessionEngine;
import app.kindred.session.SessionJournalSink;
import app.kindred.session.SessionRecord.WrittenWords;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The crash-safe journal of the running session, in {@link DataFolders#journal()}.
 *
 * <p>{@code session.journal} holds the latest {@link SessionCheckpoint} as checksummed JSON, replaced
 * atomically (write temp, fsync, rename, fsync folder) on every change and every second while a phase
 * runs. The couple's words live only in {@code private/words-SESSION.json} (mode 0600), destroyed by
 * {@link #wipe()} when their turn ends. At start-up, {@link #recover} brings a session back paused, or
 * moves an unreadable journal to {@link DataFolders#quarantine()} and says so.
 *
 * <p>Writes happen on one background thread ("kindred-journal"), so a command on the event thread
 * never waits for a disk: the newest checkpoint wins if writes queue up. {@link #flush()} waits for
 * everything handed over so far. After {@link #wipe()}, late checkpoints of a wiped session are ignored.
 *
 * <p>A full or read-only data folder never stops the session: {@link #crashProtection()} says that
 * crash protection is off and why (for the facilitator), the log says so once and then only counts,
 * and the newest unwritten state is retried every {@value #RETRY_SECONDS} s, so journaling comes back
 * by itself when space does.
 */
public final class SessionJournal implements SessionJournalSink {
    private static final Logger LOG = Logger.getLogger(SessionJournal.class.getName());
    static final String JOURNAL = "session.journal";
    private static final String WORDS_PREFIX = "words-";
    private static final ObjectMapper JSON = Mappers.json();
    static final long RETRY_SECONDS = 2;
    /** While off, one log line per this many failed writes (about ten minutes of a running phase). */
    private static final long LOG_EVERY = 600;

    /** How a journal file reaches the disk; tests inject a failing one (a full disk, a read-only folder). */
    @FunctionalInterface
    interface FileWrites {
        void write(Path file, String kind, byte[] content, boolean ownerOnly) throws IOException;
    }

    private final DataFolders folders;
    private final Object queueLock = new Object();
    private final Object ioLock = new Object();
    private SessionCheckpoint pendingCheckpoint;
    private final Map<String, List<WrittenWords>> pendingWords = new LinkedHashMap<>();
    private final Set<String> seen = new HashSet<>();
    private final Set<String> wiped = new HashSet<>();
    private long submitted;
    private long completed;
    private volatile String lastProblem;
    private final FileWrites files;
    private volatile CrashProtection protection = CrashProtection.ON;
    private final List<java.util.function.Consumer<CrashProtection>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private boolean retryScheduled;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kindred-journal");
        t.setDaemon(true);
        return t;
    });

    public SessionJournal(DataFolders folders) {
        this(folders, ChecksummedFile::write);
    }

    SessionJournal(DataFolders folders, FileWrites files) {
        this.folders = folders;
        this.files = files;
    }

    /** Whether a crash now would bring the session back; for the console and the facilitator menu. */
    public CrashProtection crashProtection() {
        return protection;
    }

    /**
     * Hears every change of {@link #crashProtection()}, on the journal's thread (hop to the event
     * thread to show it).
     */
    public void addCrashProtectionListener(java.util.function.Consumer<CrashProtection> listener) {
        listeners.add(listener);
    }

    public Path journalFile() {
        return folders.journal().resolve(JOURNAL);
    }

    Path wordsFile(String sessionId) {
        return folders.privateDir().resolve(WORDS_PREFIX + safe(sessionId) + ".json");
    }

    /** True if a journal exists: Kindred did not end its last session cleanly. */
    public boolean hasJournal() {
        return Files.exists(journalFile());
    }

    @Override
    public void checkpoint(SessionCheckpoint checkpoint) {
        synchronized (queueLock) {
            if (wiped.contains(checkpoint.sessionId())) {
                return;
            }
            seen.add(checkpoint.sessionId());
            pendingCheckpoint = checkpoint;
            submitted++;
        }
        writer.execute(this::drain);
    }

    @Override
    public void words(String sessionId, List<WrittenWords> words) {
        synchronized (queueLock) {
            if (wiped.contains(sessionId)) {
                return;
            }
            seen.add(sessionId);
            pendingWords.put(sessionId, List.copyOf(words));
            submitted++;
        }
        writer.execute(this::drain);
    }

    /** Waits until everything handed to the journal so far is on disk (or failed: see {@link #lastProblem()}). */
    public void flush() {
        flush(null);
    }

    /**
     * As {@link #flush()}, for at most {@code limit} (null: no limit); returns whether everything
     * handed over is done. For closing: a hung disk must not hang the kiosk's exit.
     */
    public boolean flush(java.time.Duration limit) {
        long end = limit == null ? Long.MAX_VALUE : System.nanoTime() + limit.toNanos();
        synchronized (queueLock) {
            long target = submitted;
            while (completed < target) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    queueLock.wait(Math.max(1, Math.min(1000, left / 1_000_000)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    /** The last write problem in words, or null if the last write worked. For the console. */
    public String lastProblem() {
        return lastProblem;
    }

    private void drain() {
        SessionCheckpoint cp;
        Map<String, List<WrittenWords>> words;
        long upTo;
        synchronized (queueLock) {
            cp = pendingCheckpoint;
            words = new LinkedHashMap<>(pendingWords);
            pendingCheckpoint = null;
            pendingWords.clear();
            upTo = submitted;
        }
        if (cp != null || !words.isEmpty()) {
            synchronized (ioLock) {
                try {
                    for (Map.Entry<String, List<WrittenWords>> w : words.entrySet()) {
                        writeWords(w.getKey(), w.getValue());
                    }
                    if (cp != null) {
                        // Names are personal too, so the journal is owner-only like the words.
                        files.write(journalFile(), "journal", JSON.writeValueAsBytes(cp), true);
                    }
                    worked();
                } catch (IOException | RuntimeException e) {
                    failed(e);
                    keepForRetry(cp, words);
                }
            }
        }
        synchronized (queueLock) {
            completed = Math.max(completed, upTo);
            queueLock.notifyAll();
        }
    }

    private void worked() {
        lastProblem = null;
        CrashProtection was = protection;
        if (!was.isOn()) {
            LOG.info("Journal: crash protection is back on after " + was.failedWrites() + " failed writes");
            changed(CrashProtection.ON);
        }
    }

    /** Said once with its trace when crash protection goes off; then only counted. */
    private void failed(Exception e) {
        CrashProtection was = protection;
        CrashProtection now = new CrashProtection(CrashProtection.classify(e), was.failedWrites() + 1);
        lastProblem = now.sentence(java.util.Locale.ENGLISH);
        if (was.isOn() || was.state() != now.state()) {
            LOG.log(Level.WARNING, "Journal write failed; crash protection is off (" + now.state()
                    + "); the session goes on, writes are retried every " + RETRY_SECONDS + " s", e);
        } else if (now.failedWrites() % LOG_EVERY == 0) {
            LOG.warning("Journal: crash protection still off (" + now.state() + "), " + now.failedWrites()
                    + " failed writes so far");
        }
        protection = now;
        if (was.state() != now.state()) {
            for (var l : listeners) {
                l.accept(now);
            }
        }
    }

    private void changed(CrashProtection now) {
        protection = now;
        for (var l : listeners) {
            l.accept(now);
        }
    }

    /**
     * Puts what could not be written back in the queue, unless something newer came meanwhile, and
     * tries again in a while: a paused session writes nothing new, yet must be protected again as
     * soon as the disk allows.
     */
    private void keepForRetry(SessionCheckpoint cp, Map<String, List<WrittenWords>> words) {
        synchronized (queueLock) {
            if (cp != null && pendingCheckpoint == null && !wiped.contains(cp.sessionId())) {
                pendingCheckpoint = cp;
            }
            for (Map.Entry<String, List<WrittenWords>> w : words.entrySet()) {
                if (!wiped.contains(w.getKey())) {
                    pendingWords.putIfAbsent(w.getKey(), w.getValue());
                }
            }
            if (!retryScheduled && (pendingCheckpoint != null || !pendingWords.isEmpty())) {
                retryScheduled = true;
                writer.schedule(() -> {
                    synchronized (queueLock) {
                        retryScheduled = false;
                    }
                    drain();
                }, RETRY_SECONDS, TimeUnit.SECONDS);
            }
        }
    }

    private void writeWords(String sessionId, List<WrittenWords> words) throws IOException {
        Path f = wordsFile(sessionId);
        if (words.isEmpty()) {
            AtomicFiles.destroy(f);
        } else {
            files.write(f, "words", JSON.writeValueAsBytes(words), true);
        }
    }

    /**
     * Looks for a session left behind by a crash.
     *
     * @param memory the kiosk's deck memory for the recovered engine, or null
     */
    public Recovery recover(ContentLibrary library, MonotonicClock clock, DeckMemory memory) {
        Path file = journalFile();
        deleteQuietly(file.resolveSibling("." + JOURNAL + ".tmp"));
        destroyLeftovers();
        if (!Files.exists(file)) {
            destroyAllWords();
            return Recovery.nothing();
        }
        SessionCheckpoint cp;
        try {
            cp = JSON.readValue(ChecksummedFile.read(file, "journal"), SessionCheckpoint.class);
            if (cp == null || cp.sessionId() == null) {
                throw new ChecksummedFile.DamagedException("the file holds no session");
            }
        } catch (IOException | RuntimeException e) {
            return quarantine(file, reason(e));
        }
        List<WrittenWords> words = List.of();
        String wordsNote = "";
        Path wf = wordsFile(cp.sessionId());
        if (Files.exists(wf)) {
            try {
                words = JSON.readValue(ChecksummedFile.read(wf, "words"), new TypeReference<List<WrittenWords>>() { });
            } catch (IOException | RuntimeException e) {
                wordsNote = " The couple's written words could not be read and were deleted.";
                LOG.warning("Private words file unreadable (" + reason(e) + "); destroyed");
                destroyQuietly(wf);
            }
        }
        SessionEngine engine;
        try {
            engine = SessionEngine.restore(cp, words, library, clock, memory);
        } catch (RuntimeException e) {
            return quarantine(file, "it does not fit the exercises now installed (" + e.getMessage() + ")");
        }
        engine.setJournal(this);
        flush(); // the recovered state is on disk again before anyone sees it
        LOG.info("Recovered session " + cp.sessionId() + " at checkpoint " + cp.sequence());
        String message = "Kindred stopped unexpectedly during \"" + cp.programmeTitle() + "\". The session is back "
                + "where it was, paused." + wordsNote;
        return new Recovery(Recovery.Outcome.RECOVERED, engine, message, List.of());
    }

    private Recovery quarantine(Path file, String why) {
        destroyAllWords();
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path target = folders.quarantine().resolve("session-" + stamp + ".journal");
        for (int i = 2; Files.exists(target); i++) {
            target = folders.quarantine().resolve("session-" + stamp + "-" + i + ".journal");
        }
        try {
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e2) {
                LOG.log(Level.WARNING, "Could not move the damaged journal; deleting it", e2);
                deleteQuietly(file);
                return new Recovery(Recovery.Outcome.QUARANTINED, null, "The saved session could not be read ("
                        + why + ") and could not be kept aside, so it was deleted. Kindred starts with a clean "
                        + "session.", List.of());
            }
        }
        LOG.warning("Journal quarantined to " + target + ": " + why);
        String message = "The saved session could not be read (" + why + "). It was moved to " + target
                + " for a technician; Kindred starts with a clean session.";
        return new Recovery(Recovery.Outcome.QUARANTINED, null, message, List.of(target));
    }

    /**
     * Ends the couple's turn: destroys the journal, their words and their temporary files. Call it
     * when the turn ends normally, on "Wipe", and after the idle timeout.
     */
    public void wipe() {
        synchronized (queueLock) {
            pendingCheckpoint = null;
            pendingWords.clear();
            wiped.addAll(seen);
            seen.clear();
            completed = submitted;
            queueLock.notifyAll();
        }
        synchronized (ioLock) {
            destroyQuietly(journalFile());
            destroyAllWords();
        }
        List<Path> temporary = new ArrayList<>();
        try (DirectoryStream<Path> tmp = Files.newDirectoryStream(folders.temp())) {
            tmp.forEach(temporary::add); // listed first: destroying renames, which a live listing may see
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not clear the temporary folder", e);
        }
        temporary.forEach(SessionJournal::destroyQuietly);
    }

    /** Finishes wipes a kill cut short: files moved aside by {@link AtomicFiles#destroy} but not yet deleted. */
    private void destroyLeftovers() {
        for (Path dir : List.of(folders.journal(), folders.privateDir(), folders.temp())) {
            try {
                int n = AtomicFiles.destroyLeftovers(dir);
                if (n > 0) {
                    LOG.info("Finished " + n + " interrupted wipe(s) in " + dir);
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not finish an interrupted wipe in " + dir, e);
            }
        }
    }

    private void destroyAllWords() {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folders.privateDir(), WORDS_PREFIX + "*")) {
            ds.forEach(found::add);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not list the private folder", e);
        }
        found.forEach(SessionJournal::destroyQuietly);
        deleteQuietlyMatching(folders.privateDir(), "." + WORDS_PREFIX + "*");
    }

    private static void deleteQuietlyMatching(Path dir, String glob) {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, glob)) {
            for (Path p : ds) {
                destroyQuietly(p);
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not clean " + dir, e);
        }
    }

    private static void destroyQuietly(Path p) {
        try {
            if (Files.isRegularFile(p)) {
                AtomicFiles.destroy(p);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not destroy " + p.getFileName(), e);
            deleteQuietly(p);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete " + p.getFileName(), e);
        }
    }

    private static String reason(Exception e) {
        if (e instanceof ChecksummedFile.DamagedException) {
            return e.getMessage();
        }
        return "its content is not a valid session";
    }

    private static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9-]", "_");
    }
}
