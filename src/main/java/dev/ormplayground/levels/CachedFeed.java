package dev.ormplayground.levels;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.ormplayground.domain.FeedItem;
import java.time.Duration;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * Level 8, the article's {@code cache.get(key)} / {@code cache.set(key, feed, timeout=300)}.
 * A hit answers from memory with no query at all; a miss costs one {@code single-query} run (one statement) and
 * fills the cache. The cache lives in this object, so it outlives the per-request sessions.
 */
public final class CachedFeed implements FeedLevel {

    /** The cache key: which database, which page size. */
    private record FeedKey(SessionFactory database, int pageSize) {
    }

    private final FeedLevel uncached = new SingleQueryFeed();
    private final Cache<FeedKey, List<FeedItem>> cache = Caffeine.newBuilder()
            .maximumSize(100)
            .expireAfterWrite(Duration.ofMinutes(5))
            .build();

    @Override
    public List<FeedItem> buildFeed(Session session, int pageSize) {
        FeedKey key = new FeedKey(session.getSessionFactory(), pageSize);
        return cache.get(key, k -> uncached.buildFeed(session, pageSize));
    }

    /** Empties the cache, so the next run is a cold miss. */
    public void clear() {
        cache.invalidateAll();
    }
}
