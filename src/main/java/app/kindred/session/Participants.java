package app.kindred.session;

/**
 * The two people of a couple (or, in a room, the generic "Partner A" / "Partner B"). Blank names
 * fall back to the defaults; names are trimmed. Names are personal: never log them.
 */
public record Participants(String nameA, String nameB) {
    public static final String DEFAULT_A = "Partner A";
    public static final String DEFAULT_B = "Partner B";

    public Participants {
        nameA = clean(nameA, DEFAULT_A);
        nameB = clean(nameB, DEFAULT_B);
    }

    public static Participants defaults() {
        return new Participants(null, null);
    }

    public static Participants of(String nameA, String nameB) {
        return new Participants(nameA, nameB);
    }

    public String name(Partner p) {
        return p == Partner.A ? nameA : nameB;
    }

    /** True if this partner typed a name (the UI may then localise the default instead). */
    public boolean named(Partner p) {
        return !name(p).equals(p == Partner.A ? DEFAULT_A : DEFAULT_B);
    }

    private static String clean(String name, String fallback) {
        if (name == null || name.isBlank()) {
            return fallback;
        }
        String s = TypedText.name(name).strip();
        return s.isEmpty() ? fallback : s;
    }
}
