package dev.ormplayground.capture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.db.Database;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.hibernate.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StatementCaptureTest {

    private Database database;

    @BeforeEach
    void create() throws Exception {
        database = Database.createInMemory(new StatementCapture());
        try (Connection c = database.rawDataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into users values (1, 'Ada', 'a@x', 'u1', 'b'), (2, 'Bob', 'b@x', 'u2', 'b'),"
                    + " (3, 'Cy', 'c@x', 'u3', 'b')");
        }
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void recordsSqlBoundValuesAndRowsInOrder() {
        List<CapturedStatement> statements;
        try (StatementCapture.Recording recording = database.capture().start();
             Session session = database.sessionFactory().openSession()) {
            session.createSelectionQuery("select u.name from User u where u.id >= :min", String.class)
                    .setParameter("min", 2L).getResultList();
            session.createSelectionQuery("select u.name from User u where u.id = :id", String.class)
                    .setParameter("id", 1L).getResultList();
            statements = recording.stop();
        }

        assertEquals(2, statements.size());
        assertTrue(statements.get(0).sql().contains("?"), statements.get(0).sql());
        assertTrue(statements.get(0).sqlWithValues().contains(">=2"), statements.get(0).sqlWithValues());
        assertEquals(2, statements.get(0).rowsRead());
        assertTrue(statements.get(1).sqlWithValues().contains("=1"), statements.get(1).sqlWithValues());
        assertEquals(1, statements.get(1).rowsRead());
        assertTrue(statements.get(0).elapsedNanos() > 0);
    }

    @Test
    void ignoresStatementsOutsideARecording() {
        try (Session session = database.sessionFactory().openSession()) {
            session.createSelectionQuery("from User", Object.class).getResultList();
        }
        StatementCapture.Recording recording = database.capture().start();
        assertEquals(List.of(), recording.stop());
    }

    @Test
    void aLevelThatWritesIsRefusedAConnectionThatBypassesTheCapture() throws Exception {
        try (Connection raw = database.rawDataSource().getConnection();
             StatementCapture.Recording recording = database.capture().start()) {
            assertThatThrownBy(() -> recording.writesToBlogOn(raw)).isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("A level that writes runs only with the capture on");
        }
    }

    @Test
    void groupsSameShapedStatementsAndFlagsTheOnesRepeatedPerItem() {
        List<CapturedStatement> run = List.of(
                new CapturedStatement("select page", "select page", 10, 4),
                new CapturedStatement("select c where p=?", "select c where p=1", 5, 2),
                new CapturedStatement("select c where p=?", "select c where p=2", 5, 3),
                new CapturedStatement("select c where p=?", "select c where p=3", 5, 0),
                new CapturedStatement("select c where p=?", "select c where p=4", 5, 1));

        List<StatementGroup> groups = StatementGroup.of(run, 4);

        assertEquals(2, groups.size());
        assertEquals(new StatementGroup("select page", 1, 10, 4, false), groups.get(0));
        assertEquals(new StatementGroup("select c where p=?", 4, 20, 6, true), groups.get(1));
    }
}
