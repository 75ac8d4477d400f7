package dev.ormplayground.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.capture.StatementCapture;
import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.data.LoadReport;
import dev.ormplayground.data.load.BlogDataLoader;
import dev.ormplayground.db.DataFingerprint;
import dev.ormplayground.db.Database;
import dev.ormplayground.db.DatabaseAccessException;
import dev.ormplayground.db.DatabaseChoice;
import dev.ormplayground.levels.IndexedFeed;
import dev.ormplayground.run.DataSetSpec;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The program's schema on a real server: made, marked, kept to itself, dropped at close; someone else's refused. */
class SchemaPostgresTest {

    private static DatabaseChoice server;

    @BeforeEach
    void server() {
        server = PostgresServer.choice();
    }

    @AfterEach
    void noSchemaLeft() throws SQLException {
        if (server == null) {
            return; // skipped: no server
        }
        sql("drop schema if exists orm_playground cascade");
    }

    @Test
    void theSchemaIsMarkedHoldsTheFourTablesAndIsDroppedAtClose() throws SQLException {
        try (Database database = Database.open(server, new StatementCapture())) {
            assertEquals("created by ORM Playground", query(
                    "select obj_description(oid, 'pg_namespace') from pg_namespace where nspname = 'orm_playground'"));
            assertEquals(List.of("comments", "likes", "posts", "users"), tables());
            assertTrue(database.description().matches("PostgreSQL \\d+\\.\\d+ at [^ ]+/[^ ]+"), database.description());
        }
        assertEquals(null, query("select nspname from pg_namespace where nspname = 'orm_playground'"));
    }

    @Test
    void aSchemaOfThatNameWithoutTheMarkIsRefusedAndLeftAsItWas() throws SQLException {
        sql("create schema orm_playground");
        sql("create table orm_playground.precious (id int)");
        DatabaseAccessException refused = assertThrows(DatabaseAccessException.class,
                () -> Database.open(server, new StatementCapture()));
        assertTrue(refused.getMessage().contains("schema orm_playground in database 'orm_test'")
                && refused.getMessage().contains("was not created by ORM Playground"), refused.getMessage());
        assertEquals(1, refused.getMessage().lines().count());
        assertEquals(List.of("precious"), tables());
    }

    @Test
    void aMarkedSchemaLeftByARunThatDidNotCloseIsReplaced() throws SQLException {
        sql("create schema orm_playground");
        sql("comment on schema orm_playground is 'created by ORM Playground'");
        sql("create table orm_playground.leftover (id int)");
        try (Database ignored = Database.open(server, new StatementCapture())) {
            assertEquals(List.of("comments", "likes", "posts", "users"), tables());
        }
    }

    @Test
    void aSecondProgramOnTheSameDatabaseIsToldThatTheFirstUsesIt() {
        try (Database first = Database.open(server, new StatementCapture())) {
            DatabaseAccessException refused = assertThrows(DatabaseAccessException.class,
                    () -> Database.open(server, new StatementCapture()));
            assertTrue(refused.getMessage().startsWith("another ORM Playground is using schema orm_playground"),
                    refused.getMessage());
        }
    }

    @Test
    void aRoleWithoutCreateOnTheDatabaseGetsOneLineSayingWhatToGrant() {
        DatabaseChoice withoutCreate = PostgresServer.roleWithoutCreate();
        DatabaseAccessException refused = assertThrows(DatabaseAccessException.class,
                () -> Database.open(withoutCreate, new StatementCapture()));
        assertEquals("role '" + withoutCreate.user() + "' may not create schema orm_playground in database 'orm_test' at "
                + withoutCreate.where() + ": grant it (grant create on database orm_test to " + withoutCreate.user()
                + ") or use a database the role owns", refused.getMessage());
    }

    @Test
    void copyLoadsTheSameRowsAsTheInsertsIntoH2() throws SQLException {
        try (Database pg = Database.open(server, new StatementCapture());
             Database h2 = Database.createInMemory(new StatementCapture())) {
            LoadReport onPg = BlogDataLoader.loadCsv(pg, DataSetSpec.SAMPLE_DATA, LoadProgress.NONE);
            LoadReport onH2 = BlogDataLoader.loadCsv(h2, DataSetSpec.SAMPLE_DATA, LoadProgress.NONE);
            assertEquals(onH2.posts(), onPg.posts());
            assertEquals(DataFingerprint.of(h2.rawDataSource()), DataFingerprint.of(pg.rawDataSource()));
        }
    }

    @Test
    void theIndexedLevelGetsTheArticlesOwnPostsIndexOnPostgres() {
        List<String> onPostgres = IndexedFeed.onPostgres(IndexedFeed.INDEXES);
        assertEquals(IndexedFeed.ARTICLE_POSTS_INDEX, onPostgres.get(0));
        assertEquals(IndexedFeed.INDEXES.subList(1, 3), onPostgres.subList(1, 3));
        try (Database pg = Database.open(server, new StatementCapture())) {
            pg.useIndexes(onPostgres);
            assertTrue(indexDefinitions().contains("CREATE INDEX idx_posts_status_created ON orm_playground.posts"
                    + " USING btree (status, created_at DESC)"), indexDefinitions().toString());
            pg.useIndexes(List.of());
            assertTrue(indexDefinitions().stream().allMatch(index -> index.contains("_pkey")), indexDefinitions().toString());
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> indexDefinitions() throws SQLException {
        return column("select indexdef from pg_indexes where schemaname = 'orm_playground' order by indexname");
    }

    private static List<String> tables() throws SQLException {
        return column("select tablename from pg_tables where schemaname = 'orm_playground' order by tablename");
    }

    private static List<String> column(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = PostgresServer.connect(server); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static String query(String query) throws SQLException {
        List<String> values = column(query);
        return values.isEmpty() ? null : values.get(0);
    }

    private static void sql(String statement) throws SQLException {
        try (Connection c = PostgresServer.connect(server); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
