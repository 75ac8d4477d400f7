package dev.ormplayground.ladder;

import dev.ormplayground.levels.detours.ArticleFinalFeed;
import dev.ormplayground.levels.detours.BatchFetchFeed;
import dev.ormplayground.levels.detours.CacheEvictFeed;
import dev.ormplayground.levels.detours.CollectionFetchLimitFeed;
import dev.ormplayground.levels.detours.LazyAfterCloseFeed;
import dev.ormplayground.levels.detours.StaleCacheFeed;
import dev.ormplayground.levels.detours.TwoBagsFeed;
import java.util.List;

/** The second shelf of the standard ladder: what goes wrong on the way, run and caught. */
final class Detours {

    private Detours() {
    }

    static List<Detour> standard() {
        List<String> none = List.of();
        return List.of(
                new Detour(new Level(11, "article-final", "The article's final code", "annotate(Count, Count)",
                        "two counts over one join, without distinct", none, new ArticleFinalFeed()), "aggregate",
                        "its counts come out multiplied: the check turns red"),
                new Detour(new Level(12, "collection-fetch-limit", "Fetch join with a limit", "prefetch + [:20]",
                        "join fetch of a collection with setMaxResults", none, new CollectionFetchLimitFeed()),
                        "fetch-join", "Hibernate 7.4 limits the posts in a subquery; the likes are still N+1"),
                new Detour(new Level(13, "two-bags", "Two bags at once", "prefetch_related(a, b)",
                        "join fetch of two List collections", none, new TwoBagsFeed()), "fetch-join",
                        "Hibernate refuses: MultipleBagFetchException"),
                new Detour(new Level(14, "lazy-after-close", "Lazy after close", "template after the request",
                        "lazy relations touched after the session closed", none, new LazyAfterCloseFeed()), "naive",
                        "LazyInitializationException"),
                new Detour(new Level(15, "batch-fetch", "Batch fetching", "not in the article",
                        "the naive code with a fetch batch size of " + BatchFetchFeed.BATCH_SIZE, none,
                        new BatchFetchFeed()), "naive", "the N+1 becomes 1 + a few batches"),
                new Detour(new Level(16, "stale-cache", "Stale cache", "cache.get after a write",
                        "a comment is written, the page read through the cache", none, new StaleCacheFeed()),
                        "cached", "the cache shows the page from before the write: the check turns red"),
                new Detour(new Level(17, "cache-evict", "Evict on write", "cache.delete on save",
                        "the write evicts the cached pages", none, new CacheEvictFeed()), "stale-cache",
                        "the fix: the next read misses and is right"));
    }
}
