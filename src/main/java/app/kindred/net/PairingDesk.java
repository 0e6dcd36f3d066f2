package app.kindred.net;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Consumer;

/**
 * The hub's side of pairing: holds the six-digit code the console shows, checks requests against
 * it, and hands out new credentials from the {@link DeviceRegistry}. After
 * {@value #MAX_FAILURES} wrong codes the code changes (the console shows the new one), so guessing
 * it over the network is hopeless. Thread-safe.
 */
public final class PairingDesk {
    static final int MAX_FAILURES = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DeviceRegistry registry;
    private final Consumer<String> codeChanged;
    private String code;
    private byte[] codeKey;
    private int failures;
    /** Answers already given, by the requester's key: a request sent twice pairs one device. */
    private final java.util.Map<String, Pairing.Reply> answered = new java.util.LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, Pairing.Reply> eldest) {
            return size() > 64;
        }
    };

    /** @param codeChanged told each new code (the console shows it); called on this thread */
    public PairingDesk(DeviceRegistry registry, Consumer<String> codeChanged) {
        this.registry = registry;
        this.codeChanged = codeChanged == null ? c -> { } : codeChanged;
        newCode();
    }

    public synchronized String code() {
        return code;
    }

    /** A new code: the old one no longer pairs anything. */
    public void newCode() {
        String c;
        synchronized (this) {
            code = String.format("%06d", RANDOM.nextInt(1_000_000));
            failures = 0;
            try {
                codeKey = Pairing.codeKey(code);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
            c = code;
        }
        codeChanged.accept(c);
    }

    /** Answers a pairing request: credentials sealed for the requester, or a refusal. */
    public Pairing.Reply handle(Pairing.Request req) {
        boolean rotate = false;
        try {
            byte[] key;
            synchronized (this) {
                Pairing.Reply before = req == null ? null : answered.get(req.kioskKey());
                if (before != null) {
                    return before;
                }
                key = codeKey;
                boolean ok = req != null && req.kioskKey() != null && req.mac() != null
                        && MessageDigest.isEqual(Pairing.requestMac(key, req.kioskKey()), decode(req.mac()));
                if (!ok) {
                    failures++;
                    rotate = failures >= MAX_FAILURES;
                    return new Pairing.Reply(false, "", "");
                }
            }
            KeyPair mine = Pairing.newKeyPair();
            String hubKey = Pairing.encode(mine.getPublic());
            byte[] session = Pairing.sessionKey(key, mine.getPrivate(), Pairing.decode(req.kioskKey()), req.kioskKey(), hubKey);
            synchronized (this) {
                Pairing.Reply before = answered.get(req.kioskKey());
                if (before != null) {
                    return before;
                }
                DeviceCredentials creds = registry.add();
                Pairing.Reply reply = new Pairing.Reply(true, hubKey, Pairing.seal(session, creds.toJson()));
                answered.put(req.kioskKey(), reply);
                return reply;
            }
        } catch (GeneralSecurityException | IOException e) {
            return new Pairing.Reply(false, "", "");
        } finally {
            if (rotate) {
                newCode();
            }
        }
    }

    private static byte[] decode(String b64) {
        try {
            return Base64.getDecoder().decode(b64);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }
}
