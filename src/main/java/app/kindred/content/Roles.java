package app.kindred.content;

/** What role A and role B are called in one exercise, e.g. "Speaker" and "Listener". */
public record Roles(String a, String b) {
    public static final Roles PARTNERS = new Roles("Partner A", "Partner B");

    public String label(Active role) {
        return role == Active.B ? b : a;
    }
}
