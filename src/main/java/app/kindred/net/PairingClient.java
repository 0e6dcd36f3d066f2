package app.kindred.net;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A kiosk's side of pairing: sends the code-keyed request and opens the credentials it gets back. */
public final class PairingClient {
    private PairingClient() {
    }

    /**
     * Pairs with the hub at {@code url} using the code shown on the console.
     *
     * @throws PairingException if no broker could be reached, no hub answered within {@code wait}, or the
     *         code was wrong ({@link PairingException#reason()} says which)
     */
    public static DeviceCredentials pair(String url, String code, Duration wait) throws IOException {
        String client = "pair-" + HexFormat.of().formatHex(Wire.randomBytes(8));
        CompletableFuture<Boolean> subscribed = new CompletableFuture<>();
        CompletableFuture<Pairing.Reply> answer = new CompletableFuture<>();
        try (MqttLink link = new MqttLink(url, client, HubBroker.PAIR_USER, "", List.of(Topics.pairReply(client)),
                (topic, payload) -> {
                    try {
                        answer.complete(Wire.json().readValue(payload, Pairing.Reply.class));
                    } catch (IOException e) {
                        answer.completeExceptionally(e);
                    }
                }, up -> {
                    if (up) {
                        subscribed.complete(true);
                    }
                })) {
            link.start();
            KeyPair mine = Pairing.newKeyPair();
            String kioskKey = Pairing.encode(mine.getPublic());
            byte[] codeKey = Pairing.codeKey(code.strip());
            String mac = java.util.Base64.getEncoder().encodeToString(Pairing.requestMac(codeKey, kioskKey));
            long deadline = System.nanoTime() + wait.toNanos();
            try {
                subscribed.get(wait.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                throw new PairingException(PairingException.Reason.UNREACHABLE, "no broker reached at " + url, e);
            }
            byte[] request = Wire.json().writeValueAsBytes(new Pairing.Request(kioskKey, mac));
            Pairing.Reply reply = null;
            // QoS 0 may lose a message: ask again each second until the deadline (the hub answers a
            // repeated request with the same credentials).
            while (reply == null) {
                link.publish(Topics.pairRequest(client), request);
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new TimeoutException();
                }
                try {
                    reply = answer.get(Math.min(left, 1_000_000_000L), TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    reply = null;
                }
            }
            if (reply == null || !reply.accepted()) {
                throw new PairingException(PairingException.Reason.WRONG_CODE, "the hub did not accept the pairing code", null);
            }
            byte[] session = Pairing.sessionKey(codeKey, mine.getPrivate(), Pairing.decode(reply.hubKey()), kioskKey,
                    reply.hubKey());
            return DeviceCredentials.fromJson(Pairing.open(session, reply.sealed()));
        } catch (TimeoutException e) {
            throw new PairingException(PairingException.Reason.TIMEOUT, "no hub answered at " + url, e);
        } catch (GeneralSecurityException | ExecutionException e) {
            throw new PairingException(PairingException.Reason.FAILED, "pairing failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("pairing interrupted", e);
        }
    }
}
