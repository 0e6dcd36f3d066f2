package app.kindred.persist;

import app.kindred.content.ContentLibrary;
import app.kindred.content.ContentLoader;
import app.kindred.content.Programme;
import app.kindred.session.ActivePerson;
import app.kindred.session.Participants;
import app.kindred.session.SessionEngine;
import app.kindred.session.SessionScheduler;
import app.kindred.session.SessionSettings;
import app.kindred.session.SessionSnapshot;
import app.kindred.session.SystemClock;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Try the engine as a user would, on a terminal, with the real clock and the journal: runs a shipped
 * programme for a couple, printing the session once a second. Kill it ({@code kill -9}) and start it
 * again: it comes back paused where it was, and resumes.
 *
 * <pre>java -cp ... app.kindred.persist.SessionDemo HOME [PROGRAMME] [SECONDS]</pre>
 */
public final class SessionDemo {
    private SessionDemo() {
    }

    public static void main(String[] args) throws Exception {
        DataFolders folders = new DataFolders(Path.of(args[0]));
        String programmeId = args.length > 1 ? args[1] : "kiosk-taster";
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        ContentLibrary library = ContentLoader.load(Path.of(".")).library();
        SessionJournal journal = new SessionJournal(folders);
        Recovery r = journal.recover(library, SystemClock.INSTANCE, null);
        SessionEngine engine;
        if (r.outcome() == Recovery.Outcome.RECOVERED) {
            engine = r.engine();
            System.out.println(r.message());
            print(engine.snapshot());
            System.out.println("(resuming in 2 s)");
            Thread.sleep(2000);
            engine.resume();
        } else {
            if (r.message() != null) {
                System.out.println(r.message());
            }
            Programme p = library.programme(programmeId).orElseThrow();
            engine = new SessionEngine(p, library, Participants.of("Sam", "Alex"),
                    SettingsStore.load(folders).sessionSettings(null), SystemClock.INSTANCE);
            engine.setJournal(journal);
            engine.start();
        }
        engine.addListener(e -> System.out.println("  event " + e.type() + " " + e.phaseTitle()));
        try (SessionScheduler clock = new SessionScheduler(engine).start()) {
            for (int i = 0; i < seconds; i++) {
                print(engine.snapshot());
                Thread.sleep(1000);
            }
        }
    }

    private static void print(SessionSnapshot s) {
        long rem = s.displaySeconds();
        String who = s.active().stream().map(ActivePerson::name).collect(Collectors.joining(" & "));
        System.out.printf("[%-8s] item %d/%d  step %d/%d  %-28s %-12s %02d:%02d  prompt: %s%n", s.status(),
                s.itemIndex() + 1, s.itemCount(), s.stepIndex() + 1, s.stepCount(), s.phaseTitle(), who,
                rem / 60, rem % 60, s.prompt() == null ? "-" : s.prompt().text());
    }
}
