package dev.ormplayground.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormplayground.data.LoadProgress;
import dev.ormplayground.db.DataFingerprint;
import dev.ormplayground.engine.Playground;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.play.LevelCompiler;
import dev.ormplayground.run.DataSetSpec;
import dev.ormplayground.run.LevelFailedException;
import dev.ormplayground.run.RunResult;
import org.junit.jupiter.api.Test;

/**
 * A user's level that says it writes, on a real PostgreSQL server: its comment runs and is rolled
 * back, DDL and a commit are refused before they reach the server, and every row is as loaded
 * afterwards.
 */
class WritingLevelsPostgresTest {

    private static Level writing(String name, String body) {
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
                        return new NaiveFeed().buildFeed(session, pageSize);
                    }
                }
                """.formatted(name, body.indent(8).stripTrailing()), "a test's level", LevelCompiler.USER_LEVEL_NUMBER);
    }

    @Test
    void aWriteRunsRolledBackAndDdlAndCommitsAreRefused() throws Exception {
        try (Playground pg = Playground.open(PostgresServer.choice(), DataSetSpec.sample(), LoadProgress.NONE)) {
            String loaded = DataFingerprint.of(pg.runner().database().rawDataSource());
            long comments = pg.runner().reference(20).get(0).commentCount();

            RunResult run = pg.runWithLines(writing("Comments", """
                    ReaderComment.add(session, session.createSelectionQuery("select p.id from Post p where p.status = :status"
                            + " order by p.createdAt desc, p.id desc", Long.class).setParameter("status", Post.PUBLISHED)
                            .setMaxResults(1).getSingleResult());"""), 20);
            assertThat(run.correct()).as(run.difference()).isTrue();
            assertThat(run.items().get(0).commentCount()).isEqualTo(comments + 1);

            assertThatThrownBy(() -> pg.runWithLines(writing("Drops", """
                    session.createNativeMutationQuery("drop table likes").executeUpdate();"""), 20))
                    .isInstanceOf(LevelFailedException.class).hasMessageContaining("drop table likes");
            assertThatThrownBy(() -> pg.runWithLines(writing("Commits", """
                    ReaderComment.add(session, 120L);
                    session.getTransaction().commit();"""), 20))
                    .isInstanceOf(LevelFailedException.class).hasMessageContaining("commit");

            assertThat(DataFingerprint.of(pg.runner().database().rawDataSource())).as("every row as loaded").isEqualTo(loaded);
            assertThat(pg.runWithLines(pg.ladder().first(), 20).items()).isEqualTo(pg.runner().reference(20));
        }
    }
}
