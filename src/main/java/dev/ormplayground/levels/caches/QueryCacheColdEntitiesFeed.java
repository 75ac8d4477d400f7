package dev.ormplayground.levels.caches;

import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.domain.Post;
import dev.ormplayground.levels.FeedLevel;
import dev.ormplayground.levels.HibernateCaching;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * From query-cache: the query cache hits, but the posts' region has been emptied (an expiry, a
 * size limit, another node's eviction: here, the line below). Since Hibernate 6.5 the query cache
 * stores the rows themselves unless told otherwise, and such a hit sends nothing; with the shallow
 * layout (ids only: Hibernate 5's, and the setting for a cache that should not hold the rows
 * twice) Hibernate loads each post by its id: one select per post, the N+1 back from a cache hit.
 */
public final class QueryCacheColdEntitiesFeed implements FeedLevel, HibernateCaching {

    /** query-cache's settings, the query cache keeping ids only. */
    public static final Map<String, String> SETTINGS = shallow(QueryCacheFeed.SETTINGS);

    private static Map<String, String> shallow(Map<String, String> queryCache) {
        Map<String, String> settings = new HashMap<>(queryCache);
        settings.put("hibernate.cache.query_cache_layout", "shallow");
        return Map.copyOf(settings);
    }

    private final FeedLevel queryCache = new QueryCacheFeed();

    @Override
    public Map<String, String> cacheSettings() {
        return SETTINGS;
    }

    @Override
    public List<FeedItem> buildFeed(Session session, int pageSize) {
        session.getSessionFactory().getCache().evictEntityData(Post.class); // the posts' rows leave the cache
        return queryCache.buildFeed(session, pageSize); // the page's ids still hit
    }
}
