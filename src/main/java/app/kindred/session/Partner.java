package app.kindred.session;

/**
 * A person, fixed for the whole session (unlike a role, which swaps). The UI gives each partner
 * its own colour and shape, so the couple can tell at a glance whose turn it is.
 */
public enum Partner {
    A, B;

    public Partner other() {
        return this == A ? B : A;
    }
}
