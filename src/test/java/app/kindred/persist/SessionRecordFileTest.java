package app.kindred.persist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kindred.session.FakeClock;
import app.kindred.session.Fixtures;
import app.kindred.session.Partner;
import app.kindred.session.Participants;
import app.kindred.session.SessionEngine;
import app.kindred.session.SessionRecord;
import app.kindred.session.SessionSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionRecordFileTest {
    @TempDir
    Path dir;

    private SessionRecord aRecord() {
        FakeClock clock = new FakeClock();
        SessionEngine e = new SessionEngine(Fixtures.evening(), Fixtures.library(), Participants.of("Sam", "Alex"),
                SessionSettings.defaults().withSeed(7), clock);
        e.start();
        clock.advanceSeconds(30);
        e.extend(Duration.ofMinutes(1));
        clock.advanceSeconds(70);
        e.poll();
        clock.advanceMillis(12_500);
        e.skip();
        e.timeOut();
        clock.advanceSeconds(40);
        e.endTimeOut(true);
        e.addReflection(Partner.A, "What did you hear?", "That you felt alone on Sunday.", true);
        e.addCommitment(null, "Phones away at dinner.", false);
        clock.advanceSeconds(3000);
        e.poll();
        return e.record();
    }

    @Test
    void aRecordSurvivesTheRoundTripExactly() throws IOException {
        SessionRecord r = aRecord();
        Path f = dir.resolve("record.yaml");
        SessionRecordFile.write(r, f);
        assertThat(SessionRecordFile.read(f)).isEqualTo(r);
    }

    @Test
    void theFileReadsLikeAnAgenda() throws IOException {
        String yaml = SessionRecordFile.toYaml(aRecord());
        assertThat(yaml).startsWith("# Kindred session record (format 1)");
        assertThat(yaml).contains("programmeTitle: An Evening", "outcome: skipped", "extended: 1m",
                "actual: 1m52.5s", "unused: 7.5s", "planned: 4m", "kind: reflection", "onSummary: true", "author: A", "acting: A");
    }

    @Test
    void aRecordWithWordsIsOwnerOnly() throws IOException {
        Path f = dir.resolve("words.yaml");
        SessionRecordFile.write(aRecord(), f);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-------");
    }

    @Test
    void withoutPrivateWordsDropsNamesAndWords() {
        SessionRecord r = aRecord().withoutPrivateWords();
        assertThat(r.words()).isEmpty();
        assertThat(r.partnerA()).isEqualTo("Partner A");
        assertThat(SessionRecordFile.toYaml(r)).doesNotContain("Sam", "Sunday");
    }

    @Test
    void aKeptRecordHasNeitherNamesNorWords() throws IOException {
        DataFolders folders = new DataFolders(dir);
        Path kept = SessionRecordFile.keep(folders, aRecord());
        assertThat(SessionRecordFile.kept(folders)).containsExactly(kept);
        assertThat(kept.getFileName().toString()).matches("\\d{4}-\\d{2}-\\d{2}-\\d{4}-evening-[a-z0-9]{8}\\.yaml");
        assertThat(Files.readString(kept)).doesNotContain("Sam", "Alex", "Sunday", "Phones");
        assertThat(SessionRecordFile.read(kept).items()).isNotEmpty();
    }

    @Test
    void aBrokenFileNamesLineAndColumn() throws IOException {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "format: 1\nplanned: soon\n");
        assertThatThrownBy(() -> SessionRecordFile.read(f)).isInstanceOf(IOException.class)
                .hasMessageContaining("bad.yaml:2:").hasMessageContaining("soon");
    }

    @Test
    void durationsReadAndWriteInTheContentStyle() {
        assertThat(DurationText.format(Duration.ofSeconds(252))).isEqualTo("4m12s");
        assertThat(DurationText.format(Duration.ofMillis(12_500))).isEqualTo("12.5s");
        assertThat(DurationText.format(Duration.ZERO)).isEqualTo("0s");
        assertThat(DurationText.format(Duration.ofSeconds(-60))).isEqualTo("-1m");
        assertThat(DurationText.parse("1h2m3.25s")).isEqualTo(Duration.ofMillis(3_723_250));
        assertThat(DurationText.parse("-1m")).isEqualTo(Duration.ofMinutes(-1));
    }
}
