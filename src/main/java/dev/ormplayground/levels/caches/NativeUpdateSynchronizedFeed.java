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
 * From native-update-clears-cache, its fix: the job's native statement names the entity it
 * changes ({@code addSynchronizedEntityClass(Post.class)}), so the commit empties the posts'
 * region and the queries over posts only; users, comments, likes and the collections stay
 * cached, and the read sends the page query alone. (The title is put back after the run.)
 */
public final class NativeUpdateSynchronizedFeed implements FeedLevel, HibernateCaching, BeforeTheRun {

    private final FeedLevel naive = new NaiveFeed();
    private final TitleEdit job = new TitleEdit();

    @Override
    public Map<String, String> cacheSettings() {
        return SecondLevelCacheFeed.SETTINGS;
    }

    @Override
    public void before(SessionFactory factory, int pageSize) {
        factory.inSession(session -> naive.buildFeed(session, pageSize)); // the cache as a warm run leaves it
        job.commit(factory, true); // native SQL that names Post: only the posts' region is emptied
    }

    @Override
    public List<FeedItem> buildFeed(Session session, int pageSize) {
        return naive.buildFeed(session, pageSize);
    }

    @Override
    public void after(SessionFactory factory) {
        job.undo(factory, true);
    }
}
