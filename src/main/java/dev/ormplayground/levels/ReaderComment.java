package dev.ormplayground.levels;

import java.time.LocalDateTime;
import org.hibernate.Session;

/**
 * The write of the cache detours: a reader comments on a post, now. In the runner's transaction,
 * which it rolls back after the run (see {@link FeedLevel#writes()}): the data set stays as loaded.
 * Public for a copy the user edits: it writes there too while the copy says it writes, and is
 * refused once it no longer does, as every write of a user's level that only reads.
 */
public final class ReaderComment {

    private ReaderComment() {
    }

    public static void add(Session session, long postId) {
        long id = session.createSelectionQuery("select coalesce(max(c.id), 0) + 1 from Comment c", Long.class)
                .getSingleResult();
        long reader = session.createSelectionQuery("select min(u.id) from User u", Long.class).getSingleResult();
        session.createNativeMutationQuery("""
                        insert into comments (id, post_id, user_id, body, created_at)
                        values (:id, :post, :user, :body, :createdAt)""")
                .setParameter("id", id)
                .setParameter("post", postId)
                .setParameter("user", reader)
                .setParameter("body", "First! (a comment written during the run, rolled back after it)")
                .setParameter("createdAt", LocalDateTime.now())
                .executeUpdate();
    }
}
