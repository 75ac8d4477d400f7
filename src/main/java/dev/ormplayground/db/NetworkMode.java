package dev.ormplayground.db;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How Hibernate reaches the database: inside the JVM, or through the real TCP stack on loopback. */
public enum NetworkMode {
    /** Embedded H2: a statement is a method call, microseconds. */
    IN_PROCESS("in-process"),
    /** H2's TCP server on 127.0.0.1 and a client connection: every statement is a real round trip. */
    TCP("tcp");

    private final String id;

    NetworkMode(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The mode named {@code in-process} or {@code tcp}, or an error that lists them. */
    public static NetworkMode parse(String text) {
        return Arrays.stream(values()).filter(mode -> mode.id.equals(text.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--network must be one of "
                        + Arrays.stream(values()).map(NetworkMode::id).collect(Collectors.joining(", "))
                        + ", got '" + text + "'"));
    }

    @Override
    public String toString() {
        return id;
    }
}
