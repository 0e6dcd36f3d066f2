package app.kindred.session;

/** How Kindred is used: a couple alone at a kiosk, or a facilitator running a room. */
public enum Mode {
    KIOSK, ROOM
}
