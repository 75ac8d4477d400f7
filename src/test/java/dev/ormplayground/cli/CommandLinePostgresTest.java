package dev.ormplayground.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ormplayground.db.DatabaseChoice;
import dev.ormplayground.postgres.PostgresServer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The command line on a real PostgreSQL server: --db, --db-user, --db-password or PGPASSWORD; a
 * server that cannot be used as given is one line saying what to fix, and exit code 2.
 */
class CommandLinePostgresTest {

    private static DatabaseChoice server;

    @BeforeEach
    void server() {
        server = PostgresServer.choice();
    }

    @AfterEach
    void ownEnvironmentBack() {
        ConnectionOptions.environment = System::getenv;
    }

    @Test
    void feedRunsOnPostgresAndSaysSo() throws Exception {
        CliRun.Outcome run = CliRun.execute("feed", "--level", "indexed", "--format", "json", "--explain",
                "--db", server.url(), "--db-user", server.user(), "--db-password", server.password());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertTrue(json.get("database").asText().startsWith("PostgreSQL "), run.out());
        assertEquals("server", json.get("network").asText());
        assertTrue(json.get("correct").asBoolean());
        assertEquals(3, json.get("queries").asInt());
        String firstPlan = json.get("plans").get(0).get("plan").asText();
        assertTrue(firstPlan.contains("actual time=") && firstPlan.contains("Buffers: shared"), firstPlan);
        assertTrue(run.err().contains("into PostgreSQL "), run.err());
    }

    @Test
    void benchTakesThePasswordFromPgpassword() {
        ConnectionOptions.environment = name -> name.equals("PGPASSWORD") ? server.password() : null;
        CliRun.Outcome run = CliRun.execute("bench", "--levels", "naive,indexed", "--settle", "0", "--warmup", "0",
                "--runs", "1", "--min-seconds", "0", "--rtt", "0.1", "--db", server.url(), "--db-user", server.user());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().lines().findFirst().orElseThrow().contains("PostgreSQL "), run.out());
        assertTrue(run.out().lines().findFirst().orElseThrow().matches(
                ".*; PostgreSQL 15\\.\\d+ at 127\\.0\\.0\\.1:5432/\\w+, 0\\.1 ms simulated round trip; page 20; .*"), run.out());
    }

    @Test
    void anUnreachablePortIsOneLineAndExitTwo() {
        assertOneLine(List.of("--db", "jdbc:postgresql://127.0.0.1:1/orm_test", "--db-user", "orm_test",
                "--db-password", "x"), "error: cannot reach PostgreSQL at 127.0.0.1:1/orm_test (");
    }

    @Test
    void aWrongPasswordIsOneLineAndExitTwo() {
        assertOneLine(List.of("--db", server.url(), "--db-user", server.user(), "--db-password", "wrong"),
                "error: PostgreSQL at " + server.where() + " refused the password of role '" + server.user()
                        + "': give the right one with --db-password or the environment variable PGPASSWORD");
    }

    @Test
    void aRoleWithoutCreateIsOneLineAndExitTwo() {
        DatabaseChoice role = PostgresServer.roleWithoutCreate();
        assertOneLine(List.of("--db", role.url(), "--db-user", role.user(), "--db-password", role.password()),
                "error: role '" + role.user() + "' may not create schema orm_playground in database 'orm_test'");
    }

    @Test
    void usageMistakesAreSaidBeforeConnecting() {
        assertOneLine(List.of("--db", "jdbc:mysql://localhost/x"), "error: --db: 'jdbc:mysql://localhost/x' is neither h2 nor a PostgreSQL URL");
        assertOneLine(List.of("--db", server.url()), "error: --db " + server.url() + " needs --db-user ROLE");
        assertOneLine(List.of("--db", server.url(), "--db-user", "u", "--network", "tcp"),
                "error: --network is H2's only: PostgreSQL is reached over the network its --db URL names");
        assertOneLine(List.of("--db-user", "me"), "error: --db-user and --db-password are for a PostgreSQL --db");
    }

    private static void assertOneLine(List<String> options, String start) {
        List<String> args = new java.util.ArrayList<>(List.of("feed", "--level", "naive"));
        args.addAll(options);
        CliRun.Outcome run = CliRun.execute(args.toArray(String[]::new));
        assertEquals(PlaygroundCommand.BAD_INPUT, run.exitCode(), run.err());
        List<String> lines = run.err().lines().filter(line -> !line.startsWith("see '")).toList();
        assertEquals(1, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith(start), lines.get(0));
        assertEquals("", run.out());
    }
}
