package dev.ormplayground.levels.caches;

import dev.ormplayground.domain.Comment;
import dev.ormplayground.domain.CommentPreview;
import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.domain.Post;
import dev.ormplayground.domain.User;
import dev.ormplayground.levels.FeedLevel;
import dev.ormplayground.levels.HibernateCaching;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * From second-level-cache: the page query cacheable as well. The query cache keeps the ids the
 * query returned, by its HQL and its parameters; a hit hands them to the second-level cache,
 * which holds the rows. Warm, the run sends no statement at all. A cached result is dropped when
 * a committed change touches a table the query reads, and it is only as good as the entity
 * region behind it: ids whose rows are gone are loaded one select each.
 */
public final class QueryCacheFeed implements FeedLevel, HibernateCaching {

    /** second-level-cache's settings, and the query cache on. */
    public static final Map<String, String> SETTINGS = withQueryCache(SecondLevelCacheFeed.SETTINGS);

    private static Map<String, String> withQueryCache(Map<String, String> secondLevel) {
        Map<String, String> settings = new HashMap<>(secondLevel);
        settings.put("hibernate.cache.use_query_cache", "true");
        return Map.copyOf(settings);
    }

    @Override
    public Map<String, String> cacheSettings() {
        return SETTINGS;
    }

    @Override
    public List<FeedItem> buildFeed(Session session, int pageSize) {
        List<Post> posts = session.createSelectionQuery("""
                        from Post p
                        where p.status = :status
                        order by p.createdAt desc, p.id desc""", Post.class)
                .setParameter("status", Post.PUBLISHED)
                .setMaxResults(pageSize)
                .setCacheable(true)                      // the page's ids from the query cache
                .getResultList();

        List<FeedItem> feed = new ArrayList<>();
        for (Post post : posts) {
            // naive's loop: each relation from the second-level cache when it holds it
            User author = post.getAuthor();
            String authorName = author.getName();
            List<Comment> comments = post.getComments();
            int commentCount = comments.size();
            int likeCount = post.getLikes().size();

            List<CommentPreview> newest = comments.stream()
                    .sorted(Comment.NEWEST_FIRST)
                    .limit(FeedItem.NEWEST_COMMENTS)
                    .map(c -> new CommentPreview(c.getUser().getName(), c.getBody()))
                    .toList();

            feed.add(new FeedItem(post.getId(), post.getTitle(), post.getSlug(), post.getExcerpt(),
                    post.getCreatedAt(), authorName, author.getAvatarUrl(),
                    commentCount, likeCount, newest));
        }
        return feed;
    }
}
