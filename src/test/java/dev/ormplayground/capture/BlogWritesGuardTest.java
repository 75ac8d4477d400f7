package dev.ormplayground.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@link WriteGuard} lets a level that writes send ({@link WriteGuard.Mode#BLOG_WRITES}):
 * queries, and plain inserts, updates and deletes of the blog's four tables as Hibernate and a
 * learner write them; every other statement refused with why, wherever it hides (a second
 * statement, a quoted or qualified name, a query, a part H2 reads as code and PostgreSQL as a
 * string).
 */
class BlogWritesGuardTest {

    private static final String REFUSED = "Refused before it reached the database: ";

    private static Optional<String> refusal(String sql) {
        return WriteGuard.refusal(sql, WriteGuard.Mode.BLOG_WRITES);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "insert into comments (body,created_at,post_id,user_id,id) values (?,?,?,?,?)",
        "update posts set title=? where id=?",
        "delete from likes where id=?",
        "delete from comments c1_0 where c1_0.post_id=?",
        "insert into comments (id, post_id, user_id, body, created_at) select max(id) + 1, 1, 1, 'x', now() from comments",
        "update users u set name = 'x' where u.id in (select p.author_id from posts p)",
        "INSERT INTO Likes VALUES (1, 2, 3, current_timestamp)",
        "insert /* a reader */ into comments values (1, 1, 1, 'delete; drop table x', now())",
        "update posts set title = 'a'; delete from likes where post_id = 1",
        "select * from posts where id = 1 for update",
        "select count(*) from comments"})
    void aPlainWriteOfTheBlogsTablesOrAQueryPasses(String sql) {
        assertThat(refusal(sql)).as(sql).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "create table notes (id bigint)",
        "drop table likes",
        "alter table comments add column spam varchar(10)",
        "truncate table comments",
        "create index idx_spam on comments(body)",
        "grant all on comments to public"})
    void ddlIsRefusedAsAChangeOfTheSchema(String sql) {
        assertThat(refusal(sql)).get(STRING).startsWith(REFUSED + "this statement changes the schema (")
                .contains("may only insert, update and delete rows of the blog's tables (users, posts, comments, likes)")
                .endsWith(": " + sql);
    }

    @ParameterizedTest
    @ValueSource(strings = {"commit", "rollback", "begin", "start transaction", "end", "savepoint s",
        "set autocommit true", "SET AUTOCOMMIT ON"})
    void aStatementThatEndsOrBeginsATransactionIsRefused(String sql) {
        assertThat(refusal(sql)).get(STRING).startsWith(REFUSED + "this statement ends or begins a transaction (")
                .contains("may not commit its write");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "insert into notes (id) values (1)",
        "insert into public.comments values (1, 1, 1, 'x', now())",
        "update information_schema.tables set table_name = 'x'",
        "delete from \"comments\"",
        "update `posts` set title = 'x'",
        "delete from comments_archive",
        "update comments/**/.x set body = 'x'"})
    void aWriteToAnotherTableOrSchemaOrAQuotedNameIsRefused(String sql) {
        assertThat(refusal(sql)).get(STRING).startsWith(REFUSED + "this statement writes to ")
                .contains("may only change the blog's tables, named as they are: users, posts, comments, likes");
    }

    @Test
    void theRefusalNamesTheTableItWritesTo() {
        assertThat(refusal("update information_schema.users set remarks = 'x'")).get(STRING)
                .startsWith(REFUSED + "this statement writes to INFORMATION_SCHEMA.USERS, ");
        assertThat(refusal("delete from \"COMMENTS\"")).get(STRING).startsWith(REFUSED + "this statement writes to a quoted name, ");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "merge into comments key (id) values (1, 1, 1, 'x', now())",
        "call write_everything()",
        "set search_path = elsewhere",
        "shutdown",
        "runscript from 'blog.sql'",
        "script to 'blog.sql'",
        "backup to 'blog.zip'",
        "delete top 1 from comments",
        "upsert into comments values (1, 1, 1, 'x', now())",
        "copy comments from '/tmp/x'",
        "do $$begin delete from comments; end$$"})
    void everyOtherCommandIsRefused(String sql) {
        assertThat(refusal(sql)).get(STRING).startsWith(REFUSED + "this statement is not a plain insert, update or delete (");
    }

    @Test
    void aWriteHiddenInAQueryOrInAWriteIsRefused() {
        assertThat(refusal("select * from final table (update likes set user_id = 1)")).get(STRING)
                .startsWith(REFUSED + "this query writes (UPDATE) inside it");
        assertThat(refusal("with gone as (delete from likes returning *) select count(*) from gone")).get(STRING)
                .startsWith(REFUSED + "this query writes (DELETE) inside it");
        assertThat(refusal("insert into comments select * from final table (delete from likes)")).get(STRING)
                .startsWith(REFUSED + "this statement writes (DELETE) inside it");
        assertThat(refusal("insert into comments values (nextval('seq'), 1, 1, 'x', now())")).get(STRING)
                .startsWith(REFUSED + "this statement writes (NEXTVAL) inside it");
        assertThat(refusal("insert into likes values (next value for seq, 1, 1, now())")).get(STRING)
                .startsWith(REFUSED + "this statement writes (NEXT VALUE FOR) inside it");
        assertThat(refusal("insert into likes values (1, 1, 1, now()) on conflict (id) do update set user_id = 2"))
                .get(STRING).startsWith(REFUSED + "this statement writes (UPDATE) inside it");
    }

    @Test
    void everyStatementOfTheTextIsJudged() {
        assertThat(refusal("insert into likes values (1, 1, 1, now()); commit")).get(STRING)
                .startsWith(REFUSED + "this statement ends or begins a transaction (COMMIT)");
        assertThat(refusal("delete from likes;; drop table likes;")).get(STRING)
                .startsWith(REFUSED + "this statement changes the schema (DROP)");
    }

    @Test
    void whatH2ReadsAsCodeBetweenDollarTagsIsJudgedToo() {
        // PostgreSQL reads a string; H2 reads each $ as a parameter and runs the drop.
        assertThat(refusal("insert into comments values (1, 1, 1, $a$; drop table likes; $a$, now())")).get(STRING)
                .startsWith(REFUSED + "this statement changes the schema (DROP)");
    }

    @Test
    void aWordInAStringOrCommentIsNoWrite() {
        assertThat(refusal("update comments set body = 'drop table likes; commit' where id = 1")).isEmpty();
        assertThat(refusal("update comments set body = $$commit$$ -- ; drop table likes\n where id = 1")).isEmpty();
    }

    @Test
    void theReadOnlyModeIsTheGuardOfEveryOtherLevel() {
        String sql = "insert into comments values (1, 1, 1, 'x', now())";

        assertThat(WriteGuard.refusal(sql, WriteGuard.Mode.READ_ONLY)).isEqualTo(WriteGuard.refusal(sql)).get(STRING)
                .startsWith(REFUSED + "this statement writes (INSERT), and code you write here may only read");
    }

    @Test
    void aWriteOffTheRunsConnectionIsRefusedAndAQueryThereIsNot() {
        assertThat(WriteGuard.refusalOffTheRunsConnection("delete from likes")).get(STRING)
                .startsWith(REFUSED + "this statement writes (DELETE) on a connection of its own, outside the playground's"
                        + " transaction");
        assertThat(WriteGuard.refusalOffTheRunsConnection("select * from likes")).isEmpty();
    }
}
