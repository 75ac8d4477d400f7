package dev.ormplayground.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.db.DataFingerprint;
import dev.ormplayground.engine.SamplePlayground;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The console answers a query typed in HQL or SQL with its rows, its SQL and its plan; a mistake
 * is one line with its position; and whatever is typed, the data stays exactly as it was.
 */
class ConsoleTest {

    @RegisterExtension
    static final SamplePlayground sample = new SamplePlayground();

    @Test
    void anHqlSelectReturnsItsRowsItsSqlAndItsPlan() throws Exception {
        long published = count("select count(*) from posts where status = 'published'");

        ConsoleResult result = sample.playground().console(QueryLanguage.HQL,
                "select p.title, p.status from Post p where p.status = 'published'");

        assertNull(result.error(), result.error());
        assertEquals(List.of("p.title", "p.status"), result.columns());
        assertEquals(published, result.totalRows());
        assertEquals(Math.min(published, Console.SHOWN_ROWS), result.rows().size());
        assertTrue(published > 0, "the sample has published posts");
        assertTrue(result.rows().stream().allMatch(row -> row.get(1).equals("published")), result.rows().toString());
        assertEquals(1, result.statements().size());
        String sql = result.statements().get(0).sql().toLowerCase();
        assertTrue(sql.contains("from posts") && sql.contains("status"), sql);
        assertNotNull(result.plan());
        assertTrue(result.plan().toUpperCase().contains("PUBLIC.POSTS"), result.plan());
        assertFalse(result.refused());
    }

    @Test
    void aSelectOverMoreThanAHundredRowsShowsAHundredAndCountsThemAll() throws Exception {
        long comments = count("select count(*) from comments");

        ConsoleResult result = sample.playground().console(QueryLanguage.HQL, "select c from Comment c order by c.id");

        assertNull(result.error(), result.error());
        assertTrue(comments > Console.SHOWN_ROWS, "the sample has over 100 comments: " + comments);
        assertEquals(Console.SHOWN_ROWS, result.rows().size());
        assertEquals(comments, result.totalRows());
        assertTrue(result.cut());
        assertTrue(result.rows().get(0).get(0).matches("Comment#\\d+"), "an entity by its id: " + result.rows().get(0));
    }

    @Test
    void sqlModeRunsTheStatementAsTyped() throws Exception {
        long likedPosts = count("select count(distinct post_id) from likes");

        ConsoleResult result = sample.playground().console(QueryLanguage.SQL,
                "select post_id, count(*) as likes from likes group by post_id order by post_id;");

        assertNull(result.error(), result.error());
        assertEquals(List.of("POST_ID", "LIKES"), result.columns());
        assertEquals(likedPosts, result.totalRows());
        assertEquals(Math.min(likedPosts, Console.SHOWN_ROWS), result.rows().size());
        assertTrue(result.rows().stream().allMatch(row -> Long.parseLong(row.get(1)) > 0), result.rows().toString());
        assertEquals(1, result.statements().size());
        assertTrue(result.statements().get(0).sql().startsWith("select post_id"), result.statements().get(0).sql());
        assertTrue(result.plan() != null && result.plan().toUpperCase().contains("GROUP BY"), result.plan());
    }

    @Test
    void anHqlSyntaxErrorIsOneLineWithItsPosition() {
        ConsoleResult result = sample.playground().console(QueryLanguage.HQL, "select p.title\nfrom Post p wher p.id = 1");

        assertTrue(result.failed());
        assertOneLine(result.error());
        assertTrue(result.error().contains(" at 2:"), result.error());
        assertTrue(result.rows().isEmpty());
    }

    @Test
    void anUnknownEntityIsOneLineNamingIt() {
        ConsoleResult result = sample.playground().console(QueryLanguage.HQL, "select a from Article a");

        assertOneLine(result.error());
        assertTrue(result.error().contains("'Article'") && result.error().contains(" at 1:15"), result.error());
        assertFalse(result.refused());
    }

    @Test
    void anUnknownAttributeIsOneLineNamingIt() {
        ConsoleResult result = sample.playground().console(QueryLanguage.HQL, "select p.headline from Post p");

        assertOneLine(result.error());
        assertTrue(result.error().contains("'headline'") && result.error().contains(" at 1:10"), result.error());
    }

    @Test
    void anSqlSyntaxErrorIsOneLineWithTheDatabasesPosition() {
        ConsoleResult result = sample.playground().console(QueryLanguage.SQL, "select id\nfrom posts\nwhere id = = 1");

        assertOneLine(result.error());
        assertTrue(result.error().startsWith("SQL error at 3:12: "), result.error());
        assertTrue(result.error().contains("[*]"), result.error());
    }

    @Test
    void anUnknownColumnIsOneLineNamingIt() {
        ConsoleResult result = sample.playground().console(QueryLanguage.SQL, "select headline from posts");

        assertOneLine(result.error());
        assertTrue(result.error().startsWith("SQL error at 1:8: Column \"HEADLINE\" not found"), result.error());
    }

    @Test
    void everyWriteIsRefusedNamingItsStatementAndTheDataStaysAsItWas() throws Exception {
        String before = fingerprint();
        record Attempt(QueryLanguage language, String query, String named) {
        }
        for (Attempt attempt : List.of(
                new Attempt(QueryLanguage.HQL, "delete from Comment", "delete from comments"),
                new Attempt(QueryLanguage.HQL, "update Post set title = 'x'", "update posts"),
                new Attempt(QueryLanguage.SQL, "drop table likes", "drop table likes"),
                new Attempt(QueryLanguage.SQL, "delete from comments", "delete from comments"),
                new Attempt(QueryLanguage.SQL, "insert into likes values (999999, 1, 1, now())", "insert into likes"),
                new Attempt(QueryLanguage.SQL, "select 1; drop table posts", "drop table posts"))) {
            ConsoleResult result = sample.playground().console(attempt.language(), attempt.query());

            String where = attempt.language() + " " + attempt.query() + ": " + result.error();
            assertTrue(result.refused(), where);
            assertOneLine(result.error());
            assertTrue(result.error().startsWith("Refused before it reached the database"), where);
            assertTrue(result.error().toLowerCase().contains(attempt.named()), where);
            assertTrue(result.rows().isEmpty(), where);
            assertTrue(result.statements().isEmpty(), where + ": nothing reached the database " + result.statements());
        }
        assertEquals(before, fingerprint(), "not one byte of the data changed");
        assertTrue(sample.playground().runWithLines(sample.playground().ladder().first(), 20).correct(), "the naive level still reads the same feed");
    }

    private static void assertOneLine(String error) {
        assertNotNull(error);
        assertFalse(error.contains("\n") || error.contains("\tat "), error);
        assertTrue(error.length() < 500, error);
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = sample.playground().runner().database().rawDataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** A digest of every row of the four tables, read past the capture. */
    private static String fingerprint() throws Exception {
        return DataFingerprint.of(sample.playground().runner().database().rawDataSource());
    }
}
