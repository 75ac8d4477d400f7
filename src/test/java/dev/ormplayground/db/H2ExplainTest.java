package dev.ormplayground.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.capture.CapturedStatement;
import dev.ormplayground.capture.StatementCapture;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import org.hibernate.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * H2's plans: a statement with a timestamp is explained from the SQL p6spy wrote, and a statement
 * that writes is explained without being executed, so the data stays as it was.
 */
class H2ExplainTest {

    private Database database;

    @BeforeEach
    void create() throws Exception {
        database = Database.createInMemory(new StatementCapture());
        try (Connection c = database.rawDataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into users values (1, 'Ada', 'a@x', 'u1', 'b'), (2, 'Bob', 'b@x', 'u2', 'b')");
            s.execute("insert into posts values (1, 1, 'First', 'first', 'ex', 'body', 'published', timestamp '2026-03-01 09:30:00')");
            s.execute("insert into comments values (1, 1, 2, 'Nice', timestamp '2026-03-01 10:00:00')");
        }
    }

    @AfterEach
    void close() {
        database.close();
    }

    private long count(String query) throws Exception {
        try (Connection c = database.rawDataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void aQueryWithATimestampIsExplainedAsItRanWithItsValue() {
        CapturedStatement query;
        try (StatementCapture.Recording recording = database.capture().start();
             Session session = database.sessionFactory().openSession()) {
            session.createSelectionQuery("select count(c) from Comment c where c.createdAt <= :at", Long.class)
                    .setParameter("at", LocalDateTime.of(2026, 12, 2, 17, 53, 34, 55_000_000))
                    .getSingleResult();
            query = recording.stop().get(0);
        }

        assertTrue(query.sqlWithValues().contains("'2026-12-02 17:53:34.055'"), query.sqlWithValues());
        String plan = database.explain(query.sqlWithValues()); // ANALYZE runs it: H2 parses the timestamp
        assertTrue(plan.contains("COMMENTS.tableScan") && plan.contains("scanCount: 2"), plan);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "insert into comments (id, post_id, user_id, body, created_at) values (2, 1, 1, 'First!', '2026-12-02 17:53:34.055')",
        "update comments set body = 'changed'",
        "delete from comments",
    })
    void aWriteIsExplainedWithoutRunningIt(String write) throws Exception {
        String plan = database.explain(write);

        assertTrue(plan.startsWith(write.substring(0, write.indexOf(' ')).toUpperCase()), plan);
        assertTrue(plan.endsWith("\n" + Database.NOT_EXECUTED), plan);
        assertEquals(1, count("select count(*) from comments"), "no row added or deleted");
        assertEquals(0, count("select count(*) from comments where body = 'changed'"), "no row changed");
    }

    @Test
    void aQueryIsStillExplainedWithAnalyze() {
        String plan = database.explain("select * from comments where post_id = 1");

        assertTrue(plan.contains("scanCount: 2"), "executed: the one row read, and the end: " + plan);
        assertFalse(plan.contains(Database.NOT_EXECUTED), plan);
    }
}
