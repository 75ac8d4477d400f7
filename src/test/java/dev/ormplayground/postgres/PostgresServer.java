package dev.ormplayground.postgres;

import static org.junit.jupiter.api.Assertions.fail;

import dev.ormplayground.db.DatabaseChoice;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Assumptions;

/**
 * The real PostgreSQL server the {@code *PostgresTest} tests run against, from system properties
 * (the pom passes {@code ormplayground.pg.url}, {@code .user}, {@code .password}). Without a
 * reachable server those tests are skipped with one line saying how to run them; under
 * {@code CI=true} a missing server fails them instead, so CI cannot pass without running them.
 */
public final class PostgresServer {

    public static final String HOW = "start a server and pass -Dormplayground.pg.url=jdbc:postgresql://127.0.0.1:5432/orm_test"
            + " -Dormplayground.pg.user=orm_test -Dormplayground.pg.password=orm_test (.ci/run does both)";

    private static volatile boolean told;

    private PostgresServer() {
    }

    /** The test server's database, after checking that it answers; skips (or under CI fails) when it does not. */
    public static DatabaseChoice choice() {
        String url = property("ormplayground.pg.url");
        String user = property("ormplayground.pg.user");
        String password = property("ormplayground.pg.password");
        if (url.isEmpty()) {
            unavailable("no server given");
        }
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return DatabaseChoice.postgres(url, user, password);
        } catch (SQLException e) {
            unavailable(url + " does not answer (" + e.getMessage().lines().findFirst().orElse("") + ")");
            throw new AssertionError("unreachable");
        }
    }

    /**
     * The test database as a second role that may log in but not create a schema there: the test
     * role's name with {@code _nocreate}, its password the same name (.ci/run creates it).
     */
    public static DatabaseChoice roleWithoutCreate() {
        DatabaseChoice owner = choice();
        String role = owner.user() + "_nocreate";
        try (Connection ignored = DriverManager.getConnection(owner.url(), role, role)) {
            return DatabaseChoice.postgres(owner.url(), role, role);
        } catch (SQLException e) {
            unavailable("no role " + role + " (create role " + role + " login password '" + role + "')");
            throw new AssertionError("unreachable");
        }
    }

    /** A plain connection to the test database as the test role, past the program. */
    public static Connection connect(DatabaseChoice choice) throws SQLException {
        return DriverManager.getConnection(choice.url(), choice.user(), choice.password());
    }

    private static void unavailable(String why) {
        String line = "PostgreSQL tests skipped: " + why + "; to run them, " + HOW;
        if ("true".equals(System.getenv("CI"))) {
            fail("CI=true needs the PostgreSQL server: " + why + "; " + HOW);
        }
        if (!told) { // once a run, on the console: the skipped tests alone would not say how to run them
            told = true;
            System.err.println(line);
        }
        Assumptions.abort(line);
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        return value == null ? "" : value.strip();
    }
}
