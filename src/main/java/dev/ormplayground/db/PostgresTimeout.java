package dev.ormplayground.db;

import org.postgresql.ds.common.BaseDataSource;

/**
 * How long the program waits for a PostgreSQL server while connecting: 10 seconds unless the
 * system property {@code ormplayground.pg.timeout} gives other whole seconds (a slow network, or
 * a test that wants its answer in one). A host that takes the TCP connection and never replies
 * would otherwise keep the command line or the window waiting for ever. The bounds are the
 * driver's own properties, so no timer of ours runs beside the driver's threads.
 */
final class PostgresTimeout {

    static final String PROPERTY = "ormplayground.pg.timeout";
    static final int DEFAULT_SECONDS = 10;
    private static final int MAX_SECONDS = 600;

    private PostgresTimeout() {
    }

    /** The seconds a server may take to answer a connection; read each time, so a test can change it. */
    static int seconds() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            return DEFAULT_SECONDS;
        }
        try {
            int seconds = Integer.parseInt(value.strip());
            if (seconds >= 1 && seconds <= MAX_SECONDS) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // said below, with the range
        }
        throw new IllegalArgumentException("-D" + PROPERTY + " must be whole seconds, 1-" + MAX_SECONDS + ", got '"
                + value + "'");
    }

    /**
     * Bounds the connections of {@code source} by {@code seconds}: the TCP handshake, each wait for
     * the server's reply (the driver's connect thread, which a login timeout leaves behind, ends
     * too instead of holding its socket for ever), and the whole login, however many attempts the
     * driver makes (with sslmode=prefer it asks for SSL, then tries again without).
     */
    static void bound(BaseDataSource source, int seconds) {
        source.setConnectTimeout(seconds);
        source.setSocketTimeout(seconds);
        source.setLoginTimeout(seconds);
    }
}
