package dev.ormplayground.levels.detours;

import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.domain.Post;
import dev.ormplayground.levels.FeedLevel;
import dev.ormplayground.levels.LoadedPosts;
import java.util.List;
import org.hibernate.Session;

/**
 * Detour from level 2: the page query join fetches the comments, and keeps its page limit.
 * A row limit on the joined rows would cut a post's comments short, so Hibernate up to 7.3
 * dropped the limit from the SQL, warned (HHH90003004: "firstResult/maxResults specified with
 * collection fetch; applying in memory") and read every published post with all its comments.
 * Hibernate 7.4, which this program runs, no longer does: it limits the posts in a subquery and
 * joins their comments to that (see the SQL), so the feed is right and the rows read are the
 * page's. What is left of the trap: one fetched collection per query is all a limit allows,
 * so the likes still cost a query per post.
 */
public final class CollectionFetchLimitFeed implements FeedLevel {

    @Override
    public List<FeedItem> buildFeed(Session session, int pageSize) {
        List<Post> posts = session.createSelectionQuery("""
                        select p
                        from Post p
                        join fetch p.author
                        left join fetch p.comments c
                        left join fetch c.user
                        where p.status = :status
                        order by p.createdAt desc, p.id desc""", Post.class)
                .setParameter("status", Post.PUBLISHED)
                .setMaxResults(pageSize)
                .getResultList();
        return LoadedPosts.feed(posts);
    }
}
