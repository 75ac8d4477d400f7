package dev.ormplayground.db;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How Hibernate reaches the database: H2 inside the JVM or through the real TCP stack on loopback;
 * a database server (PostgreSQL) over the network its JDBC URL names.
 */
public enum NetworkMode {
    /** Embedded H2: a statement is a method call, microseconds. */
    IN_PROCESS("in-process"),
    /** H2's TCP server on 127.0.0.1 and a client connection: every statement is a real round trip. */
    TCP("tcp"),
    /** A database server of its own (PostgreSQL), reached through its JDBC URL: not a choice, the only way there. */
    SERVER("server");

    private final String id;

    NetworkMode(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The H2 mode named {@code in-process} or {@code tcp} (the ones to choose from), or an error that lists them. */
    public static NetworkMode parse(String text) {
        return Arrays.stream(h2Modes()).filter(mode -> mode.id.equals(text.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--network must be one of "
                        + Arrays.stream(h2Modes()).map(NetworkMode::id).collect(Collectors.joining(", "))
                        + ", got '" + text + "'"));
    }

    private static NetworkMode[] h2Modes() {
        return new NetworkMode[] {IN_PROCESS, TCP};
    }

    @Override
    public String toString() {
        return id;
    }
}
