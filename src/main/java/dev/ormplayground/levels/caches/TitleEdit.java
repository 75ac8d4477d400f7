package dev.ormplayground.levels.caches;

import dev.ormplayground.domain.Post;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.query.NativeQuery;

/**
 * A nightly job's fix of one row, in native SQL: the newest published post's title, committed;
 * and its undo. With {@code synchronized} the statement names the entity it changes
 * ({@code addSynchronizedEntityClass}); without it Hibernate cannot tell what changed.
 */
final class TitleEdit {

    private Long post;
    private String title;

    /** Edits the title and commits. */
    void commit(SessionFactory factory, boolean synchronize) {
        factory.inTransaction(session -> {
            Object[] newest = session.createNativeQuery("""
                            select id, title from posts where status = :status
                            order by created_at desc, id desc""", Object[].class)
                    .setParameter("status", Post.PUBLISHED)
                    .setMaxResults(1)
                    .getSingleResult();
            post = ((Number) newest[0]).longValue();
            title = (String) newest[1];
            setTitle(session, title + " (edited)", synchronize);
        });
    }

    /** Puts the title back, committed too. */
    void undo(SessionFactory factory, boolean synchronize) {
        if (post != null) {
            factory.inTransaction(session -> setTitle(session, title, synchronize));
            post = null;
        }
    }

    private void setTitle(Session session, String newTitle, boolean synchronize) {
        NativeQuery<?> update = session.createNativeQuery("update posts set title = :title where id = :id")
                .setParameter("title", newTitle)
                .setParameter("id", post);
        if (synchronize) {
            update.addSynchronizedEntityClass(Post.class); // only what maps the posts table is stale
        }
        update.executeUpdate();
    }
}
