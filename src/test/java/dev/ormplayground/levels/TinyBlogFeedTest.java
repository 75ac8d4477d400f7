package dev.ormplayground.levels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.db.Database;
import dev.ormplayground.domain.CommentPreview;
import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.run.FeedRunner;
import dev.ormplayground.run.RunResult;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every level builds the feed a person would write down by hand for the tiny blog. */
class TinyBlogFeedTest {

    private static Database database;
    private static FeedRunner runner;

    @BeforeAll
    static void load() {
        database = TinyBlog.create();
        runner = new FeedRunner(database, Ladder.standard());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @ParameterizedTest
    @MethodSource("everyLevel")
    void everyLevelBuildsTheHandWrittenFeed(String id) {
        RunResult result = runner.measure(runner.ladder().byId(id), 10);

        List<FeedItem> feed = result.items();
        assertEquals(List.of(5L, 4L, 3L, 1L), feed.stream().map(FeedItem::id).toList(),
                "published only, newest first, equal times by id descending");
        FeedItem first = feed.get(3);
        assertEquals("Ada", first.authorName());
        assertEquals(5, first.commentCount());
        assertEquals(3, first.likeCount());
        assertEquals(List.of(new CommentPreview("Ada", "c4"), new CommentPreview("Grace", "c3"),
                new CommentPreview("Linus", "c2")), first.newestComments());
        assertEquals(0, feed.get(0).commentCount());
        assertEquals(2, feed.get(0).likeCount());
        assertEquals(List.of(new CommentPreview("Ada", "c6")), feed.get(1).newestComments());
        assertTrue(result.correct(), result.difference());
    }

    /** Every level of the ladder, so a level added to it is tested too. */
    static Stream<String> everyLevel() {
        return Ladder.standard().levels().stream().map(Level::id);
    }
}
