package dev.ormplayground.db;

import java.util.Locale;

/**
 * The path between Hibernate and the database: the network mode, and a simulated round-trip
 * delay added to every statement execution (what a database across a network costs per query).
 *
 * @param rttMillis 0-50 ms, fractions allowed
 * @param capture   whether p6spy sits between Hibernate and the database; off only to measure
 *                  what the capture itself costs (no statements are recorded then)
 */
public record ConnectionSettings(NetworkMode network, double rttMillis, boolean capture) {

    public static final double MAX_RTT_MS = 50;
    public static final ConnectionSettings DEFAULT = new ConnectionSettings(NetworkMode.IN_PROCESS, 0);

    public ConnectionSettings {
        if (network == null) {
            throw new IllegalArgumentException("a network mode is required");
        }
        if (!(rttMillis >= 0 && rttMillis <= MAX_RTT_MS)) {
            throw new IllegalArgumentException("--rtt must be 0-" + (int) MAX_RTT_MS + " ms, got " + rttMillis);
        }
        if (!capture && rttMillis > 0) {
            throw new IllegalArgumentException("--rtt needs the capture on: p6spy is what adds the delay");
        }
    }

    public ConnectionSettings(NetworkMode network, double rttMillis) {
        this(network, rttMillis, true);
    }

    public long rttNanos() {
        return Math.round(rttMillis * 1_000_000);
    }

    /** e.g. {@code in-process}, {@code tcp + 1 ms simulated round trip} or {@code PostgreSQL}. */
    public String describe() {
        String how = network == NetworkMode.SERVER ? "PostgreSQL" : network.id(); // a server: say which
        if (!capture) {
            return how + ", capture off";
        }
        return rttMillis == 0 ? how : how + " + " + simulatedRoundTrip();
    }

    /**
     * {@code database} and how it was reached, e.g. {@code H2 2.5.252 in memory, tcp} or, for a
     * server, whose URL the database already names, only what was added: {@code PostgreSQL 15.18
     * at localhost:5432/db, 1 ms simulated round trip}.
     */
    public String after(String database) {
        String how = network == NetworkMode.SERVER ? additions() : describe();
        return how.isEmpty() ? database : database + ", " + how;
    }

    /** What these settings add to the way in, e.g. {@code 1 ms simulated round trip}; empty for none. */
    public String additions() {
        if (!capture) {
            return "capture off";
        }
        return rttMillis == 0 ? "" : simulatedRoundTrip();
    }

    private String simulatedRoundTrip() {
        return String.format(Locale.ROOT, "%s ms simulated round trip",
                rttMillis == Math.rint(rttMillis) ? String.valueOf((long) rttMillis) : String.valueOf(rttMillis));
    }
}
