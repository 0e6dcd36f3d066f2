package app.kindred.net;

/** For the hub benchmark's reference client only: the embedded broker's own login. */
public final class BenchAccess {
    private BenchAccess() {
    }

    public static String hubPassword(Hub hub) {
        return hub.broker().hubPassword();
    }

    public static Hub hub(app.kindred.session.SessionEngine room, int port) throws java.io.IOException {
        return Rooms.hub(room, new DeviceRegistry(null), port);
    }

    public static app.kindred.session.SessionEngine roomEngine() {
        return Rooms.engine();
    }
}
