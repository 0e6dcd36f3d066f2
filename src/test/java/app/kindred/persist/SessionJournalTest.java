package app.kindred.persist;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.content.ContentLibrary;
import app.kindred.session.FakeClock;
import app.kindred.session.Fixtures;
import app.kindred.session.Partner;
import app.kindred.session.Participants;
import app.kindred.session.SessionEngine;
import app.kindred.session.SessionSettings;
import app.kindred.session.SessionSnapshot;
import app.kindred.session.SessionStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionJournalTest {
    @TempDir
    Path home;

    private final FakeClock clock = new FakeClock();

    private SessionEngine journaled(SessionJournal journal) {
        SessionEngine e = new SessionEngine(Fixtures.evening(), Fixtures.library(), Participants.of("Sam", "Alex"),
                SessionSettings.defaults().withSeed(3), clock);
        e.setJournal(journal);
        return e;
    }

    @Test
    void aCrashedSessionComesBackAtTheSamePhaseWithTheSameTimePaused() {
        SessionJournal journal = new SessionJournal(new DataFolders(home));
        SessionEngine e = journaled(journal);
        e.start();
        clock.advanceSeconds(75);
        e.poll();
        e.extend(Duration.ofMinutes(1));
        clock.advanceMillis(10_250);
        e.checkpoint();
        e.addReflection(Partner.B, null, "I felt heard.", true);
        SessionSnapshot before = e.snapshot();
        var recordBefore = e.record();

        assertThat(journal.flush(Duration.ofSeconds(10))).as("everything handed over is on disk").isTrue();
        clock.advanceSeconds(500); // the process is gone; time passes
        Recovery r = new SessionJournal(new DataFolders(home)).recover(Fixtures.library(), clock, null);

        assertThat(r.outcome()).isEqualTo(Recovery.Outcome.RECOVERED);
        assertThat(r.message()).contains("An Evening").contains("paused");
        SessionSnapshot after = r.engine().snapshot();
        assertThat(after.status()).isEqualTo(SessionStatus.PAUSED);
        assertThat(after.phaseTitle()).isEqualTo(before.phaseTitle()).isEqualTo("Speak");
        assertThat(after.remaining()).isEqualTo(before.remaining()).isEqualTo(Duration.ofMillis(240_000 + 60_000 - 25_250));
        assertThat(after.prompt()).isEqualTo(before.prompt());
        assertThat(after.participants()).isEqualTo(before.participants());
        assertThat(r.engine().words()).extracting(w -> w.text()).containsExactly("I felt heard.");
        assertThat(r.engine().record().items()).isEqualTo(recordBefore.items());
    }

    @Test
    void theWordsLiveOnlyInAnOwnerOnlyFileThatWipeDestroys() throws IOException {
        DataFolders folders = new DataFolders(home);
        SessionJournal journal = new SessionJournal(folders);
        SessionEngine e = journaled(journal);
        e.start();
        e.addCommitment(null, "Walk on Sundays.", true);
        journal.flush();
        Path words = journal.wordsFile(e.sessionId());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(words))).isEqualTo("rw-------");
        assertThat(Files.readString(journal.journalFile())).doesNotContain("Walk on Sundays");
        Files.writeString(folders.temp().resolve("summary.pdf"), "pdf");

        journal.wipe();

        assertThat(words).doesNotExist();
        assertThat(journal.journalFile()).doesNotExist();
        assertThat(folders.temp()).isEmptyDirectory();
        assertThat(journal.recover(Fixtures.library(), clock, null).outcome()).isEqualTo(Recovery.Outcome.NOTHING);
    }

    @Test
    void aWipedSessionIsNeverWrittenAgain() {
        SessionJournal journal = new SessionJournal(new DataFolders(home));
        SessionEngine e = journaled(journal);
        e.start();
        journal.flush();
        journal.wipe();
        e.extend(Duration.ofMinutes(1)); // a late change from the old couple's engine
        e.checkpoint();
        journal.flush();
        assertThat(journal.hasJournal()).isFalse();
        SessionEngine next = journaled(journal);
        next.start();
        journal.flush();
        assertThat(journal.hasJournal()).isTrue();
    }

    @Test
    void aWipeCutOffAfterItsRenameLeavesNoJournalAndTheNextStartFinishesIt() throws IOException {
        DataFolders folders = new DataFolders(home);
        SessionJournal journal = new SessionJournal(folders);
        SessionEngine e = journaled(journal);
        e.start();
        e.addReflection(Partner.A, null, "private words", true);
        journal.flush();
        Path words = Files.list(folders.privateDir()).findFirst().orElseThrow();
        // What a kill between the wipe's rename and its zeroing leaves: the files moved aside, intact.
        Path journalAside = folders.journal().resolve("." + SessionJournal.JOURNAL + AtomicFiles.DESTROYING);
        Path wordsAside = folders.privateDir().resolve("." + words.getFileName() + AtomicFiles.DESTROYING);
        Files.move(journal.journalFile(), journalAside);
        Files.move(words, wordsAside);

        Recovery r = new SessionJournal(folders).recover(Fixtures.library(), clock, null);

        assertThat(r.outcome()).as(r.message()).isEqualTo(Recovery.Outcome.NOTHING);
        assertThat(journalAside).doesNotExist();
        assertThat(wordsAside).doesNotExist();
        assertThat(Files.list(folders.quarantine())).isEmpty();
    }

    @Test
    void destroyMovesTheFileAsideBeforeZeroingSoItsNameNeverHoldsZeros() throws IOException {
        Path f = home.resolve("session.journal");
        Files.write(f, new byte[] {1, 2, 3});
        AtomicFiles.destroy(f);
        assertThat(f).doesNotExist();
        assertThat(Files.list(home)).isEmpty();
    }

    @Test
    void aTruncatedJournalIsQuarantinedAndKindredStartsClean() throws IOException {
        DataFolders folders = new DataFolders(home);
        SessionJournal journal = new SessionJournal(folders);
        journaled(journal).start();
        journal.flush();
        byte[] all = Files.readAllBytes(journal.journalFile());
        Files.write(journal.journalFile(), java.util.Arrays.copyOf(all, all.length / 2));

        Recovery r = journal.recover(Fixtures.library(), clock, null);

        assertThat(r.outcome()).isEqualTo(Recovery.Outcome.QUARANTINED);
        assertThat(r.message()).contains("cut short").contains(folders.quarantine().toString());
        assertThat(r.quarantined()).singleElement().satisfies(p -> assertThat(p).exists());
        assertThat(journal.hasJournal()).isFalse();
        assertThat(Files.list(folders.privateDir())).isEmpty();
    }

    @Test
    void aGarbledJournalIsQuarantined() throws IOException {
        SessionJournal journal = new SessionJournal(new DataFolders(home));
        journaled(journal).start();
        journal.flush();
        byte[] all = Files.readAllBytes(journal.journalFile());
        all[all.length - 10] ^= 0x5a;
        Files.write(journal.journalFile(), all);

        Recovery r = journal.recover(Fixtures.library(), clock, null);

        assertThat(r.outcome()).isEqualTo(Recovery.Outcome.QUARANTINED);
        assertThat(r.message()).contains("checksum");
    }

    @Test
    void aJournalThatNoLongerFitsTheContentIsQuarantined() {
        SessionJournal journal = new SessionJournal(new DataFolders(home));
        journaled(journal).start();
        journal.flush();
        ContentLibrary without = new ContentLibrary(Map.of(), Map.of(), Map.of(), Map.of());

        Recovery r = journal.recover(without, clock, null);

        assertThat(r.outcome()).isEqualTo(Recovery.Outcome.QUARANTINED);
        assertThat(r.message()).contains("floor");
    }
}
