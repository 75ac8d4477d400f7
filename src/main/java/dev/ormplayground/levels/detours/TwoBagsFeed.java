package dev.ormplayground.levels.detours;

import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.domain.Post;
import dev.ormplayground.levels.FeedLevel;
import dev.ormplayground.levels.LoadedPosts;
import java.util.List;
import org.hibernate.Session;

/**
 * Detour from level 2: "why not fetch both collections in the page query?" Join fetching two
 * {@code List} collections (bags) at once would multiply their rows, and Hibernate could not
 * tell the duplicates from real elements, so it refuses: {@code MultipleBagFetchException}.
 * The fixes: map one of them as a {@code Set}, or fetch the second in a query of its own, as
 * {@code fetch-join} does.
 */
public final class TwoBagsFeed implements FeedLevel {

    @Override
    public List<FeedItem> buildFeed(Session session, int pageSize) {
        List<Post> posts = session.createSelectionQuery("""
                        from Post p
                        join fetch p.author
                        left join fetch p.comments
                        left join fetch p.likes
                        where p.status = :status
                        order by p.createdAt desc, p.id desc""", Post.class)
                .setParameter("status", Post.PUBLISHED)
                .setMaxResults(pageSize)
                .getResultList();
        return LoadedPosts.feed(posts);
    }
}
