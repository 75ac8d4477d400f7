package dev.ormplayground.levels.detours;

import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.levels.CachedFeed;
import dev.ormplayground.levels.FeedLevel;
import dev.ormplayground.levels.ReaderComment;
import java.util.List;
import org.hibernate.Session;

/**
 * Detour from level 8: the cached level after a write. A reader comments on the newest post, and
 * the next page is read through the cache, which nobody told: it shows the page as it was, one
 * comment short. The correctness check compares it with what the database now holds and turns
 * red. The write is rolled back after the run, so every other level still sees the data as loaded.
 */
public final class StaleCacheFeed implements FeedLevel {

    private final CachedFeed cached = new CachedFeed();

    @Override
    public boolean writes() {
        return true;
    }

    @Override
    public List<FeedItem> buildFeed(Session session, int pageSize) {
        List<FeedItem> page = cached.buildFeed(session, pageSize);

        ReaderComment.add(session, page.get(0).id()); // a reader comments on the newest post

        return cached.buildFeed(session, pageSize); // the cache answers as before: stale
    }
}
