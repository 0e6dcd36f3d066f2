package app.kindred.net;

/** Where a couple's take-home pack is, as the facilitator may see it. */
public enum PrintState {
    NONE, PRINTING, IN_OUTBOX
}
