package dev.ormplayground.levels.detours;

import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.levels.CachedFeed;
import dev.ormplayground.levels.FeedLevel;
import dev.ormplayground.levels.ReaderComment;
import java.util.List;
import org.hibernate.Session;

/**
 * Detour from stale-cache, its fix: the code that writes evicts the cached pages, so the next
 * read misses and builds the page from the database, comment included. (In an application the
 * eviction follows the commit; here the runner rolls the write back after the run, and the next
 * run's write evicts again before anything reads the cache.)
 */
public final class CacheEvictFeed implements FeedLevel {

    private final CachedFeed cached = new CachedFeed();

    @Override
    public boolean writes() {
        return true;
    }

    @Override
    public List<FeedItem> buildFeed(Session session, int pageSize) {
        List<FeedItem> page = cached.buildFeed(session, pageSize);

        ReaderComment.add(session, page.get(0).id()); // a reader comments on the newest post
        cached.clear(); // and the write evicts the cached pages

        return cached.buildFeed(session, pageSize); // a miss: the page as the database holds it now
    }
}
