package app.kindred.persist;

import app.kindred.session.FakeClock;
import app.kindred.session.Fixtures;
import app.kindred.session.Partner;
import app.kindred.session.Participants;
import app.kindred.session.SessionCheckpoint;
import app.kindred.session.SessionEngine;
import app.kindred.session.SessionJournalSink;
import app.kindred.session.SessionRecord.WrittenWords;
import app.kindred.session.SessionSettings;
import app.kindred.session.SessionSnapshot;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * The child process of {@link KillRecoveryTest}: recovers the journal if there is one (or starts a
 * session), then sends random commands as fast as it can, journaling each change, until killed.
 * Prints one line per event so the parent can check what was on disk when the kill came:
 * {@code W seq item step remainingNanos} (taken from the checkpoint itself) just before a checkpoint
 * is written, {@code D seq} after, {@code MISMATCH ...} if the engine's snapshot disagrees with it,
 * {@code WIPE} before a finished turn is wiped (the next session then starts).
 *
 * <p>With a third argument {@code wait}, it first loads what it needs (an engine on a throw-away
 * journal-less session) and then waits for a line on standard input before it touches the data
 * folder: the parent starts the next child while the current one runs, so a kill costs no JVM start.
 */
public final class JournalChild {
    private JournalChild() {
    }

    public static void main(String[] args) throws IOException {
        Path home = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        boolean wait = args.length > 2 && args[2].equals("wait");
        if (wait) {
            warmUp();
            // The parent says "GO" once the previous child is dead and its journal checked.
            if (!"GO".equals(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine())) {
                return;
            }
        }
        PrintStream out = new PrintStream(System.out, false);
        SplittableRandom rnd = new SplittableRandom(seed);
        FakeClock clock = new FakeClock();
        SessionJournal journal = new SessionJournal(new DataFolders(home));
        Recovery r = journal.recover(Fixtures.library(), clock, null);
        SessionEngine[] engine = new SessionEngine[1];
        SessionJournalSink reporting = new SessionJournalSink() {
            @Override
            public void checkpoint(SessionCheckpoint cp) {
                String written = written(cp);
                SessionSnapshot s = engine[0].snapshot();
                String shown = s.itemIndex() + " " + s.stepIndex() + " " + s.remaining().toNanos();
                if (!shown.equals(written)) {
                    // Single-threaded here: nothing can change between the checkpoint and this snapshot.
                    out.println("MISMATCH " + cp.sequence() + " journal " + written + " snapshot " + shown);
                }
                out.println("W " + cp.sequence() + " " + written);
                out.flush();
                journal.checkpoint(cp);
                journal.flush();
                out.println("D " + cp.sequence());
                out.flush();
            }

            @Override
            public void words(String sessionId, List<WrittenWords> words) {
                journal.words(sessionId, words);
                journal.flush();
            }
        };
        switch (r.outcome()) {
            case RECOVERED -> {
                engine[0] = r.engine();
                SessionSnapshot s = engine[0].snapshot();
                out.println("R " + s.itemIndex() + " " + s.stepIndex() + " " + s.remaining().toNanos() + " "
                        + s.status());
            }
            case QUARANTINED -> out.println("Q " + r.message());
            case NOTHING -> out.println("N");
        }
        out.flush();
        if (engine[0] == null) {
            engine[0] = fresh(clock, rnd);
        }
        engine[0].setJournal(reporting);
        engine[0].resume();
        out.println("READY");
        out.flush();
        int limit = args.length > 2 && !wait ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
        for (int i = 0; i < limit; i++) {
            SessionEngine e = engine[0];
            if (e.snapshot().finished()) {
                out.println("WIPE");
                out.flush();
                journal.wipe();
                engine[0] = fresh(clock, rnd);
                engine[0].setJournal(reporting);
                continue;
            }
            switch (rnd.nextInt(10)) {
                case 0, 1, 2 -> {
                    clock.advanceMillis(rnd.nextInt(90_000));
                    e.poll();
                }
                case 3 -> e.pause();
                case 4 -> e.resume();
                case 5 -> e.extend(Duration.ofSeconds(1 + rnd.nextInt(60)));
                case 6 -> e.skip();
                case 7 -> e.back();
                case 8 -> e.addReflection(Partner.A, null, "words " + i, rnd.nextBoolean());
                default -> e.checkpoint();
            }
        }
        out.println("DONE");
        out.flush();
    }

    /**
     * Runs what a kill run needs once, on a throw-away data folder, so that its classes are loaded
     * and linked before "GO": a session journaled, recovered and wiped.
     */
    private static void warmUp() throws IOException {
        Path scratch = Files.createTempDirectory("kindred-warm-up");
        try {
            SplittableRandom rnd = new SplittableRandom(1);
            FakeClock clock = new FakeClock();
            SessionJournal journal = new SessionJournal(new DataFolders(scratch));
            SessionEngine e = fresh(clock, rnd);
            e.setJournal(journal);
            clock.advanceMillis(30_000);
            e.poll();
            e.addReflection(Partner.A, null, "warm", true);
            e.checkpoint();
            journal.flush();
            Recovery r = new SessionJournal(new DataFolders(scratch)).recover(Fixtures.library(), clock, null);
            r.engine().snapshot();
            journal.wipe();
        } finally {
            try (Stream<Path> all = Files.walk(scratch)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** "item step remainingNanos" as the checkpoint itself holds them: what a recovery brings back. */
    static String written(SessionCheckpoint cp) {
        return cp.itemPos() + " " + cp.stepPos() + " " + (cp.budgetNanos() - cp.usedNanos());
    }

    private static SessionEngine fresh(FakeClock clock, SplittableRandom rnd) {
        SessionEngine e = new SessionEngine(Fixtures.evening(), Fixtures.library(), Participants.of("Sam", "Alex"),
                SessionSettings.defaults().withSeed(rnd.nextLong()), clock);
        e.start();
        return e;
    }
}
