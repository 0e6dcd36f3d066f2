package app.kindred.ui.kiosk;

import app.kindred.persist.DataFolders;
import app.kindred.persist.SessionJournal;
import app.kindred.session.FakeClock;
import app.kindred.session.Mode;
import app.kindred.session.SessionSettings;
import app.kindred.ui.Chimes;
import app.kindred.ui.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Builds a kiosk for tests: fixture content, a fake clock, a data folder of its own, fake printing. */
public final class KioskHarness {
    public final FakeClock clock = new FakeClock();
    public final DataFolders folders;
    public final FakeTakeHome takeHome = new FakeTakeHome();
    public final Chimes chimes = new Chimes(true);
    private final SessionJournal journal;
    /** What the kiosk offers; tests may swap in the shipped content before the kiosk opens. */
    public CompletableFuture<app.kindred.content.ContentLibrary> library =
            CompletableFuture.completedFuture(Fixtures.library());

    public KioskHarness(Path home) {
        this.folders = new DataFolders(home);
        this.journal = new SessionJournal(folders);
    }

    /** The journal the kiosk writes to (tests flush it before a pretend crash). */
    public SessionJournal journal() {
        return journal;
    }

    /** The kiosk's limits; tests may set tighter ones before opening it. */
    public KioskLimits limits = KioskLimits.defaults();
    /** Single-key shortcuts and speech; tests may set others before opening it. */
    public KioskAccess access = KioskAccess.defaults();

    public KioskOptions options() {
        return options(clock, false);
    }

    /** With the system clock and a scheduler, for trying the kiosk by hand and for screenshots. */
    public KioskOptions realTimeOptions() {
        return options(app.kindred.session.SystemClock.INSTANCE, true);
    }

    private KioskOptions options(app.kindred.session.MonotonicClock c, boolean realTime) {
        SessionSettings settings = new SessionSettings(Mode.KIOSK, Duration.ofSeconds(30), Duration.ofMinutes(5), null, 42L);
        return new KioskOptions(library, c, realTime, folders,
                takeHome, chimes, settings, () -> journal, null, null, null, limits, access);
    }

    /** Pretends to render and print: writes a "PDF" with the words into the temp folder. */
    public static final class FakeTakeHome implements TakeHomeService {
        public final List<Request> requests = new ArrayList<>();
        public volatile Outcome.Kind answer = Outcome.Kind.PRINTED;

        @Override
        public CompletableFuture<Outcome> renderAndPrint(Request request) {
            requests.add(request);
            return CompletableFuture.supplyAsync(() -> {
                try {
                    Path pdf = Files.createTempFile(request.tempDir(), "take-home-", ".pdf");
                    StringBuilder b = new StringBuilder("%PDF-1.7 fake\n");
                    b.append(request.record().partnerA()).append('\n');
                    request.record().wordsOnSummary().forEach(w -> b.append(w.text()).append('\n'));
                    Files.writeString(pdf, b);
                    return answer == Outcome.Kind.PRINTED ? Outcome.printed(pdf) : Outcome.inOutbox(pdf, "queue stopped");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
