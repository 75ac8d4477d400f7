package dev.ormplayground.play;

import static dev.ormplayground.play.WritingPlayground.COMMENT;
import static dev.ormplayground.play.WritingPlayground.REFUSED;
import static dev.ormplayground.play.WritingPlayground.jdbcWrite;
import static dev.ormplayground.play.WritingPlayground.level;
import static dev.ormplayground.play.WritingPlayground.writing;
import static dev.ormplayground.play.WritingPlayground.writingLevel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.run.RunResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A user's level that says it writes: its inserts, updates and deletes of the blog's tables run,
 * by any API, in a transaction rolled back after the run, and its feed is checked against the data
 * after its write. A level that does not say it writes is still refused on any write. After every
 * run the data is the one loaded. ({@link RefusedWritesTest}: what a writing level may not do.)
 */
class WritingLevelsTest {

    @RegisterExtension
    static final WritingPlayground data = new WritingPlayground();

    @Test
    void aCommentWrittenRunsAndTheFeedIsCheckedAgainstTheDataAfterIt() throws Exception {
        List<FeedItem> asLoaded = data.asLoaded();

        RunResult run = data.run(writing("Comments", COMMENT));

        assertThat(run.correct()).as(run.difference()).isTrue();
        assertThat(run.items().get(0).commentCount()).as("the newest post, with the comment written")
                .isEqualTo(asLoaded.get(0).commentCount() + 1);
        assertThat(run.items().subList(1, 20)).isEqualTo(asLoaded.subList(1, 20));
        assertThat(run.statements()).extracting(statement -> statement.sql().toLowerCase())
                .anyMatch(sql -> sql.startsWith("insert into comments"));
        data.assertDataAsLoaded();
    }

    @Test
    void aFeedReadBeforeTheWriteIsWrongAgainstTheDataAfterIt() throws Exception {
        RunResult run = data.run(writingLevel("Stale", """
                List<FeedItem> before = new NaiveFeed().buildFeed(session, pageSize);
                ReaderComment.add(session, before.get(0).id());
                return before;"""));

        assertThat(run.correct()).as("the page as loaded, one comment short of the data after the write").isFalse();
        assertThat(run.difference()).isEqualTo("item 1 (post 120) counts 14 comments instead of 15");
        assertThat(run.items()).isEqualTo(data.asLoaded());
        data.assertDataAsLoaded();
    }

    @Test
    void entityChangesAndHqlMutationsRunAndAreRolledBack() throws Exception {
        RunResult run = data.run(writing("ChangesEntities", """
                long newest = session.createSelectionQuery("select p.id from Post p where p.status = :status"
                        + " order by p.createdAt desc, p.id desc", Long.class).setParameter("status", Post.PUBLISHED)
                        .setMaxResults(1).getSingleResult();
                session.find(Post.class, newest).setTitle("Renamed during the run");
                session.createMutationQuery("delete from PostLike l where l.post.id = :post").setParameter("post", newest)
                        .executeUpdate();
                session.remove(session.find(Comment.class, session.createSelectionQuery(
                        "select max(c.id) from Comment c", Long.class).getSingleResult()));
                session.flush();"""));

        assertThat(run.correct()).as(run.difference()).isTrue();
        assertThat(run.items().get(0).title()).isEqualTo("Renamed during the run");
        assertThat(run.items().get(0).likeCount()).isZero();
        assertThat(run.statements()).extracting(statement -> statement.sql().toLowerCase().split(" ")[0])
                .contains("update", "delete");
        data.assertDataAsLoaded();
    }

    @Test
    void aChangeLeftUnflushedIsFlushedAsTheLevelsWriteAndChecked() throws Exception {
        RunResult run = data.run(writingLevel("Unflushed", """
                List<FeedItem> feed = new NaiveFeed().buildFeed(session, pageSize);
                session.find(Post.class, feed.get(0).id()).setTitle("Renamed, never flushed by the level");
                return feed;"""));

        assertThat(run.correct()).as("the rename, flushed as a commit would, is in the data after the write").isFalse();
        assertThat(run.statements()).last().extracting(statement -> statement.sql().toLowerCase()).asString()
                .startsWith("update posts");
        data.assertDataAsLoaded();
    }

    @Test
    void aLevelThatDoesNotSayItWritesIsStillRefusedOnAnyWrite() throws Exception {
        String message = data.refusedMessage(level("ReadsOnly", false,
                jdbcWrite("insert into likes (id, post_id, user_id, created_at) values (999999, 1, 1, current_timestamp)")));

        assertThat(message).startsWith(REFUSED + "this statement writes (INSERT), and code you write here may only read: ")
                .contains("insert into likes");
        data.assertDataAsLoaded();
    }

    @Test
    void aLevelThatDoesNotSayItWritesIsRefusedAnHqlDeleteToo() throws Exception {
        String message = data.refusedMessage(level("DeletesLikes", false,
                "session.createMutationQuery(\"delete from PostLike\").executeUpdate();"));

        assertThat(message).startsWith(REFUSED + "this statement writes (DELETE), and code you write here may only read: ");
        data.assertDataAsLoaded();
    }
}
