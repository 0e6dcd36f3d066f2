package app.kindred.net.phone;

import app.kindred.persist.SettingsStore;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The phone remote's web server: one page (HTML, CSS and a little JavaScript from the jar, nothing
 * from the internet) and a small JSON API behind the facilitator PIN. Built on the JDK's own HTTP
 * server ({@code jdk.httpserver}): four commands and a state poll need no framework, and it adds no
 * dependency (docs/NETWORK.md says why not Javalin or Jetty).
 *
 * <p>Every request must name this server in its Host header (a page on another site that rebinds
 * its name to this address is refused). Without a session only the page, its style and script and
 * the sign-in answer; the session is a random token in an HttpOnly, SameSite=Strict cookie, and
 * every command is a POST that carries the session's CSRF token in a header (and, from a browser,
 * this server's Origin). Sign-ins and wrong PINs are logged with the phone's address, never the PIN.
 */
public final class PhoneRemote implements AutoCloseable {
    static final String COOKIE = "kindred-remote";
    static final String CSRF_HEADER = "X-Kindred-CSRF";
    /** The longest a phone stays signed in, however busy. */
    public static final Duration LIFETIME = Duration.ofMinutes(30);
    private static final int MAX_BODY = 256;
    private static final Logger LOG = Logger.getLogger(PhoneRemote.class.getName());
    private static final String SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** The room the phone drives: the console's session, on whatever thread the console needs. */
    public interface Room {
        /** The state now; called on the server's threads. */
        RemoteState state();

        /** Does it if the console would allow it now; false when not. */
        boolean perform(Control control);
    }

    /** The facilitator PIN, with the console's own lockout (one count of wrong guesses for both). */
    public interface Door {
        Verdict attempt(char[] pin);
    }

    /** What a PIN came to. */
    public enum Outcome {
        OPEN, WRONG, LOCKED, NO_PIN
    }

    public record Verdict(Outcome outcome, int attemptsLeft, Duration lockedFor) {
        public static Verdict open() {
            return new Verdict(Outcome.OPEN, 0, Duration.ZERO);
        }

        public static Verdict wrong(int attemptsLeft) {
            return new Verdict(Outcome.WRONG, attemptsLeft, Duration.ZERO);
        }

        public static Verdict locked(Duration remaining) {
            return new Verdict(Outcome.LOCKED, 0, remaining);
        }

        public static Verdict noPin() {
            return new Verdict(Outcome.NO_PIN, 0, Duration.ZERO);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final Room room;
    private final Door door;
    private final RemoteSessions sessions;
    private final PhonePage page = new PhonePage();
    private final String authority;

    private PhoneRemote(HttpServer server, ExecutorService threads, String host, Room room, Door door, RemoteSessions sessions) {
        this.server = server;
        this.threads = threads;
        this.room = room;
        this.door = door;
        this.sessions = sessions;
        this.authority = host + ":" + server.getAddress().getPort();
    }

    /**
     * Starts serving on {@code bind} (port 0: any free one).
     *
     * @param idle a session ends after this long without a request (the console's idle lock)
     */
    public static PhoneRemote start(InetSocketAddress bind, Room room, Door door, LongSupplier nanoClock, Duration idle)
            throws IOException {
        HttpServer server = HttpServer.create(bind, 16);
        AtomicInteger n = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "phone-remote-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        InetAddress a = bind.getAddress();
        String host = a == null || a.isAnyLocalAddress() ? hostText(lanAddress()) : hostText(a);
        PhoneRemote remote = new PhoneRemote(server, threads, host, room, door,
                new RemoteSessions(nanoClock, idle, LIFETIME));
        server.createContext("/", remote::handle);
        server.setExecutor(threads);
        server.start();
        LOG.info("phone remote at " + remote.url());
        return remote;
    }

    /**
     * The remote as the settings ask ({@code phoneRemote}, {@code phoneRemotePort},
     * {@code phoneRemoteBind}); null when it is off.
     */
    public static PhoneRemote fromSettings(SettingsStore settings, Room room, Door door, LongSupplier nanoClock)
            throws IOException {
        if (!settings.get(SettingsStore.PHONE_REMOTE)) {
            return null;
        }
        String bind = settings.get(SettingsStore.PHONE_REMOTE_BIND).strip();
        InetAddress address = bind.isEmpty() ? lanAddress() : InetAddress.getByName(bind);
        return start(new InetSocketAddress(address, settings.get(SettingsStore.PHONE_REMOTE_PORT)), room, door,
                nanoClock, settings.get(SettingsStore.CONSOLE_LOCK_AFTER));
    }

    /** The address to type into the phone, e.g. http://192.168.1.20:8470/ (the console shows it). */
    public String url() {
        return "http://" + authority + "/";
    }

    /** Phones signed in now. */
    public int sessions() {
        return sessions.size();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        LOG.info("phone remote stopped");
    }

    /**
     * This machine's address on the room's network: the first site-local IPv4 address of an interface
     * that is up (not loopback, not a container bridge); loopback when there is none.
     */
    public static InetAddress lanAddress() {
        try {
            InetAddress fallback = null;
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                String name = ni.getName();
                if (!ni.isUp() || ni.isLoopback() || ni.isVirtual() || ni.isPointToPoint()
                        || name.startsWith("docker") || name.startsWith("br-") || name.startsWith("veth")
                        || name.startsWith("virbr")) {
                    continue;
                }
                for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                    if (a instanceof Inet4Address && a.isSiteLocalAddress()) {
                        return a;
                    }
                    if (a instanceof Inet4Address && !a.isLinkLocalAddress() && fallback == null) {
                        fallback = a;
                    }
                }
            }
            if (fallback != null) {
                return fallback;
            }
        } catch (SocketException e) {
            LOG.warning("the network interfaces cannot be listed (" + e.getMessage() + "); the phone remote uses 127.0.0.1");
        }
        return InetAddress.getLoopbackAddress();
    }

    private static String hostText(InetAddress a) {
        return a instanceof Inet6Address ? "[" + a.getHostAddress().replaceAll("%.*", "") + "]" : a.getHostAddress();
    }

    // ------------------------------------------------------------------ requests

    private void handle(HttpExchange x) {
        try {
            headers(x);
            if (!authority.equalsIgnoreCase(String.valueOf(x.getRequestHeaders().getFirst("Host")))) {
                send(x, 421, "text/plain", "wrong host");
                return;
            }
            String path = x.getRequestURI().getPath();
            String method = x.getRequestMethod();
            switch (path) {
                case "/" -> getOnly(x, method, () -> send(x, 200, "text/html", page.html()));
                case "/remote.css" -> getOnly(x, method, () -> send(x, 200, "text/css", page.resource("remote.css")));
                case "/remote.js" -> getOnly(x, method, () -> send(x, 200, "text/javascript", page.resource("remote.js")));
                case "/api/signin" -> postOnly(x, method, () -> signIn(x));
                case "/api/state" -> getOnly(x, method, () -> state(x));
                case "/api/signout" -> postOnly(x, method, () -> signOut(x));
                default -> {
                    if (path.startsWith("/api/command/")) {
                        postOnly(x, method, () -> command(x, path.substring("/api/command/".length())));
                    } else {
                        send(x, 404, "text/plain", "not found");
                    }
                }
            }
        } catch (IOException e) {
            LOG.fine("phone remote: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "phone remote: a request failed", e);
            try {
                send(x, 500, "application/json", "{\"error\":\"server\"}");
            } catch (IOException | RuntimeException ignored) {
                // the answer had already begun; the phone sees the connection end
            }
        } finally {
            x.close();
        }
    }

    private interface Answer {
        void run() throws IOException;
    }

    private void getOnly(HttpExchange x, String method, Answer a) throws IOException {
        if (!method.equals("GET")) {
            send(x, 405, "text/plain", "GET only");
        } else {
            a.run();
        }
    }

    private void postOnly(HttpExchange x, String method, Answer a) throws IOException {
        String origin = x.getRequestHeaders().getFirst("Origin");
        if (!method.equals("POST")) {
            send(x, 405, "text/plain", "POST only");
        } else if (origin != null && !origin.equalsIgnoreCase("http://" + authority)) {
            // A browser says where a POST comes from: only our own page may send one.
            send(x, 403, "application/json", "{\"error\":\"origin\"}");
        } else {
            a.run();
        }
    }

    private void signIn(HttpExchange x) throws IOException {
        String who = who(x);
        char[] pin = pinFrom(x);
        if (pin == null) {
            send(x, 400, "application/json", "{\"error\":\"form\"}");
            return;
        }
        Verdict v;
        try {
            v = door.attempt(pin);
        } finally {
            Arrays.fill(pin, '\0');
        }
        switch (v.outcome()) {
            case OPEN -> {
                RemoteSessions.Tokens t = sessions.open();
                x.getResponseHeaders().add("Set-Cookie", COOKIE + "=" + t.session() + "; Path=/; HttpOnly; SameSite=Strict; Max-Age="
                        + sessions.lifetime().toSeconds());
                LOG.info("phone remote: signed in from " + who);
                send(x, 200, "application/json", room.state().json(t.csrf()));
            }
            case WRONG -> {
                LOG.warning("phone remote: wrong facilitator PIN from " + who + " (" + v.attemptsLeft() + " tries left)");
                send(x, 401, "application/json", "{\"error\":\"wrong\",\"left\":" + v.attemptsLeft() + "}");
            }
            case LOCKED -> {
                LOG.warning("phone remote: PIN refused from " + who + ": locked for " + v.lockedFor().toSeconds() + " s");
                send(x, 429, "application/json", "{\"error\":\"locked\",\"seconds\":" + Math.max(1, v.lockedFor().toSeconds()) + "}");
            }
            case NO_PIN -> {
                LOG.warning("phone remote: sign-in from " + who + " refused: no facilitator PIN is set");
                send(x, 503, "application/json", "{\"error\":\"noPin\"}");
            }
        }
    }

    private void state(HttpExchange x) throws IOException {
        RemoteSessions.Session s = sessions.touch(cookie(x));
        if (s == null) {
            send(x, 401, "application/json", "{\"error\":\"signedOut\"}");
            return;
        }
        send(x, 200, "application/json", room.state().json(s.csrf()));
    }

    private void signOut(HttpExchange x) throws IOException {
        String token = cookie(x);
        RemoteSessions.Session s = sessions.touch(token);
        if (s == null || !RemoteSessions.csrfMatches(s, x.getRequestHeaders().getFirst(CSRF_HEADER))) {
            send(x, 403, "application/json", "{\"error\":\"session\"}");
            return;
        }
        sessions.close(token);
        x.getResponseHeaders().add("Set-Cookie", COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
        LOG.info("phone remote: signed out from " + who(x));
        send(x, 200, "application/json", "{\"signedOut\":true}");
    }

    private void command(HttpExchange x, String name) throws IOException {
        RemoteSessions.Session s = sessions.touch(cookie(x));
        if (s == null || !RemoteSessions.csrfMatches(s, x.getRequestHeaders().getFirst(CSRF_HEADER))) {
            LOG.warning("phone remote: a command without a valid session from " + who(x) + " refused");
            send(x, 403, "application/json", "{\"error\":\"session\"}");
            return;
        }
        java.util.Optional<Control> c = Control.byPath(name);
        if (c.isEmpty()) {
            send(x, 404, "application/json", "{\"error\":\"command\"}");
            return;
        }
        boolean done = room.perform(c.get());
        if (done) {
            LOG.info("phone remote: " + c.get().path() + " from " + who(x));
        }
        send(x, done ? 200 : 409, "application/json", room.state().json(s.csrf()));
    }

    // ------------------------------------------------------------------ plumbing

    private static String who(HttpExchange x) {
        InetSocketAddress a = x.getRemoteAddress();
        return a == null || a.getAddress() == null ? "?" : a.getAddress().getHostAddress();
    }

    private static String cookie(HttpExchange x) {
        for (String header : x.getRequestHeaders().getOrDefault("Cookie", java.util.List.of())) {
            for (String part : header.split(";")) {
                String p = part.strip();
                if (p.startsWith(COOKIE + "=")) {
                    return p.substring(COOKIE.length() + 1);
                }
            }
        }
        return null;
    }

    /** The PIN from a small form body ({@code pin=...}); null when there is none or the body is too long. */
    private static char[] pinFrom(HttpExchange x) throws IOException {
        byte[] body;
        try (InputStream in = x.getRequestBody()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            return null;
        }
        String text = new String(body, StandardCharsets.US_ASCII);
        for (String field : text.split("&")) {
            if (field.startsWith("pin=")) {
                return URLDecoder.decode(field.substring(4), StandardCharsets.US_ASCII).toCharArray();
            }
        }
        return null;
    }

    private static void headers(HttpExchange x) {
        var h = x.getResponseHeaders();
        h.set("Cache-Control", "no-store");
        h.set("X-Content-Type-Options", "nosniff");
        h.set("X-Frame-Options", "DENY");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Content-Security-Policy", SECURITY_POLICY);
    }

    private static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }
}
