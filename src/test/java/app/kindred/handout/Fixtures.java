package app.kindred.handout;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/** Sessions for summary tests. */
final class Fixtures {
    static final String MARKER = "ZQXJ-private-marker";

    private Fixtures() {
    }

    static SessionReport session() {
        return new SessionReport("Listening Basics", LocalDate.of(2026, 11, 21), 6,
                List.of("Sam " + MARKER, "Alex"),
                List.of(
                        new SessionReport.Activity("Holding the Floor", false, Duration.ofMinutes(20), Duration.ofMinutes(23), 3,
                                Duration.ofMinutes(3), 1, false),
                        new SessionReport.Activity("Stretch, water, fresh air", true, Duration.ofMinutes(5), Duration.ofMinutes(6), 0,
                                Duration.ZERO, 0, false),
                        new SessionReport.Activity("Appreciation Round", false, Duration.ofMinutes(15), Duration.ofMinutes(14), 0,
                                Duration.ZERO, 0, false),
                        new SessionReport.Activity("In Your Shoes", false, Duration.ofMinutes(20), Duration.ofSeconds(40), 0,
                                Duration.ZERO, 0, true)),
                List.of(
                        new SessionReport.Reflection("What did you understand about your partner today?",
                                "That Sunday evenings feel heavy for Alex. " + MARKER, true),
                        new SessionReport.Reflection("What surprised you?", "Private, not to print " + MARKER, false)),
                List.of(new SessionReport.Commitment("A ten-minute walk after dinner, phones at home " + MARKER, true),
                        new SessionReport.Commitment("Say one thank-you each night", true),
                        new SessionReport.Commitment("Not chosen for printing", false)),
                List.of("i-statements", "ritual-planner", "no-such-handout"));
    }
}
