package app.kindred.ui.kiosk;

import app.kindred.session.MonotonicClock;
import app.kindred.session.SessionRecord;
import app.kindred.ui.Edt;
import app.kindred.ui.Navigator;
import app.kindred.ui.Text;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * "Print our sheet": the print screen while the pack is made, then what became of it. At most
 * {@link KioskLimits#packsPerHour()} packs an hour, so a passer-by cannot empty the paper tray; past
 * that the couple is told plainly and nothing is rendered or kept.
 */
final class PackPrinting {
    private static final Logger LOG = Logger.getLogger(PackPrinting.class.getName());
    private static final long HOUR = Duration.ofHours(1).toNanos();

    private final Navigator navigator;
    private final TakeHomeService takeHome;
    private final MonotonicClock clock;
    private final int perHour;
    private final Path tempDir;
    /** When the packs of the last hour were sent, oldest first. */
    private final ArrayDeque<Long> sentAt = new ArrayDeque<>();
    /** Told the result as the screen says it (title and message): the announcement. */
    private java.util.function.Consumer<String> onResult = t -> { };

    PackPrinting(Navigator navigator, TakeHomeService takeHome, MonotonicClock clock, int perHour, Path tempDir) {
        this.navigator = navigator;
        this.takeHome = takeHome;
        this.clock = clock;
        this.perHour = perHour;
        this.tempDir = tempDir;
    }

    void onResult(java.util.function.Consumer<String> said) {
        onResult = said;
    }

    private void shown(PrintScreen screen, TakeHomeService.Outcome o) {
        screen.outcome(o);
        onResult.accept(Text.format("announce.print", screen.titleText(), screen.message()));
    }

    /** On the event thread: shows the print screen and sends the pack (or says why not). */
    void print(SessionRecord record, List<String> handoutIds) {
        PrintScreen screen = navigator.screen(PrintScreen.ID, PrintScreen.class);
        screen.working();
        navigator.show(PrintScreen.ID);
        long now = clock.nanoTime();
        while (!sentAt.isEmpty() && now - sentAt.peekFirst() >= HOUR) {
            sentAt.removeFirst();
        }
        if (sentAt.size() >= perHour) {
            LOG.warning("take-home pack refused: " + sentAt.size() + " packs printed in the last hour");
            shown(screen, TakeHomeService.Outcome.failed(Text.get("print.limit")));
            return;
        }
        sentAt.addLast(now);
        takeHome.renderAndPrint(new TakeHomeService.Request(record, handoutIds, tempDir)).whenComplete((outcome, err) -> Edt.run(() -> {
            TakeHomeService.Outcome o = outcome;
            if (err != null) {
                LOG.log(Level.WARNING, "take-home pack failed", err);
                o = TakeHomeService.Outcome.failed(Text.get("print.unknown"));
            }
            if (PrintScreen.ID.equals(navigator.current().id())) {
                shown(screen, o);
            }
        }));
    }
}
