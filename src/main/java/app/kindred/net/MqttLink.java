package app.kindred.net;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * One connection to the broker (Eclipse Paho, asynchronous client) that keeps itself up: it retries
 * the first connection, reconnects after a loss (at most {@value #MAX_RETRY_MS} ms apart) and
 * subscribes again each time. Messages are QoS 0: every state is sent again within a second anyway,
 * so a lost one costs nothing and nothing queues up behind a dead link. Publishing while
 * disconnected drops the message.
 */
final class MqttLink implements AutoCloseable {
    static final int MAX_RETRY_MS = 1000;
    private static final Logger LOG = Logger.getLogger(MqttLink.class.getName());

    private final MqttAsyncClient client;
    private final MqttConnectOptions options = new MqttConnectOptions();
    private final List<String> subscriptions;
    private final BiConsumer<String, byte[]> onMessage;
    private final Consumer<Boolean> onConnection;
    private final ScheduledExecutorService retry;
    private volatile boolean closed;

    MqttLink(String url, String clientId, String user, String password, List<String> subscriptions,
            BiConsumer<String, byte[]> onMessage, Consumer<Boolean> onConnection) {
        try {
            client = new MqttAsyncClient(url, clientId, new MemoryPersistence());
        } catch (MqttException e) {
            throw new IllegalArgumentException("not a broker address: " + url, e);
        }
        this.subscriptions = List.copyOf(subscriptions);
        this.onMessage = onMessage;
        this.onConnection = onConnection == null ? b -> { } : onConnection;
        this.retry = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mqtt-retry-" + clientId);
            t.setDaemon(true);
            return t;
        });
        options.setCleanSession(true);
        options.setAutomaticReconnect(true);
        options.setMaxReconnectDelay(MAX_RETRY_MS);
        options.setConnectionTimeout(5);
        options.setKeepAliveInterval(5);
        options.setMaxInflight(1000);
        if (user != null) {
            options.setUserName(user);
            options.setPassword(password == null ? new char[0] : password.toCharArray());
        }
        client.setCallback(new MqttCallbackExtended() {
            @Override
            public void connectComplete(boolean reconnect, String serverURI) {
                subscribe();
            }

            @Override
            public void connectionLost(Throwable cause) {
                MqttLink.this.onConnection.accept(false);
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                try {
                    MqttLink.this.onMessage.accept(topic, message.getPayload());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "a message on " + topic + " could not be handled", e);
                }
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
            }
        });
    }

    void start() {
        connect();
    }

    private void connect() {
        if (closed) {
            return;
        }
        try {
            client.connect(options, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                }

                @Override
                public void onFailure(IMqttToken token, Throwable e) {
                    retryLater();
                }
            });
        } catch (MqttException e) {
            retryLater();
        }
    }

    private void retryLater() {
        if (!closed && !retry.isShutdown()) {
            retry.schedule(this::connect, MAX_RETRY_MS / 2, TimeUnit.MILLISECONDS);
        }
    }

    private void subscribe() {
        try {
            if (subscriptions.isEmpty()) {
                onConnection.accept(true);
                return;
            }
            int[] qos = new int[subscriptions.size()];
            client.subscribe(subscriptions.toArray(new String[0]), qos, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    // A broker that refuses a subscription still answers; 0x80 means refused.
                    int[] granted = token.getGrantedQos();
                    boolean ok = granted != null && granted.length > 0 && granted[0] != 0x80;
                    onConnection.accept(ok);
                }

                @Override
                public void onFailure(IMqttToken token, Throwable e) {
                    onConnection.accept(false);
                }
            });
        } catch (MqttException e) {
            LOG.log(Level.FINE, "subscribe failed", e);
        }
    }

    boolean connected() {
        return client.isConnected();
    }

    /** Sends, or drops the message when not connected. */
    void publish(String topic, byte[] payload) {
        if (!client.isConnected()) {
            return;
        }
        try {
            MqttMessage m = new MqttMessage(payload);
            m.setQos(0);
            client.publish(topic, m);
        } catch (MqttException e) {
            LOG.log(Level.FINE, "publish dropped", e);
        }
    }

    @Override
    public void close() {
        closed = true;
        retry.shutdownNow();
        try {
            if (client.isConnected()) {
                client.disconnect(0).waitForCompletion(2000);
            }
        } catch (MqttException e) {
            LOG.log(Level.FINE, "disconnect", e);
        }
        try {
            client.close(true);
        } catch (MqttException e) {
            LOG.log(Level.FINE, "close", e);
        }
    }
}
