package dev.ormplayground.levels.caches;

import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.levels.BeforeTheRun;
import dev.ormplayground.levels.FeedLevel;
import dev.ormplayground.levels.HibernateCaching;
import dev.ormplayground.levels.NaiveFeed;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * From second-level-cache: before the read, with the cache warm, a job fixes one post's title in
 * native SQL and commits. Hibernate cannot tell which tables a native statement changes, so at
 * the commit it assumes all of them: it empties every region of the second-level cache and
 * invalidates every cached query. The read that follows is naive's N+1 again. (The title is put
 * back after the run.)
 */
public final class NativeUpdateClearsCacheFeed implements FeedLevel, HibernateCaching, BeforeTheRun {

    private final FeedLevel naive = new NaiveFeed();
    private final TitleEdit job = new TitleEdit();

    @Override
    public Map<String, String> cacheSettings() {
        return SecondLevelCacheFeed.SETTINGS;
    }

    @Override
    public void before(SessionFactory factory, int pageSize) {
        factory.inSession(session -> naive.buildFeed(session, pageSize)); // the cache as a warm run leaves it
        job.commit(factory, false); // native SQL, no synchronized entity class: every region is emptied
    }

    @Override
    public List<FeedItem> buildFeed(Session session, int pageSize) {
        return naive.buildFeed(session, pageSize);
    }

    @Override
    public void after(SessionFactory factory) {
        job.undo(factory, false);
    }
}
