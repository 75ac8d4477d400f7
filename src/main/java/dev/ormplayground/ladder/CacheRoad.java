package dev.ormplayground.ladder;

import dev.ormplayground.levels.caches.NativeUpdateClearsCacheFeed;
import dev.ormplayground.levels.caches.NativeUpdateSynchronizedFeed;
import dev.ormplayground.levels.caches.QueryCacheAfterWriteFeed;
import dev.ormplayground.levels.caches.QueryCacheColdEntitiesFeed;
import dev.ormplayground.levels.caches.QueryCacheFeed;
import dev.ormplayground.levels.caches.SecondLevelCacheFeed;
import java.util.List;

/**
 * The third shelf: Hibernate's own caches beside the article's application cache. Their ids are
 * fixed: the command line, the docs and the checks use them.
 */
final class CacheRoad {

    private CacheRoad() {
    }

    static List<Detour> standard() {
        List<String> none = List.of();
        return List.of(
                new Detour(new Level(18, "second-level-cache", "Second-level cache", "no ORM cache in Django",
                        "naive's code, entities and collections in Hibernate's second-level cache (JCache, Caffeine)",
                        none, new SecondLevelCacheFeed()), "naive",
                        "warm, only the page query goes to the database; cold, it is naive"),
                new Detour(new Level(19, "query-cache", "Query cache", "no ORM cache in Django",
                        "the page query cacheable as well", none, new QueryCacheFeed()), "second-level-cache",
                        "warm, the run sends no statement"),
                new Detour(new Level(20, "query-cache-after-write", "Query cache after a write", "cache after a save",
                        "the query cache read after another session commits a comment", none,
                        new QueryCacheAfterWriteFeed()), "query-cache",
                        "a commit drops the cached queries over the tables it wrote and the collection it changed"),
                new Detour(new Level(21, "query-cache-cold-entities", "Query cache, cold entities", "no ORM cache in Django",
                        "a query-cache hit while the posts' region is empty", none, new QueryCacheColdEntitiesFeed()),
                        "query-cache", "the hit holds ids only: one select per post"),
                new Detour(new Level(22, "native-update-clears-cache", "Native update", "raw SQL under a cache",
                        "a native SQL update without a synchronized entity class", none,
                        new NativeUpdateClearsCacheFeed()), "second-level-cache",
                        "every region is emptied: the N+1 comes back"),
                new Detour(new Level(23, "native-update-synchronized", "Synchronized native update", "raw SQL under a cache",
                        "the native update names the entity it changes", none, new NativeUpdateSynchronizedFeed()),
                        "native-update-clears-cache", "the fix: only the posts' region is emptied"));
    }
}
