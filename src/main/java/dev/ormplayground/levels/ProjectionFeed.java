package dev.ormplayground.levels;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toMap;

import dev.ormplayground.domain.CommentPreview;
import dev.ormplayground.domain.FeedItem;
import dev.ormplayground.domain.Post;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * Level 6, the article's {@code values()} and {@code values_list()}. The same queries as
 * {@code indexed}, but each row goes straight into a record: no managed entities, no proxies,
 * no persistence-context snapshots, so far fewer objects and bytes per run.
 */
public final class ProjectionFeed implements FeedLevel {

    /** One post of the page with its author's name and avatar. */
    public record PostRow(Long id, String title, String slug, String excerpt, LocalDateTime createdAt,
                          String authorName, String authorAvatarUrl) {
    }

    /** One count the database computed: how many comments, or likes, a post has. */
    public record PostCount(Long postId, String counted, Long count) {
    }

    /** One comment of the page with its commenter's name. */
    public record CommentRow(Long postId, String commenterName, String body) {
    }

    @Override
    public List<FeedItem> buildFeed(Session session, int pageSize) {
        List<PostRow> posts = session.createSelectionQuery("""
                        select p.id, p.title, p.slug, p.excerpt, p.createdAt, a.name, a.avatarUrl
                        from Post p
                        join p.author a
                        where p.status = :status
                        order by p.createdAt desc, p.id desc""", PostRow.class)
                .setParameter("status", Post.PUBLISHED)
                .setMaxResults(pageSize)
                .getResultList();
        List<Long> postIds = posts.stream().map(PostRow::id).toList();

        Map<Long, Map<String, Long>> countsByPost = session.createSelectionQuery("""
                        select c.post.id, 'comments', count(*) from Comment c
                        where c.post.id in :postIds group by c.post.id
                        union all
                        select l.post.id, 'likes', count(*) from PostLike l
                        where l.post.id in :postIds group by l.post.id""", PostCount.class)
                .setParameter("postIds", postIds)
                .getResultStream()
                .collect(groupingBy(PostCount::postId, toMap(PostCount::counted, PostCount::count)));

        Map<Long, List<CommentRow>> newestCommentsByPost = session.createSelectionQuery("""
                        select c.post.id, u.name, c.body
                        from Comment c
                        join c.user u
                        where c.post.id in :postIds
                        order by c.createdAt desc, c.id desc""", CommentRow.class)
                .setParameter("postIds", postIds)
                .getResultStream()
                .collect(groupingBy(CommentRow::postId));

        List<FeedItem> feed = new ArrayList<>();
        for (PostRow post : posts) {
            Map<String, Long> counts = countsByPost.getOrDefault(post.id(), Map.of());

            List<CommentPreview> newest = newestCommentsByPost.getOrDefault(post.id(), List.of())
                    .stream()
                    .limit(FeedItem.NEWEST_COMMENTS)
                    .map(c -> new CommentPreview(c.commenterName(), c.body()))
                    .toList();

            feed.add(new FeedItem(post.id(), post.title(), post.slug(), post.excerpt(),
                    post.createdAt(), post.authorName(), post.authorAvatarUrl(),
                    counts.getOrDefault("comments", 0L), counts.getOrDefault("likes", 0L), newest));
        }
        return feed;
    }
}
