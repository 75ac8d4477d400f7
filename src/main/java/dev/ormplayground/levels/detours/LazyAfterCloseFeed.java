package dev.ormplayground.levels.detours;

import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.domain.Post;
import dev.ormplayground.levels.FeedLevel;
import dev.ormplayground.levels.LoadedPosts;
import java.util.List;
import org.hibernate.Session;

/**
 * Detour from level 1: the page query runs, the request's session closes, and only then does the
 * "template" follow the relations, as a view rendered outside its transaction (open-session-in-view
 * switched off) would. The first lazy relation it touches has no session to load from:
 * {@code LazyInitializationException}. The fix: load what the page shows while the session is
 * open (join fetch, or a projection as in level 6), not later.
 */
public final class LazyAfterCloseFeed implements FeedLevel {

    @Override
    public List<FeedItem> buildFeed(Session session, int pageSize) {
        List<Post> posts = session.createSelectionQuery("""
                        from Post p
                        where p.status = :status
                        order by p.createdAt desc, p.id desc""", Post.class)
                .setParameter("status", Post.PUBLISHED)
                .setMaxResults(pageSize)
                .getResultList();
        session.close(); // the request is over: its transaction and session with it

        return LoadedPosts.feed(posts); // the template renders now, and touches post.getAuthor()
    }
}
