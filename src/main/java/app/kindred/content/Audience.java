package app.kindred.content;

/** Where a programme is meant to run. */
public enum Audience {
    KIOSK, ROOM, ANY
}
