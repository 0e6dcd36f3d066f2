package app.kindred.net;

import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import io.moquette.broker.security.IAuthenticator;
import io.moquette.broker.security.IAuthorizatorPolicy;
import io.moquette.broker.subscriptions.Topic;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

/**
 * The embedded MQTT broker (Moquette) the console starts on the facilitator's machine. Nobody gets
 * in anonymously: the hub logs in with a password made at start, each paired device with its own
 * (checked against the {@link DeviceRegistry}), and a pairing client only as user "pair". Each may
 * subscribe and publish only to its own topics ({@link Topics}); messages are sealed besides
 * ({@link Wire}). Nothing is kept on disk and nothing is sent anywhere else (telemetry off).
 */
public final class HubBroker implements AutoCloseable {
    public static final String HUB_USER = "hub";
    public static final String PAIR_USER = "pair";

    private final Server server = new Server();
    private final DeviceRegistry registry;
    private final String hubPassword = Base64.getUrlEncoder().withoutPadding().encodeToString(Wire.randomBytes(24));
    private final String host;
    private final int port;

    private HubBroker(DeviceRegistry registry, String host, int port) {
        this.registry = registry;
        this.host = host;
        this.port = port;
    }

    /**
     * Starts a broker on {@code host:port}: "0.0.0.0" on a venue's network, "127.0.0.1" in tests;
     * port 0 picks a free one.
     */
    public static HubBroker start(DeviceRegistry registry, String host, int port) throws IOException {
        int chosen = port == 0 ? freePort(host) : port;
        HubBroker b = new HubBroker(registry, host, chosen);
        Properties p = new Properties();
        p.setProperty("host", host);
        p.setProperty("port", Integer.toString(chosen));
        p.setProperty("websocket_port", "disabled");
        p.setProperty("allow_anonymous", "false");
        p.setProperty("allow_zero_byte_client_id", "false");
        p.setProperty("persistence_enabled", "false");
        p.setProperty("telemetry_enabled", "false");
        p.setProperty("use_metrics", "false");
        p.setProperty("use_bugsnag", "false");
        p.setProperty("netty.epoll", "false");
        p.setProperty("buffer_flush_millis", "immediate");
        p.setProperty("reauthorize_subscriptions_on_connect", "true");
        b.server.startServer(new MemoryConfig(p), List.of(), null, b.new Logins(), b.new Rules());
        return b;
    }

    private static int freePort(String host) throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(host, 0));
            return s.getLocalPort();
        }
    }

    /** The address clients connect to, e.g. tcp://127.0.0.1:1883. */
    public String url() {
        String h = host.equals("0.0.0.0") ? "127.0.0.1" : host;
        return "tcp://" + h + ":" + port;
    }

    /** The address it listens on, as set ("0.0.0.0": every interface). */
    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    String hubPassword() {
        return hubPassword;
    }

    /** The number of clients connected now (the hub's own included). */
    public int connectedClients() {
        return server.listConnectedClients().size();
    }

    @Override
    public void close() {
        server.stopServer();
    }

    private final class Logins implements IAuthenticator {
        @Override
        public boolean checkValid(String clientId, String username, byte[] password) {
            if (username == null || clientId == null) {
                return false;
            }
            if (username.equals(HUB_USER)) {
                return password != null && MessageDigest.isEqual(password, hubPassword.getBytes(StandardCharsets.UTF_8));
            }
            if (username.equals(PAIR_USER)) {
                return Topics.PAIR_CLIENT.matcher(clientId).matches();
            }
            return username.equals(clientId) && registry.checkPassword(username, password);
        }
    }

    private final class Rules implements IAuthorizatorPolicy {
        @Override
        public boolean canWrite(Topic topic, String user, String client) {
            return allowed(topic.toString(), user, client, true);
        }

        @Override
        public boolean canRead(Topic topic, String user, String client) {
            return allowed(topic.toString(), user, client, false);
        }

        private boolean allowed(String topic, String user, String client, boolean write) {
            if (user == null) {
                return false;
            }
            if (user.equals(HUB_USER)) {
                return true;
            }
            if (user.equals(PAIR_USER)) {
                return topic.equals(write ? Topics.pairRequest(client) : Topics.pairReply(client));
            }
            return registry.get(user) != null && user.equals(client)
                    && topic.equals(write ? Topics.outbox(user) : Topics.inbox(user));
        }
    }
}
