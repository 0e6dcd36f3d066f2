package app.kindred.persist;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.session.FakeClock;
import app.kindred.session.Fixtures;
import app.kindred.session.Participants;
import app.kindred.session.SessionEngine;
import app.kindred.session.SessionSettings;
import app.kindred.session.SessionStatus;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 (7): a full or read-only data folder never stops the session; crash protection goes off
 * (said once in the log, then counted; told to listeners for the console) and comes back by itself.
 * The disk fails through an injected writer that answers as Linux does (ENOSPC, EROFS).
 */
class FullDiskJournalTest {
    @TempDir
    Path home;

    private final FakeClock clock = new FakeClock();
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            logged.add(r);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private volatile String failure; // the system's words while the "disk" fails, null while it works

    private final SessionJournal.FileWrites disk = (file, kind, content, ownerOnly) -> {
        String f = failure;
        if (f != null) {
            throw new FileSystemException(file.toString(), null, f);
        }
        ChecksummedFile.write(file, kind, content, ownerOnly);
    };

    @BeforeEach
    void listen() {
        Logger.getLogger(SessionJournal.class.getName()).addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger(SessionJournal.class.getName()).removeHandler(capture);
    }

    @Test
    void aFullDiskTurnsCrashProtectionOffOnceLoggedThenCountedAndItComesBackWithSpace() throws Exception {
        SessionJournal journal = new SessionJournal(new DataFolders(home), disk);
        List<CrashProtection> heard = new CopyOnWriteArrayList<>();
        CountDownLatch backOn = new CountDownLatch(1);
        journal.addCrashProtectionListener(p -> {
            heard.add(p);
            if (p.isOn()) {
                backOn.countDown();
            }
        });
        SessionEngine e = new SessionEngine(Fixtures.evening(), Fixtures.library(), Participants.of("Sam", "Alex"),
                SessionSettings.defaults().withSeed(3), clock);
        e.setJournal(journal);
        e.start();
        assertThat(journal.flush(Duration.ofSeconds(10))).isTrue();
        assertThat(journal.crashProtection()).isEqualTo(CrashProtection.ON);

        failure = "No space left on device";
        for (int i = 0; i < 120; i++) { // two minutes of a running phase, a checkpoint a second
            clock.advanceSeconds(1);
            e.poll();
            e.checkpoint();
            journal.flush(Duration.ofSeconds(10));
        }

        assertThat(e.snapshot().status()).as("the exercise goes on").isEqualTo(SessionStatus.RUNNING);
        CrashProtection off = journal.crashProtection();
        assertThat(off.state()).isEqualTo(CrashProtection.State.OFF_DISK_FULL);
        assertThat(off.failedWrites()).isGreaterThanOrEqualTo(120);
        assertThat(off.sentence(Locale.ENGLISH)).startsWith("Crash protection is off: the disk is full.");
        assertThat(journal.lastProblem()).startsWith("Crash protection is off: the disk is full.");
        assertThat(heard).containsExactly(off.withCount(heard.get(0).failedWrites()));
        assertThat(logged.stream().filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue()))
                .as("said once, with its trace; not a trace per write").hasSize(1)
                .allMatch(r -> r.getThrown() != null);

        e.pause(); // nothing new is written from here on: the retry alone must bring protection back
        var paused = e.snapshot();
        failure = null;

        assertThat(backOn.await(30, TimeUnit.SECONDS)).as("journaling resumes by itself").isTrue();
        assertThat(journal.crashProtection()).isEqualTo(CrashProtection.ON);
        assertThat(logged).anyMatch(r -> r.getMessage().contains("back on after"));
        Recovery r = new SessionJournal(new DataFolders(home)).recover(Fixtures.library(), clock, null);
        assertThat(r.outcome()).isEqualTo(Recovery.Outcome.RECOVERED);
        assertThat(r.engine().snapshot().remaining()).isEqualTo(paused.remaining());
        assertThat(r.engine().snapshot().stepIndex()).isEqualTo(paused.stepIndex());
    }

    @Test
    void aReadOnlyDataFolderSaysSo() {
        SessionJournal journal = new SessionJournal(new DataFolders(home), disk);
        failure = "Read-only file system";
        SessionEngine e = new SessionEngine(Fixtures.evening(), Fixtures.library(), Participants.of("Sam", "Alex"),
                SessionSettings.defaults().withSeed(3), clock);
        e.setJournal(journal);
        e.start();
        journal.flush(Duration.ofSeconds(10));

        assertThat(journal.crashProtection().state()).isEqualTo(CrashProtection.State.OFF_READ_ONLY);
        assertThat(journal.crashProtection().sentence(Locale.ENGLISH)).contains("read-only");
        journal.wipe();
    }
}
