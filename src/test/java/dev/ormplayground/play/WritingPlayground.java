package dev.ormplayground.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.db.DataFingerprint;
import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.engine.Playground;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.run.DataSetSpec;
import dev.ormplayground.run.LevelFailedException;
import dev.ormplayground.run.RunResult;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The sample data for the tests of user levels that write, opened before a class's first test and
 * closed after its last, with tables beside the blog's four that a write must not reach; the
 * levels such tests run, and the check that the data is as loaded after each.
 * {@code @RegisterExtension static final WritingPlayground data = new WritingPlayground();}
 */
final class WritingPlayground implements BeforeAllCallback, AfterAllCallback {

    static final String REFUSED = "Refused before it reached the database: ";
    /**
     * A comment on the newest post, as the cache detours' reader writes it. (The post's id comes
     * from a query of its own: a feed read first would keep its comments in the session.)
     */
    static final String COMMENT = """
            ReaderComment.add(session, session.createSelectionQuery("select p.id from Post p where p.status = :status"
                    + " order by p.createdAt desc, p.id desc", Long.class).setParameter("status", Post.PUBLISHED)
                    .setMaxResults(1).getSingleResult());""";
    /** Tables beside the blog's, that a write must not reach: each stays empty. */
    private static final List<String> OTHER_TABLES = List.of("notes", "other.comments");

    private Playground playground;
    private String loaded;
    private List<FeedItem> asLoaded;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        playground = Playground.open(DataSetSpec.sample(), LoadProgress.NONE);
        try (Connection connection = playground.runner().database().rawDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create table notes (id bigint primary key)");
            statement.execute("create schema other");
            statement.execute("create table other.comments as select * from comments where 1 = 0");
        }
        loaded = fingerprint();
        asLoaded = playground.runner().reference(20);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        playground.close();
    }

    Playground playground() {
        return playground;
    }

    /** The naive feed of the data as loaded, page 20. */
    List<FeedItem> asLoaded() {
        return asLoaded;
    }

    private String fingerprint() throws Exception {
        return DataFingerprint.of(playground.runner().database().rawDataSource());
    }

    /** A level that says it writes ({@code writes} true) or not, whose {@code buildFeed} runs {@code body}, then returns the naive feed. */
    static Level level(String name, boolean writes, String body) {
        return LevelCompiler.level(name + ".java", """
                package my.levels;

                import dev.ormplayground.domain.*;
                import dev.ormplayground.levels.*;
                import java.util.List;
                import org.hibernate.Session;

                public class %s implements FeedLevel {
                    @Override
                    public boolean writes() {
                        return %s;
                    }

                    @Override
                    public List<FeedItem> buildFeed(Session session, int pageSize) {
                %s
                        return new NaiveFeed().buildFeed(session, pageSize);
                    }
                }
                """.formatted(name, writes, body.indent(8).stripTrailing()), "a test's level", LevelCompiler.USER_LEVEL_NUMBER);
    }

    static Level writing(String name, String body) {
        return level(name, true, body);
    }

    /** A level that says it writes whose {@code buildFeed} is {@code body}, its own return included. */
    static Level writingLevel(String name, String body) {
        return LevelCompiler.level(name + ".java", """
                package my.levels;

                import dev.ormplayground.domain.*;
                import dev.ormplayground.levels.*;
                import java.util.List;
                import org.hibernate.Session;

                public class %s implements FeedLevel {
                    @Override
                    public boolean writes() {
                        return true;
                    }

                    @Override
                    public List<FeedItem> buildFeed(Session session, int pageSize) {
                %s
                    }
                }
                """.formatted(name, body.indent(8).stripTrailing()), "a test's level", LevelCompiler.USER_LEVEL_NUMBER);
    }

    static String nativeWrite(String sql) {
        return "session.createNativeMutationQuery(\"" + sql + "\").executeUpdate();";
    }

    static String jdbcWrite(String sql) {
        return """
                session.doWork(connection -> {
                    try (var statement = connection.createStatement()) {
                        statement.execute("%s");
                    }
                });""".formatted(sql);
    }

    RunResult run(Level level) {
        return playground.runWithLines(level, 20);
    }

    /** The message of the run's failure: the level must fail. */
    String refusedMessage(Level level) {
        return assertThatThrownBy(() -> run(level)).isInstanceOf(LevelFailedException.class).actual().getMessage();
    }

    /** Every row of the four tables as loaded, the other tables empty, and the next naive run as before. */
    void assertDataAsLoaded() throws Exception {
        assertThat(fingerprint()).as("a digest of every row of the four tables").isEqualTo(loaded);
        try (Connection connection = playground.runner().database().rawDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            for (String table : OTHER_TABLES) {
                try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
                    rows.next();
                    assertThat(rows.getLong(1)).as("rows in %s", table).isZero();
                }
            }
        }
        RunResult naive = run(playground.ladder().first());
        assertThat(naive.correct()).as(naive.difference()).isTrue();
        assertThat(naive.items()).as("the naive feed after the run").isEqualTo(asLoaded);
        assertThat(naive.queries()).as("the naive feed of the sample data costs what it did").isEqualTo(53);
    }
}
