package dev.ormplayground.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@link WriteGuard} promises: a write is refused wherever it hides (inside a query, behind
 * EXPLAIN, in a sequence function, after a literal or comment ends, in a second statement), and a
 * statement that only reads passes however much it looks like a write. Both H2 and PostgreSQL
 * must read a passed statement as a read, so where they read SQL differently the guard reads it
 * both ways.
 */
class WriteGuardTest {

    private static final String REFUSED = "Refused before it reached the database: this statement writes (";

    private static void assertRefusedFor(String command, String sql) {
        Optional<String> refusal = WriteGuard.refusal(sql);
        assertTrue(refusal.isPresent(), () -> "a write let through: " + sql);
        assertTrue(refusal.get().startsWith(REFUSED + command + ")"), refusal.get());
    }

    private static void assertReads(String sql) {
        assertEquals(Optional.empty(), WriteGuard.refusal(sql), sql);
    }

    @Test
    void aDeleteInsideAQueryIsRefused() {
        assertRefusedFor("DELETE", "select * from final table (delete from comments where id = 1)");
        assertRefusedFor("INSERT", "select id from new table (insert into likes values (1, 2))");
    }

    @Test
    void explainAnalyzeOfAWriteIsRefused() {
        assertRefusedFor("DELETE", "explain analyze delete from comments");
    }

    @Test
    void nextvalIsRefused() {
        assertRefusedFor("NEXTVAL", "select nextval('comments_seq')");
    }

    @Test
    void nextValueForIsRefused() {
        assertRefusedFor("NEXT VALUE FOR", "select next value for comments_seq");
    }

    @Test
    void setvalIsRefused() {
        assertRefusedFor("SETVAL", "select setval('comments_seq', 1)");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "insert into likes values (1, 2)",
        "update posts set title = 'x'",
        "delete from comments",
        "merge into likes using users on 1 = 1 when matched then delete",
        "create table copy_of_posts as select * from posts",
        "drop table likes",
        "truncate table comments",
        "call write_everything()",
        "set search_path = elsewhere",
    })
    void aStatementThatDoesNotStartAsAQueryIsRefusedByItsFirstWord(String sql) {
        assertRefusedFor(sql.substring(0, sql.indexOf(' ')).toUpperCase(), sql);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "select p1_0.id, p1_0.title from posts p1_0 where p1_0.id in (1, 2) order by p1_0.created_at desc",
        "with newest as (select id from posts order by id desc) select * from newest",
        "values (1, 2)",
        "table posts",
        "(select id from posts) union (select id from comments)",
        "explain select * from posts",
        "explain analyze select * from posts",
    })
    void aPlainQueryPasses(String sql) {
        assertReads(sql);
    }

    @Test
    void aStringLiteralIsSkipped() {
        assertReads("select 'delete' from t");
        assertReads("select 'it''s; drop table t' from t");
    }

    @Test
    void aQuotedNameIsSkipped() {
        assertReads("select \"update\" from t");
        assertReads("select \"a \"\"; insert\" from t");
        assertReads("select `delete` from t");
    }

    @Test
    void aLineCommentIsSkipped() {
        assertReads("select * from t -- drop table t");
        assertReads("-- drop table t\nselect * from t");
    }

    @Test
    void aBlockCommentIsSkippedNestedAsBothDatabasesNestIt() {
        assertReads("select * from t /* delete from t */");
        assertReads("select * from t /* outer /* inner */ delete from t */");
    }

    @Test
    void aDollarQuotedStringIsSkipped() {
        assertReads("select $$insert into t values (1)$$");
        assertReads("select $$it's$$ from t");
    }

    @Test
    void aTaggedDollarQuotedStringIsSkipped() {
        assertReads("select $body$drop table t$body$");
        assertReads("select $q$ $$ $q$ from t");
    }

    @Test
    void aLockingSelectPasses() {
        assertReads("select * from t for update");
        assertReads("select * from t for no key update");
        assertReads("select * from t where id = 1 for update of t");
    }

    @Test
    void aWriteAfterALiteralIsRefusedWhereTheLiteralEnds() {
        assertRefusedFor("DELETE", "select 'it''s'; delete from t");
        assertRefusedFor("DELETE", "select \"x\"\"\" from t; delete from t");
        assertRefusedFor("DELETE", "select $$x$$; delete from t");
        // Without the tags, the apostrophe would open a string that hides the delete.
        assertRefusedFor("DELETE", "select $q$it's$q$; delete from t");
    }

    @Test
    void aWriteAfterALineCommentEndedByACarriageReturnIsRefused() {
        // Both databases end a line comment at \r too: H2 runs this delete.
        assertRefusedFor("DELETE", "select 1 -- note\r; delete from t");
    }

    @Test
    void aWriteAfterAnEscapedQuoteOfPostgresIsRefused() {
        // PostgreSQL's E'\'' is one quote, so its string ends at the third; the delete is code.
        assertRefusedFor("DELETE", "select E'\\'', 1; delete from t; --'");
    }

    @Test
    void aWriteBetweenDollarTagsIsRefusedAsH2RunsIt() {
        // PostgreSQL reads a string; H2 reads each $ as a parameter and runs the delete.
        assertRefusedFor("DELETE", "select $a$; delete from t; $a$");
    }

    @Test
    void aDollarInsideANameOpensNoString() {
        // a$$ is a name to both databases, not a name followed by $$: the delete is code.
        assertRefusedFor("DELETE", "select 1 a$$; delete from t; select 2 b$$");
    }

    @Test
    void aSecondStatementMustStartAsAQueryToo() {
        assertRefusedFor("CALL", "select 1; call write_everything()");
        assertRefusedFor("DO", "select 1; do $$begin delete from t; end$$");
        assertReads("select 1; select 2;");
    }

    @Test
    void anUpdateAfterANameCalledKeyIsNoLock() {
        assertRefusedFor("UPDATE", "select 1 as key; update t set a = 1");
    }

    @Test
    void selectIntoIsRefusedAsPostgresCreatesATableWithIt() {
        assertRefusedFor("INTO", "select * into copy_of_posts from posts");
    }

    @Test
    void theRefusalShowsTheStatementOnOneLineCutAtItsLimit() {
        String refusal = WriteGuard.refusal("delete\n  from   comments").orElseThrow();
        assertEquals(REFUSED + "DELETE), and code you write here may only read: delete from comments", refusal);

        String longOne = "delete from comments where body = '" + "x".repeat(300) + "'";
        String cut = WriteGuard.refusal(longOne).orElseThrow();
        assertTrue(cut.endsWith(longOne.substring(0, 160) + "…"), cut);
    }

    @Test
    void nothingToReadPasses() {
        assertReads("");
        assertReads(null);
        assertReads("-- only a comment");
    }
}
