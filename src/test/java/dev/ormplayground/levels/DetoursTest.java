package dev.ormplayground.levels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.engine.SamplePlayground;
import dev.ormplayground.ladder.Ladder;
import dev.ormplayground.ladder.Level;
import dev.ormplayground.levels.detours.BatchFetchFeed;
import dev.ormplayground.run.LevelFailedException;
import dev.ormplayground.run.RunResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The second shelf: each detour goes wrong (or right) the way its lesson says, and the program catches it. */
class DetoursTest {

    @RegisterExtension
    static final SamplePlayground sample = new SamplePlayground();

    private static RunResult run(String id, int pageSize) {
        return sample.playground().runWithLines(sample.playground().ladder().byId(id), pageSize);
    }

    @Test
    void theShelfHoldsTheDetoursBesideTheLadderNotOnIt() {
        Ladder ladder = sample.playground().ladder();
        assertEquals(List.of("article-final", "collection-fetch-limit", "two-bags", "lazy-after-close", "batch-fetch",
                        "stale-cache", "cache-evict"),
                ladder.detours().stream().map(detour -> detour.level().id()).toList());
        assertEquals(8, ladder.levels().size(), "the ladder itself is unchanged");
        Level articleFinal = ladder.byId("article-final");
        assertTrue(ladder.isDetour(articleFinal));
        assertEquals("aggregate", ladder.previous(articleFinal).orElseThrow().id(), "shown beside the level it departs from");
        assertTrue(ladder.everyLevel().stream().allMatch(level -> level.number() > 0));
    }

    @Test
    void theArticlesFinalCodeMultipliesTheCountsAndIsCaught() {
        RunResult wrong = run("article-final", 20);
        List<FeedItem> right = run("naive", 20).items();

        assertFalse(wrong.correct());
        assertTrue(wrong.difference().startsWith("item 1 (post " + right.get(0).id() + ") counts "), wrong.difference());
        assertTrue(wrong.difference().contains("instead of " + right.get(0).commentCount()), wrong.difference());
        for (int i = 0; i < 5; i++) {
            FeedItem want = right.get(i);
            FeedItem got = wrong.items().get(i);
            // One join of comments with likes: every comment row repeats once per like, and the other way round.
            assertEquals(want.commentCount() * Math.max(1, want.likeCount()), got.commentCount(), "post " + want.id());
            assertEquals(want.likeCount() * Math.max(1, want.commentCount()), got.likeCount(), "post " + want.id());
        }
        assertEquals(3, wrong.queries());
    }

    @Test
    void aCollectionFetchWithAPageLimitIsRightAndHibernateSevenFourLimitsThePostsInASubquery() {
        RunResult run = run("collection-fetch-limit", 20);

        assertTrue(run.correct(), run.difference());
        String page = run.statements().get(0).sqlWithValues();
        assertTrue(page.contains("fetch first 20 rows only) "), "the limit applies to the posts, inside a subquery: " + page);
        assertTrue(page.contains("left join comments"), page);
        assertEquals(21, run.queries(), "the page with its comments, then the likes one post at a time");
    }

    @Test
    void twoBagsIsRefusedWithTheFixesAndTheNextRunWorks() {
        LevelFailedException failure = assertThrows(LevelFailedException.class, () -> run("two-bags", 20));

        assertTrue(failure.getMessage().contains("MultipleBagFetchException") && failure.getMessage().contains("as a Set")
                && failure.getMessage().contains("fetch-join"), failure.getMessage());
        assertTrue(run("fetch-join", 20).correct());
    }

    @Test
    void lazyAfterCloseSaysWhatWasTouchedTooLateAndTheNextRunWorks() {
        LevelFailedException failure = assertThrows(LevelFailedException.class, () -> run("lazy-after-close", 20));

        assertTrue(failure.getMessage().contains("LazyInitializationException")
                && failure.getMessage().contains("after its session closed"), failure.getMessage());
        assertTrue(run("naive", 20).correct());
    }

    @Test
    void batchFetchingTurnsTheNPlusOneIntoBatchesOfItsSize() {
        RunResult batched = run("batch-fetch", 20);
        int batches = (int) Math.ceil(20.0 / BatchFetchFeed.BATCH_SIZE);

        assertTrue(batched.correct(), batched.difference());
        assertEquals(batches, count(batched, " from comments "), "one load per batch of posts' comments");
        assertEquals(batches, count(batched, " from likes "), "and of their likes");
        int users = count(batched, " from users ");
        assertTrue(users >= 1 && users <= (int) Math.ceil(12.0 / BatchFetchFeed.BATCH_SIZE) + 1,
                "the sample's 12 users in a batch or two: " + users);
        assertEquals(1 + 2 * batches + users, batched.queries());
        assertTrue(batched.queries() < run("naive", 20).queries() / 5, batched.queries() + " statements");
    }

    @Test
    void aStaleCacheIsCaughtItsEvictingFixIsRightAndNeitherWriteOutlivesItsRun() {
        List<FeedItem> before = run("naive", 20).items();

        RunResult stale = run("stale-cache", 20);
        RunResult staleAgain = run("stale-cache", 20);
        RunResult evicted = run("cache-evict", 20);

        long comments = before.get(0).commentCount();
        assertFalse(stale.correct());
        assertEquals("item 1 (post " + before.get(0).id() + ") counts " + comments + " comments instead of "
                + (comments + 1), stale.difference(), "the cache shows the page from before the write");
        assertFalse(staleAgain.correct(), "and again on the next run: " + staleAgain.difference());
        assertTrue(evicted.correct(), evicted.difference());
        assertEquals(evicted.statements().size(), evicted.hibernateStatements(), "the check's own reads are not counted");
        assertEquals(comments + 1, evicted.items().get(0).commentCount(), "the page as the database holds it after the write");
        assertTrue(evicted.items().get(0).newestComments().get(0).body().startsWith("First!"));

        RunResult after = run("naive", 20);
        assertEquals(before, after.items(), "both writes were rolled back");
        assertTrue(after.correct() && run("cached", 20).correct() && run("projection", 20).correct());
    }

    private static int count(RunResult run, String fragment) {
        return (int) run.statements().stream().filter(s -> s.sql().contains(fragment)).count();
    }
}
