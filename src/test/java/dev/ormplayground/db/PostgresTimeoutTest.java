package dev.ormplayground.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.capture.StatementCapture;
import dev.ormplayground.postgres.SilentServer;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A host that takes the TCP connection and never answers is given up on after the timeout, with
 * one line naming host, port and seconds: in the window's Test (the probe) and when a database is
 * opened there (the window's Load, the command line's --db). Tests wait 1 s, not the default 10.
 */
class PostgresTimeoutTest {

    /** Far above the 1 s the tests set, far below a hang. */
    private static final Duration BOUND = Duration.ofSeconds(6);

    @AfterEach
    void defaultTimeoutBack() {
        System.clearProperty(PostgresTimeout.PROPERTY);
    }

    @Test
    void theDefaultIsTenSecondsAndThePropertyChangesIt() {
        assertEquals(10, PostgresTimeout.seconds());
        System.setProperty(PostgresTimeout.PROPERTY, "3");
        assertEquals(3, PostgresTimeout.seconds());
        System.setProperty(PostgresTimeout.PROPERTY, "0");
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, PostgresTimeout::seconds);
        assertEquals("-Dormplayground.pg.timeout must be whole seconds, 1-600, got '0'", wrong.getMessage());
    }

    @Test
    void theProbeGivesUpOnASilentHost() throws IOException {
        try (SilentServer silent = new SilentServer()) {
            assertGivesUp(silent, () -> DatabaseProbe.check(DatabaseChoice.postgres(silent.url(), "orm_test", "x")));
        }
    }

    @Test
    void openingADatabaseGivesUpOnASilentHost() throws IOException {
        try (SilentServer silent = new SilentServer()) {
            assertGivesUp(silent, () -> Database.open(DatabaseChoice.postgres(silent.url(), "orm_test", "x"),
                    new StatementCapture()).close());
        }
    }

    private static void assertGivesUp(SilentServer silent, Executable connect) {
        System.setProperty(PostgresTimeout.PROPERTY, "1");
        long start = System.nanoTime();
        DatabaseAccessException error = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(DatabaseAccessException.class, connect));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertEquals("PostgreSQL at " + silent.hostAndPort() + " did not answer within 1 s: check the host and port"
                + " in --db, and that a PostgreSQL server runs there and is not stuck", error.getMessage());
        assertTrue(silent.connectionsTaken() >= 1, "the connection was taken, then nothing answered");
        assertTrue(millis >= 900, "waited the 1 s it was given, not less: " + millis + " ms");
    }
}
