package dev.ormplayground.levels.caches;

import dev.ormplayground.domain.Comment;
import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.domain.Post;
import dev.ormplayground.domain.User;
import dev.ormplayground.levels.BeforeTheRun;
import dev.ormplayground.levels.FeedLevel;
import dev.ormplayground.levels.HibernateCaching;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * From query-cache: the same read, right after another request committed a reader's comment
 * (below, before the run; undone after it). Hibernate drops what the commit made stale: the
 * cached results of every query over a table it wrote, and the collection it changed. What the
 * read sends again is what the write touched, no more.
 */
public final class QueryCacheAfterWriteFeed implements FeedLevel, HibernateCaching, BeforeTheRun {

    private final FeedLevel queryCache = new QueryCacheFeed();
    private Long written;

    @Override
    public Map<String, String> cacheSettings() {
        return QueryCacheFeed.SETTINGS;
    }

    @Override
    public void before(SessionFactory factory, int pageSize) {
        factory.inTransaction(session -> { // another request: a reader comments on the newest post
            Post newest = session.createSelectionQuery("""
                            from Post p where p.status = :status
                            order by p.createdAt desc, p.id desc""", Post.class)
                    .setParameter("status", Post.PUBLISHED)
                    .setMaxResults(1)
                    .getSingleResult();
            User reader = session.find(User.class, session.createSelectionQuery(
                    "select min(u.id) from User u", Long.class).getSingleResult());
            long id = session.createSelectionQuery("select coalesce(max(c.id), 0) + 1 from Comment c", Long.class)
                    .getSingleResult();
            Comment comment = new Comment(id, newest, reader, "First! (committed before the run, removed after it)",
                    LocalDateTime.now());
            newest.getComments().add(comment); // both sides, so the cached collection learns of it
            session.persist(comment);
            written = id;
        });
    }

    @Override
    public List<FeedItem> buildFeed(Session session, int pageSize) {
        return queryCache.buildFeed(session, pageSize);
    }

    @Override
    public void after(SessionFactory factory) {
        if (written == null) {
            return;
        }
        factory.inTransaction(session -> {
            Comment comment = session.find(Comment.class, written);
            if (comment != null) {
                comment.getPost().getComments().remove(comment);
                session.remove(comment);
            }
        });
        written = null;
    }
}
