package app.kindred.net;

import java.io.IOException;

/** Pairing did not work, and why: the kiosk's join screen says which of these it was. */
public final class PairingException extends IOException {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Reason {
        /** The hub answered: the code was not the one it shows (or it has changed). */
        WRONG_CODE,
        /** No connection to a broker at that address within the wait. */
        UNREACHABLE,
        /** Connected, but no hub answered within the wait. */
        TIMEOUT,
        /** The answer could not be opened, or anything else. */
        FAILED
    }

    private final Reason reason;

    PairingException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
