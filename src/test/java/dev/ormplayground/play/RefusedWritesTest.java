package dev.ormplayground.play;

import static dev.ormplayground.play.WritingPlayground.COMMENT;
import static dev.ormplayground.play.WritingPlayground.REFUSED;
import static dev.ormplayground.play.WritingPlayground.jdbcWrite;
import static dev.ormplayground.play.WritingPlayground.nativeWrite;
import static dev.ormplayground.play.WritingPlayground.writing;
import static dev.ormplayground.play.WritingPlayground.writingLevel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a user's level that says it writes may not do, each after a comment of its own is written:
 * DDL, a write to a table outside the blog's four, a commit however it is sent, a write on a
 * connection of its own, any other command. Each is refused before it reaches the database with a
 * sentence saying what and why, and afterwards the data is the one loaded, the comment included.
 */
class RefusedWritesTest {

    @RegisterExtension
    static final WritingPlayground data = new WritingPlayground();

    @ParameterizedTest
    @ValueSource(strings = {
        "create table notes (id bigint)",
        "drop table likes",
        "alter table comments add column spam varchar(10)",
        "truncate table comments",
        "create index idx_spam on comments(body)"})
    void ddlIsRefused(String ddl) throws Exception {
        String message = data.refusedMessage(writing("Ddl", COMMENT + "\n" + nativeWrite(ddl)));

        assertThat(message).startsWith(REFUSED + "this statement changes the schema (")
                .contains("may only insert, update and delete rows of the blog's tables (users, posts, comments, likes)")
                .endsWith(ddl);
        data.assertDataAsLoaded();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "insert into notes (id) values (1)",
        "insert into other.comments select * from comments",
        "insert into public.comments select id + 1000000, post_id, user_id, body, created_at from comments",
        "update \\\"COMMENTS\\\" set body = 'x'",
        "update information_schema.users set remarks = 'x'"})
    void aWriteToATableOutsideTheBlogsFourIsRefused(String write) throws Exception {
        String message = data.refusedMessage(writing("OtherTable", COMMENT + "\n" + nativeWrite(write)));

        assertThat(message).startsWith(REFUSED + "this statement writes to ")
                .contains("may only change the blog's tables, named as they are: users, posts, comments, likes");
        data.assertDataAsLoaded();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "commit",
        "set autocommit true",
        "insert into likes (id, post_id, user_id, created_at) values (999999, 1, 1, current_timestamp); commit",
        "rollback"})
    void aCommitSentAsSqlIsRefused(String sql) throws Exception {
        String message = data.refusedMessage(writing("CommitsSql", COMMENT + "\n" + nativeWrite(sql)));

        assertThat(message).startsWith(REFUSED + "this statement ends or begins a transaction (")
                .contains("may not commit its write");
        data.assertDataAsLoaded();
    }

    @Test
    void aCommitOfHibernatesTransactionIsRefused() throws Exception {
        String message = data.refusedMessage(writing("CommitsTransaction", COMMENT + "\nsession.getTransaction().commit();"));

        assertThat(message).startsWith(REFUSED + "the level calls commit() on its connection").contains("may not commit its write");
        data.assertDataAsLoaded();
    }

    @Test
    void aCommitOfTheConnectionThroughDoWorkIsRefused() throws Exception {
        String message = data.refusedMessage(writing("CommitsJdbc", COMMENT + "\nsession.doWork(connection -> connection.commit());"));

        assertThat(message).startsWith(REFUSED + "the level calls commit() on its connection");
        data.assertDataAsLoaded();
    }

    @Test
    void autoCommitTurnedOnThroughDoWorkIsRefused() throws Exception {
        String message = data.refusedMessage(writing("AutoCommits", COMMENT + "\nsession.doWork(connection -> connection.setAutoCommit(true));"));

        assertThat(message).startsWith(REFUSED + "the level calls setAutoCommit(true), which commits, on its connection");
        data.assertDataAsLoaded();
    }

    @Test
    void aRollbackOfTheTransactionIsRefused() throws Exception {
        String message = data.refusedMessage(writing("RollsBack", COMMENT + "\nsession.getTransaction().rollback();\n" + COMMENT));

        assertThat(message).startsWith(REFUSED + "the level calls rollback() on its connection");
        data.assertDataAsLoaded();
    }

    @Test
    void aWriteOnASessionOfItsOwnIsRefused() throws Exception {
        String message = data.refusedMessage(writing("OwnSession", """
                try (Session own = session.getSessionFactory().openSession()) {
                    own.createNativeMutationQuery("delete from likes").executeUpdate();
                }"""));

        assertThat(message).startsWith(REFUSED + "this statement writes (DELETE) on a connection of its own, outside the"
                + " playground's transaction");
        data.assertDataAsLoaded();
    }

    @Test
    void aCommittedTransactionOfItsOwnIsRefused() throws Exception {
        String message = data.refusedMessage(writing("OwnTransaction", """
                session.getSessionFactory().inTransaction(own -> own.createNativeMutationQuery("delete from likes")
                        .executeUpdate());"""));

        assertThat(message).startsWith(REFUSED + "this statement writes (DELETE) on a connection of its own");
        data.assertDataAsLoaded();
    }

    @Test
    void aRawJdbcWriteOutsideTheFourTablesIsRefused() throws Exception {
        String message = data.refusedMessage(writing("RawJdbc", COMMENT + """

                session.doWork(connection -> {
                    try (var statement = connection.createStatement()) {
                        statement.execute("insert into comments (id, post_id, user_id, body, created_at)"
                                + " select id + 100000, post_id, user_id, body, created_at from comments; drop table likes");
                    }
                });"""));

        assertThat(message).startsWith(REFUSED + "this statement changes the schema (DROP)");
        data.assertDataAsLoaded();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "merge into comments key (id) values (1, 1, 1, 'x', current_timestamp)",
        "call 1",
        "shutdown",
        "runscript from 'blog.sql'",
        "select count(*) from final table (update likes set user_id = 1)"})
    void everyOtherStatementIsRefused(String sql) throws Exception {
        String message = data.refusedMessage(writing("Other", COMMENT + "\n" + jdbcWrite(sql)));

        assertThat(message).startsWith(REFUSED + "this ").endsWith(sql);
        data.assertDataAsLoaded();
    }

    @Test
    void aLevelThatClosesItsSessionAfterAWriteIsToldTheRunnerClosesIt() throws Exception {
        var level = writingLevel("Closes", COMMENT + """

                List<FeedItem> feed = new NaiveFeed().buildFeed(session, pageSize);
                session.close();
                return feed;""");

        assertThatThrownBy(() -> data.run(level)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Closes.buildFeed closed its session: leave that to the runner, which reads the feed after"
                        + " the write on it and then rolls the write back");
        data.assertDataAsLoaded();
    }
}
