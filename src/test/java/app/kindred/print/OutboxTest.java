package app.kindred.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxTest {
    private static final Instant NOW = Instant.parse("2026-11-21T20:00:00Z");

    @TempDir
    Path tmp;

    private Path pdf() throws Exception {
        return TestPdfs.write(tmp.resolve("pack.pdf"), List.of("Appreciation round"));
    }

    @Test
    void aJobIsAPdfAndARecordThatAnotherOutboxOnTheFolderReadsBack() throws Exception {
        Outbox outbox = new Outbox(tmp.resolve("outbox"));
        Path original = pdf();
        OutboxJob job = outbox.add(original, "Take-home pack", "PDF", 2, NOW);

        OutboxJob read = new Outbox(tmp.resolve("outbox")).find(job.id()).orElseThrow();

        assertThat(read).isEqualTo(job);
        assertThat(outbox.pdfOf(job.id())).hasSameBinaryContentAs(original);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(outbox.pdfOf(job.id()))))
                .as("a take-home pack carries private words").isEqualTo("rw-------");
        try (var files = Files.list(outbox.dir())) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary files left")
                    .containsExactlyInAnyOrder(job.id() + ".pdf", job.id() + ".properties");
        }
    }

    @Test
    void aFailureIsRecordedWithItsCountAndNextTry() throws Exception {
        Outbox outbox = new Outbox(tmp.resolve("outbox"));
        OutboxJob job = outbox.add(pdf(), "Take-home pack", "", 1, NOW);

        outbox.save(job.failed(Problem.QUEUE_STOPPED, "Paper jam", NOW.plusSeconds(30)));

        OutboxJob read = outbox.list().get(0);
        assertThat(read.attempts()).isEqualTo(1);
        assertThat(read.lastProblem()).isEqualTo(Problem.QUEUE_STOPPED);
        assertThat(read.lastError()).isEqualTo("Paper jam");
        assertThat(read.nextAttempt()).isEqualTo(NOW.plusSeconds(30));
    }

    @Test
    void removingDeletesBothFiles() throws Exception {
        Outbox outbox = new Outbox(tmp.resolve("outbox"));
        OutboxJob job = outbox.add(pdf(), "Take-home pack", "", 1, NOW);

        assertThat(outbox.remove(job.id())).isTrue();

        assertThat(outbox.list()).isEmpty();
        assertThat(outbox.pdfOf(job.id())).doesNotExist();
    }

    @Test
    void aRecordWhosePdfIsGoneWasAHalfDoneRemovalAndIsDropped() throws Exception {
        Outbox outbox = new Outbox(tmp.resolve("outbox"));
        OutboxJob job = outbox.add(pdf(), "Take-home pack", "", 1, NOW);
        Files.delete(outbox.pdfOf(job.id()));

        assertThat(outbox.list()).isEmpty();
    }

    @Test
    void aPdfWithoutARecordIsAdoptedNotLost() throws Exception {
        Outbox outbox = new Outbox(tmp.resolve("outbox"));
        Path stray = Files.copy(pdf(), outbox.dir().resolve("copied-in.pdf"));
        Files.setLastModifiedTime(stray, FileTime.from(Instant.now().minusSeconds(60)));

        assertThat(outbox.list()).singleElement().satisfies(j -> {
            assertThat(j.id()).isEqualTo("copied-in");
            assertThat(j.copies()).isEqualTo(1);
        });
        assertThat(outbox.dir().resolve("copied-in.properties")).exists();
    }

    @Test
    void oneClaimAtATime() throws Exception {
        Outbox outbox = new Outbox(tmp.resolve("outbox"));
        OutboxJob job = outbox.add(pdf(), "Take-home pack", "", 1, NOW);

        Optional<AutoCloseable> first = outbox.claim(job.id());
        assertThat(first).isPresent();
        assertThat(outbox.claim(job.id())).isEmpty();
        first.get().close();
        assertThat(outbox.claim(job.id())).isPresent();
    }
}
