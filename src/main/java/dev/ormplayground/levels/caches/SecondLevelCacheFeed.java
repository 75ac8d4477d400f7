package dev.ormplayground.levels.caches;

import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.levels.FeedLevel;
import dev.ormplayground.levels.HibernateCaching;
import dev.ormplayground.levels.NaiveFeed;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * The cache road's first level: naive's code unchanged, on a session factory with Hibernate's
 * second-level cache over the entities and the collections the feed reads. The cache keeps rows
 * by id and collections by their owner's id, beyond the session. Cold, every lazy load of the
 * N+1 goes to the database and fills the cache; warm, each is served by the cache and only the
 * page query is sent. A query is never served by this cache: a fetch join or any HQL goes to the
 * database every time (that is the query cache's job).
 *
 * <p>The article's cache and Hibernate's: level {@code cached} keeps the finished page, so a hit
 * costs a map lookup and nothing else, but the application decides what to keep and must evict it
 * on every write that could change the page ({@code stale-cache}, {@code cache-evict}). The
 * second-level cache keeps rows and collections by id, so Hibernate keeps it right on every write
 * made through Hibernate, and any code over the same entities profits; a hit still assembles
 * entities and runs the level's own loop, and the page query still goes to the database. Pick the
 * page cache for one hot, costly page that may be a little stale; pick the second-level cache for
 * rows read by many pages and changed through Hibernate.
 */
public final class SecondLevelCacheFeed implements FeedLevel, HibernateCaching {

    /** The session factory's settings, as hibernate.properties would hold them. */
    public static final Map<String, String> SETTINGS = Map.of(
            "hibernate.cache.use_second_level_cache", "true",
            "hibernate.cache.region.factory_class", "jcache",
            "hibernate.javax.cache.provider", "com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider",
            // What @Cache(usage = CacheConcurrencyStrategy.READ_WRITE) on each would say:
            "hibernate.classcache.dev.ormplayground.domain.Post", "read-write",
            "hibernate.classcache.dev.ormplayground.domain.User", "read-write",
            "hibernate.classcache.dev.ormplayground.domain.Comment", "read-write",
            "hibernate.classcache.dev.ormplayground.domain.PostLike", "read-write",
            "hibernate.collectioncache.dev.ormplayground.domain.Post.comments", "read-write",
            "hibernate.collectioncache.dev.ormplayground.domain.Post.likes", "read-write");

    private final FeedLevel naive = new NaiveFeed();

    @Override
    public Map<String, String> cacheSettings() {
        return SETTINGS;
    }

    @Override
    public List<FeedItem> buildFeed(Session session, int pageSize) {
        return naive.buildFeed(session, pageSize); // each lazy load asks the cache before the database
    }
}
