package app.kindred.net.phone;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The phones signed in: a random session token (the cookie) and a random CSRF token (sent back in a
 * header with every command) per phone. A session ends after {@code idle} without a request (the
 * page polls while it is open, so this is a phone put away or asleep: the same wait as the console's
 * idle lock) and at most {@code lifetime} after sign-in. Tokens are kept only as SHA-256 hashes.
 */
final class RemoteSessions {
    /** A few phones (a facilitator and a helper); signing in a further one ends the oldest session. */
    static final int MAX = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A signed-in phone: its CSRF token, and when it signed in and was last heard from. */
    record Session(String csrf, long signedInNanos, long lastSeenNanos) {
    }

    /** A fresh sign-in: the cookie's token and the CSRF token. */
    record Tokens(String session, String csrf) {
    }

    private final LongSupplier nanoClock;
    private final Duration idle;
    private final Duration lifetime;
    private final Map<String, Session> byHash = new LinkedHashMap<>();

    RemoteSessions(LongSupplier nanoClock, Duration idle, Duration lifetime) {
        this.nanoClock = nanoClock;
        this.idle = idle;
        this.lifetime = lifetime;
    }

    Duration lifetime() {
        return lifetime;
    }

    synchronized Tokens open() {
        dropExpired();
        if (byHash.size() >= MAX) {
            Iterator<String> oldest = byHash.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        Tokens t = new Tokens(random(), random());
        long now = nanoClock.getAsLong();
        byHash.put(hash(t.session()), new Session(t.csrf(), now, now));
        return t;
    }

    /** The live session of this token (and marks it seen now), or null. */
    synchronized Session touch(String token) {
        if (token == null) {
            return null;
        }
        dropExpired();
        String h = hash(token);
        Session s = byHash.get(h);
        if (s == null) {
            return null;
        }
        Session seen = new Session(s.csrf(), s.signedInNanos(), nanoClock.getAsLong());
        byHash.put(h, seen);
        return seen;
    }

    synchronized void close(String token) {
        if (token != null) {
            byHash.remove(hash(token));
        }
    }

    synchronized int size() {
        dropExpired();
        return byHash.size();
    }

    /** True when {@code given} is this session's CSRF token (compared in constant time). */
    static boolean csrfMatches(Session s, String given) {
        return given != null && MessageDigest.isEqual(s.csrf().getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }

    private void dropExpired() {
        long now = nanoClock.getAsLong();
        byHash.values().removeIf(s -> now - s.lastSeenNanos() >= idle.toNanos()
                || now - s.signedInNanos() >= lifetime.toNanos());
    }

    private static String random() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String hash(String token) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
