package app.kindred.content;

/** Who acts during a phase, by role (not by person: after a swap, role A is held by the other person). */
public enum Active {
    /** The person holding role A acts; the other supports (listens, reflects). */
    A,
    /** The person holding role B acts. */
    B,
    /** Both together, or each quietly on their own, as the instructions say. */
    BOTH,
    /** The phase runs twice: first for role A, then for role B, each for the phase's duration. */
    EACH
}
