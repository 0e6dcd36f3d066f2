package app.kindred.session;

/** Who presses a control: one of the couple, or the facilitator (console, or PIN at the kiosk). */
public enum Actor {
    PARTICIPANT, FACILITATOR
}
