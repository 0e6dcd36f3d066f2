package app.kindred.net.phone;

import static org.assertj.core.api.Assertions.assertThat;

import app.kindred.session.FakeClock;
import app.kindred.session.SessionEngine;
import app.kindred.session.SessionStatus;
import app.kindred.ui.console.Workshops;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The phone remote's server with a plain HTTP client on 127.0.0.1: nothing without a session,
 * no command without the CSRF token, from another origin or for another host; sessions expire;
 * the state is numbers and flags only; sign-ins and wrong PINs are logged without the PIN.
 */
class PhoneRemoteTest {
    private static final String PIN = "246813";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final FakeClock clock = new FakeClock();
    private final AtomicInteger wrong = new AtomicInteger();
    private final List<String> log = new ArrayList<>();
    private final Handler logHandler = new Handler() {
        @Override
        public void publish(LogRecord r) {
            synchronized (log) {
                log.add(r.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(WAIT).build();
    private SessionEngine engine;
    private PhoneRemote remote;

    @BeforeEach
    void start() throws IOException {
        Logger.getLogger(PhoneRemote.class.getName()).addHandler(logHandler);
        engine = Workshops.engine(clock);
        engine.start();
        PhoneRemote.Room room = new PhoneRemote.Room() {
            @Override
            public RemoteState state() {
                return RemoteState.of(engine.poll(), engine::canDo);
            }

            @Override
            public boolean perform(Control c) {
                return switch (c) {
                    case START -> engine.start();
                    case PAUSE -> engine.pause();
                    case RESUME -> engine.resume();
                    case ADD_MINUTE -> engine.extend(Duration.ofMinutes(1));
                    case NEXT -> engine.skip();
                };
            }
        };
        PhoneRemote.Door door = pin -> String.valueOf(pin).equals(PIN) ? PhoneRemote.Verdict.open()
                : PhoneRemote.Verdict.wrong(4 - wrong.getAndIncrement());
        remote = PhoneRemote.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), room, door,
                clock::nanoTime, Duration.ofMinutes(2));
    }

    @AfterEach
    void stop() {
        remote.close();
        Logger.getLogger(PhoneRemote.class.getName()).removeHandler(logHandler);
    }

    @Test
    void theUrlIsOnLoopbackAndThePageComesFromTheJarWithNothingFromElsewhere() throws Exception {
        assertThat(remote.url()).matches("http://127\\.0\\.0\\.1:\\d+/");
        HttpResponse<String> page = get("/", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/remote.js", "/remote.css", "Facilitator PIN")
                .doesNotContain("http://", "https://", "${");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'none'", "frame-ancestors 'none'"));
        assertThat(get("/remote.js", null).body()).doesNotContain("http://", "https://");
        assertThat(get("/remote.css", null).body()).doesNotContain("http://", "https://", "@import");
    }

    @Test
    void withoutASessionThereIsNoStateAndNoCommand() throws Exception {
        assertThat(get("/api/state", null).statusCode()).isEqualTo(401);
        for (String c : List.of("start", "pause", "resume", "extend", "next")) {
            assertThat(post("/api/command/" + c, null, null, null).statusCode()).as(c).isEqualTo(403);
        }
        assertThat(engine.snapshot().status()).isEqualTo(SessionStatus.RUNNING);
        assertThat(get("/api/state", "kindred-remote=made-up").statusCode()).isEqualTo(401);
    }

    @Test
    void aWrongPinIsRefusedAndLoggedWithoutThePin() throws Exception {
        HttpResponse<String> r = signIn("975318");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("\"error\":\"wrong\"", "\"left\":4");
        assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
        synchronized (log) {
            assertThat(log).anySatisfy(m -> assertThat(m).contains("wrong facilitator PIN from 127.0.0.1"))
                    .noneSatisfy(m -> assertThat(m).contains("975318"));
        }
    }

    @Test
    void theRightPinGivesAnHttpOnlyStrictCookieAndCommandsNeedItsCsrfToken() throws Exception {
        HttpResponse<String> in = signIn(PIN);
        assertThat(in.statusCode()).isEqualTo(200);
        String setCookie = in.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).startsWith("kindred-remote=").contains("HttpOnly", "SameSite=Strict", "Path=/",
                "Max-Age=1800");
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        String csrf = field(in.body(), "csrf");
        synchronized (log) {
            assertThat(log).anySatisfy(m -> assertThat(m).contains("signed in from 127.0.0.1"))
                    .noneSatisfy(m -> assertThat(m).contains(PIN));
        }

        // the cookie alone, a wrong token, or a GET: refused, and the engine runs on
        assertThat(post("/api/command/pause", cookie, null, null).statusCode()).isEqualTo(403);
        assertThat(post("/api/command/pause", cookie, csrf + "x", null).statusCode()).isEqualTo(403);
        assertThat(post("/api/command/pause", cookie, csrf, "http://evil.example").statusCode()).isEqualTo(403);
        assertThat(get("/api/command/pause", cookie).statusCode()).isEqualTo(405);
        assertThat(engine.snapshot().status()).isEqualTo(SessionStatus.RUNNING);

        // the token without the cookie: refused
        assertThat(post("/api/command/pause", null, csrf, null).statusCode()).isEqualTo(403);

        // both, from our own origin: done
        HttpResponse<String> paused = post("/api/command/pause", cookie, csrf, remote.url().replaceAll("/$", ""));
        assertThat(paused.statusCode()).isEqualTo(200);
        assertThat(engine.snapshot().status()).isEqualTo(SessionStatus.PAUSED);
        assertThat(paused.body()).contains("\"paused\":true");
        // not possible now: said so, nothing happens
        assertThat(post("/api/command/pause", cookie, csrf, null).statusCode()).isEqualTo(409);
        assertThat(post("/api/command/resume", cookie, csrf, null).statusCode()).isEqualTo(200);
        assertThat(engine.snapshot().status()).isEqualTo(SessionStatus.RUNNING);

        Duration before = engine.snapshot().remaining();
        assertThat(post("/api/command/extend", cookie, csrf, null).statusCode()).isEqualTo(200);
        assertThat(engine.snapshot().remaining()).isEqualTo(before.plusMinutes(1));
        int step = engine.snapshot().stepIndex();
        assertThat(post("/api/command/next", cookie, csrf, null).statusCode()).isEqualTo(200);
        assertThat(engine.snapshot().stepIndex()).isEqualTo(step + 1);
        assertThat(post("/api/command/reboot", cookie, csrf, null).statusCode()).isEqualTo(404);

        // signing out ends the session
        assertThat(post("/api/signout", cookie, csrf, null).statusCode()).isEqualTo(200);
        assertThat(get("/api/state", cookie).statusCode()).isEqualTo(401);
        assertThat(post("/api/command/pause", cookie, csrf, null).statusCode()).isEqualTo(403);
    }

    @Test
    void aSessionEndsWhenThePhoneIsQuietAsLongAsTheConsolesIdleLockAndAfterHalfAnHourAnyway() throws Exception {
        String cookie = cookieOf(signIn(PIN));
        clock.advance(Duration.ofSeconds(119));
        assertThat(get("/api/state", cookie).statusCode()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(2));
        assertThat(get("/api/state", cookie).statusCode()).isEqualTo(401);

        String busy = cookieOf(signIn(PIN));
        for (int i = 0; i < 30; i++) {
            assertThat(get("/api/state", busy).statusCode()).as("minute " + i).isEqualTo(200);
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(get("/api/state", busy).statusCode()).isEqualTo(401);
    }

    @Test
    void aRequestForAnotherHostIsRefused() throws Exception {
        // A page elsewhere whose name was rebound to this address would send its own name as Host.
        int port = URI.create(remote.url()).getPort();
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout((int) WAIT.toMillis());
            OutputStream out = s.getOutputStream();
            out.write(("GET / HTTP/1.1\r\nHost: rebound.example:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(status).isEqualTo("HTTP/1.1 421");
        }
    }

    @Test
    void theStateIsNumbersAndFlagsOnly() throws Exception {
        HttpResponse<String> in = signIn(PIN);
        String json = get("/api/state", cookieOf(in)).body();
        // every value: a number, true/false, a status word, the token, or the object of what is possible
        Matcher m = Pattern.compile("\"(\\w+)\":(\\{[^}]*}|\"[^\"]*\"|[^,}]+)").matcher(json);
        List<String> keys = new ArrayList<>();
        while (m.find()) {
            keys.add(m.group(1));
            String v = m.group(2);
            if (m.group(1).equals("status")) {
                assertThat(v).matches("\"[a-z_]+\"");
            } else if (m.group(1).equals("csrf")) {
                assertThat(v).matches("\"[A-Za-z0-9_-]{43}\"");
            } else if (!v.startsWith("{")) {
                assertThat(v).as(m.group(1)).matches("-?\\d+|true|false");
            }
        }
        assertThat(keys).containsExactly("status", "item", "items", "isBreak", "step", "steps", "secondsLeft",
                "paused", "can", "csrf");
        String title = engine.snapshot().exercise().title();
        assertThat(json).doesNotContain(title);
        assertThat(get("/", null).body()).doesNotContain(title);
    }

    @Test
    void theSettingsKeepItOffUntilItIsTurnedOnAndThenPlaceIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        app.kindred.persist.SettingsStore settings = app.kindred.persist.SettingsStore.load(dir.resolve("settings.properties"));
        PhoneRemote.Door never = pin -> PhoneRemote.Verdict.noPin();
        assertThat(PhoneRemote.fromSettings(settings, null, never, clock::nanoTime)).isNull();

        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        settings.set(app.kindred.persist.SettingsStore.PHONE_REMOTE, true);
        settings.set(app.kindred.persist.SettingsStore.PHONE_REMOTE_BIND, "127.0.0.1");
        settings.set(app.kindred.persist.SettingsStore.PHONE_REMOTE_PORT, port);
        try (PhoneRemote on = PhoneRemote.fromSettings(settings, null, never, clock::nanoTime)) {
            assertThat(on.url()).isEqualTo("http://127.0.0.1:" + port + "/");
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(on.url() + "api/signin")).timeout(WAIT)
                    .POST(HttpRequest.BodyPublishers.ofString("pin=" + PIN)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.body()).contains("noPin");
        }
    }

    // ------------------------------------------------------------------ helpers

    private HttpResponse<String> signIn(String pin) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(remote.url() + "api/signin")).timeout(WAIT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("pin=" + pin)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(remote.url() + path.substring(1))).timeout(WAIT).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String cookie, String csrf, String origin) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(remote.url() + path.substring(1))).timeout(WAIT)
                .POST(HttpRequest.BodyPublishers.noBody());
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        if (csrf != null) {
            b.header(PhoneRemote.CSRF_HEADER, csrf);
        }
        if (origin != null) {
            b.header("Origin", origin);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookieOf(HttpResponse<String> signIn) {
        String c = signIn.headers().firstValue("Set-Cookie").orElseThrow();
        return c.substring(0, c.indexOf(';'));
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        assertThat(m.find()).as(name + " in " + json).isTrue();
        return m.group(1);
    }
}
