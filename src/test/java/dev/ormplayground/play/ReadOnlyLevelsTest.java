package dev.ormplayground.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.db.DataFingerprint;
import dev.ormplayground.engine.Playground;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.run.DataSetSpec;
import dev.ormplayground.run.LevelFailedException;
import dev.ormplayground.run.RunResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Whatever a user's level does, the data set afterwards is the one loaded: a write is refused
 * before it reaches the database, with a message naming it, and the next naive run is correct.
 */
class ReadOnlyLevelsTest {

    private static Playground playground;
    private static String loaded;

    @BeforeAll
    static void open() throws Exception {
        playground = Playground.open(DataSetSpec.sample(), LoadProgress.NONE);
        loaded = fingerprint();
    }

    @AfterAll
    static void close() {
        playground.close();
    }

    private static String fingerprint() throws Exception {
        return DataFingerprint.of(playground.runner().database().rawDataSource());
    }

    /** A level whose {@code buildFeed} body is {@code body}, returning the naive feed after it. */
    private static Level level(String name, String body) {
        return LevelCompiler.level(name + ".java", """
                package my.levels;

                import dev.ormplayground.domain.*;
                import dev.ormplayground.levels.*;
                import java.util.List;
                import org.hibernate.Session;

                public class %s implements FeedLevel {
                    @Override
                    public List<FeedItem> buildFeed(Session session, int pageSize) {
                %s
                        return new NaiveFeed().buildFeed(session, pageSize);
                    }
                }
                """.formatted(name, body.indent(8).stripTrailing()), "a test's level", LevelCompiler.USER_LEVEL_NUMBER);
    }

    private void assertRefused(Level level, String command, String statement) throws Exception {
        LevelFailedException failure = assertThrows(LevelFailedException.class, () -> playground.runWithLines(level, 20));
        assertTrue(failure.getMessage().startsWith("Refused before it reached the database: this statement writes ("
                + command + ")"), failure.getMessage());
        assertTrue(failure.getMessage().toLowerCase().contains(statement), failure.getMessage());
        assertDataAsLoaded();
    }

    private void assertDataAsLoaded() throws Exception {
        assertEquals(loaded, fingerprint());
        RunResult naive = playground.runWithLines(playground.ladder().first(), 20);
        assertTrue(naive.correct(), naive.difference());
        assertEquals(53, naive.queries(), "the naive feed of the sample data costs what it did");
    }

    @Test
    void deletingEveryCommentIsRefused() throws Exception {
        assertRefused(level("DeletesComments", "session.createMutationQuery(\"delete from Comment\").executeUpdate();"),
                "DELETE", "delete from comments");
    }

    @Test
    void aTitleChangedOnAManagedEntityAndFlushedSendsNoUpdate() throws Exception {
        Level level = level("RenamesPost", """
                Post post = session.find(Post.class, 1L);
                post.setTitle("Hacked");
                session.flush();""");

        RunResult run = playground.runWithLines(level, 20);

        assertTrue(run.statements().stream().noneMatch(s -> s.sql().toLowerCase().startsWith("update")),
                "a read-only session flushes no change");
        assertDataAsLoaded();
    }

    @Test
    void aTitleChangeMadeWritableIsRefusedAtItsUpdate() throws Exception {
        assertRefused(level("ForcesRename", """
                Post post = session.find(Post.class, 1L);
                session.setReadOnly(post, false);
                post.setTitle("Hacked");
                session.flush();"""), "UPDATE", "update posts");
    }

    @Test
    void nativeDropTableIsRefused() throws Exception {
        assertRefused(level("DropsLikes", "session.createNativeQuery(\"drop table likes\", Object.class).executeUpdate();"),
                "DROP", "drop table likes");
    }

    @Test
    void aWriteThroughTheRawConnectionIsRefused() throws Exception {
        assertRefused(level("TruncatesJdbc", """
                session.doWork(connection -> {
                    try (var statement = connection.createStatement()) {
                        statement.execute("truncate table comments");
                    }
                });"""), "TRUNCATE", "truncate table comments");
    }

    @Test
    void aRefusalTheLevelCatchesStillFailsTheRun() throws Exception {
        assertRefused(level("SwallowsRefusal", """
                try {
                    session.createMutationQuery("delete from PostLike").executeUpdate();
                } catch (RuntimeException ignored) {
                    // carries on as if it had worked
                }"""), "DELETE", "delete from likes");
    }

    @Test
    void aLevelThatThrowsIsReportedAtItsLine() {
        Level level = level("Throws", """
                String missing = null;
                int length = missing.length();""");

        LevelFailedException failure = assertThrows(LevelFailedException.class, () -> playground.runWithLines(level, 20));

        assertTrue(failure.getMessage().startsWith("Your level failed at Throws.java:12 (int length = missing.length();)"),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("NullPointerException: Cannot invoke \"String.length()\" because \"missing\" is null"),
                failure.getMessage());
        assertTrue(playground.runWithLines(playground.ladder().first(), 20).correct(), "the next run works");
    }

    @Test
    void aLevelThatBeginsItsOwnTransactionIsToldItRunsInsideThePlaygrounds() throws Exception {
        Level level = level("OwnTransaction", """
                session.getTransaction().begin();
                List<FeedItem> feed = new NaiveFeed().buildFeed(session, pageSize);
                session.getTransaction().commit();""");

        LevelFailedException failure = assertThrows(LevelFailedException.class, () -> playground.runWithLines(level, 20));

        assertTrue(failure.getMessage().startsWith("Your level failed at OwnTransaction.java:11"
                + " (session.getTransaction().begin();): it calls begin() on the playground's own transaction."
                + " Your level runs inside that transaction, which is rolled back after every run, so it must neither"
                + " begin nor commit one: leave out begin() and commit() (IllegalStateException: "), failure.getMessage());
        assertDataAsLoaded();
    }

    @Test
    void aLevelThatOnlyReadsRunsCorrectWithItsLinesAndTheirCode() {
        RunResult run = playground.runWithLines(level("JustReads", "session.setFetchBatchSize(20);"), 20);

        assertTrue(run.correct(), run.difference());
        assertFalse(run.statements().isEmpty());
        assertTrue(run.sources().stream().anyMatch(s -> s.file().equals("JustReads.java") && s.line() == 12
                        && s.code().equals("return new NaiveFeed().buildFeed(session, pageSize);")),
                () -> "the user's line, with its text: " + run.sources());
    }
}
