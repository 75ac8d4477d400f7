package dev.ormplayground.archfixture;

import com.github.benmanes.caffeine.cache.Caffeine;
import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.levels.FeedLevel;
import dev.ormplayground.run.FeedRunner;
import java.util.List;
import org.hibernate.Session;

/** Breaks the level rules on purpose: it reaches into the program around it, and caches without being the cache. */
public final class BadLevel implements FeedLevel {

    private FeedRunner runner;

    @Override
    public List<FeedItem> buildFeed(Session session, int pageSize) {
        Caffeine.newBuilder().build();
        return runner == null ? List.of() : List.<FeedItem>of();
    }
}
