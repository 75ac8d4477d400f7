package dev.ormplayground.levels;

import dev.ormplayground.domain.FeedItem;
import java.util.List;
import org.hibernate.Session;

/**
 * One rung of the ladder: a way to build the blog feed with Hibernate. The runner hands each
 * call a fresh session, as a web request would get.
 */
@FunctionalInterface
public interface FeedLevel {

    /** Published posts, newest first (ties by id, highest first), one page of {@code pageSize}. */
    List<FeedItem> buildFeed(Session session, int pageSize);
}
