package dev.ormplayground.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.db.DataFingerprint;
import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.engine.SamplePlayground;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.levels.FeedLevel;
import dev.ormplayground.levels.NaiveFeed;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A level declares the indexes it needs ({@link FeedLevel#indexes()}): the runner creates them
 * before the level runs and drops them when a level that does not want them runs; anything but
 * {@code create index} on the blog's tables fails the run before anything is executed.
 */
class LevelIndexesTest {

    @RegisterExtension
    static final SamplePlayground sample = new SamplePlayground();

    private static Level declaring(String... indexes) {
        FeedLevel feed = new FeedLevel() {
            @Override
            public List<FeedItem> buildFeed(Session session, int pageSize) {
                return new NaiveFeed().buildFeed(session, pageSize);
            }

            @Override
            public List<String> indexes() {
                return List.of(indexes);
            }
        };
        return new Level(40, "declares-indexes", "Declares indexes", "db_index", "an index of its own", List.of(), feed);
    }

    private static boolean indexExists(String name) throws SQLException {
        try (Connection connection = sample.playground().runner().database().rawDataSource().getConnection();
             ResultSet found = connection.createStatement().executeQuery(
                     "select count(*) from information_schema.indexes where index_name = '" + name + "'")) {
            found.next();
            return found.getInt(1) > 0;
        }
    }

    @Test
    void theRunnerCreatesADeclaredIndexForTheLevelAndDropsItForTheNextOne() throws Exception {
        Level level = declaring("create index idx_mine_posts_created on posts (created_at desc, id desc)");

        RunResult run = sample.playground().runWithLines(level, 20);
        assertTrue(run.correct(), run.difference());
        assertTrue(indexExists("IDX_MINE_POSTS_CREATED"), "created before the level ran");
        assertTrue(sample.playground().plan(level, run.statements().get(0)).toUpperCase().contains("IDX_MINE_POSTS_CREATED"),
                "the level's page query uses it");

        sample.playground().runWithLines(sample.playground().ladder().first(), 20);
        assertTrue(!indexExists("IDX_MINE_POSTS_CREATED"), "dropped for the naive level, which does not want it");
    }

    @Test
    void aDeclarationThatIsNotCreateIndexFailsTheRunAndChangesNothing() throws Exception {
        String before = DataFingerprint.of(sample.playground().runner().database().rawDataSource());

        LevelFailedException failure = assertThrows(LevelFailedException.class,
                () -> sample.playground().runWithLines(declaring("drop table comments"), 20));

        assertTrue(failure.getMessage().contains("indexes() may hold only 'create index NAME on TABLE (COLUMN, ...)'"),
                failure.getMessage());
        assertTrue(failure.getMessage().endsWith("refused 'drop table comments'"), failure.getMessage());
        assertEquals(before, DataFingerprint.of(sample.playground().runner().database().rawDataSource()));
        assertEquals(53, sample.playground().runWithLines(sample.playground().ladder().first(), 20).queries());
    }
}
